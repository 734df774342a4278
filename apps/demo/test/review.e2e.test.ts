import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetDir, runCli } from './helpers/run-cli.js';

interface Total {
  indicator: string;
  value: number;
}
interface Metric {
  text: string;
  label: string;
  indicator: string;
  category: string;
  reviewed?: boolean;
}

/** The province totals a data file holds, by indicator. */
async function totals(dir: string): Promise<Map<string, number>> {
  const data = JSON.parse(await readFile(join(dir, 'jianbao-data.json'), 'utf8'));
  return new Map((data.summary.totals as Total[]).map((t) => [t.indicator, t.value]));
}

describe('a reviewed extraction: extract --review, edit, brief --extraction', () => {
  it('drops a figure and fixes a label: the totals change by exactly those, and the edit is marked reviewed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jianbao-review-'));
    const others = (await readdir(datasetDir))
      .filter((f) => /^\d\d-.*\.md$/.test(f) && f !== '02-wuxi.md')
      .map((f) => join(datasetDir, f));
    const wuxi = join(datasetDir, '02-wuxi.md');
    const base = ['--format', 'json', '--date', '2024-01-15'];

    const plain = runCli(['brief', ...others, wuxi, '--out', join(dir, 'plain'), ...base]);
    expect(plain.code, plain.stderr).toBe(0);

    const extract = runCli(['extract', wuxi, '--review']);
    expect(extract.code, extract.stderr).toBe(0);
    const review = JSON.parse(extract.stdout);
    expect(review.source.text.length).toBeGreaterThan(100);
    const metrics: Metric[] = review.sections[0].metrics;
    // Drop 代表讲坛开了73期; relabel 组织专题调研1198次 as what a reviewer says it counts.
    const dropped = metrics.findIndex((m) => m.text === '73期');
    const relabelled = metrics.find((m) => m.text.normalize('NFKC') === '1198次');
    expect(dropped).toBeGreaterThanOrEqual(0);
    expect(relabelled).toBeDefined();
    const droppedIndicator = metrics[dropped]?.indicator ?? '';
    const oldIndicator = relabelled?.indicator ?? '';
    metrics.splice(dropped, 1);
    if (relabelled) relabelled.label = '组织视察';
    const file = join(dir, 'wuxi.review.json');
    await writeFile(file, JSON.stringify(review));

    const reviewed = runCli([
      'brief',
      ...others,
      '--extraction',
      file,
      '--out',
      join(dir, 'reviewed'),
      ...base,
    ]);
    expect(reviewed.code, reviewed.stderr).toBe(0);
    const before = await totals(join(dir, 'plain'));
    const after = await totals(join(dir, 'reviewed'));
    expect(after.get(droppedIndicator)).toBe((before.get(droppedIndicator) ?? 0) - 73);
    expect((before.get(oldIndicator) ?? 0) - (after.get(oldIndicator) ?? 0)).toBe(1198);
    const newIndicator = 'supervision|times|activity';
    expect((after.get(newIndicator) ?? 0) - (before.get(newIndicator) ?? 0)).toBe(1198);
    // Nothing else moved.
    for (const [indicator, value] of before) {
      if ([droppedIndicator, oldIndicator, newIndicator].includes(indicator)) continue;
      expect(after.get(indicator), indicator).toBe(value);
    }
    const data = JSON.parse(await readFile(join(dir, 'reviewed', 'jianbao-data.json'), 'utf8'));
    const input = data.inputs.find((i: { file: string }) => i.file.endsWith('wuxi.review.json'));
    const edited = (input.extraction.sections[0].metrics as Metric[]).filter((m) => m.reviewed);
    expect(edited.map((m) => [m.text.normalize('NFKC'), m.label, m.indicator])).toEqual([
      ['1198次', '组织视察', newIndicator],
    ]);
  }, 120_000);

  it('refuses an edit that breaks the contract, naming the path of the bad field', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jianbao-review-bad-'));
    const extract = runCli(['extract', join(datasetDir, '02-wuxi.md'), '--review']);
    const review = JSON.parse(extract.stdout);
    review.sections[0].metrics[2].text = '9999次';
    review.sections[0].metrics[3].unti = '次';
    const file = join(dir, 'bad.review.json');
    await writeFile(file, JSON.stringify(review));
    const run = runCli(['brief', '--extraction', file, '--out', dir, '--format', 'json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/INPUT_SCHEMA: .*sections\.0\.metrics\.3.*unti/);
  });
});
