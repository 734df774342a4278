import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, structuredDir } from './helpers/run-cli.js';

/** The two cities given in the structured formats, briefed together with a Markdown report. */
describe('structured inputs (JSON, CSV) next to Markdown', () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = await mkdtemp(join(tmpdir(), 'jianbao-structured-'));
  });
  afterAll(async () => {
    await rm(cwd, { recursive: true, force: true });
  });

  it('briefs them as three cities, keeping the figures the JSON supplies', async () => {
    const run = runCli(
      [
        'brief',
        join(structuredDir, 'nanjing.json'),
        join(structuredDir, 'wuxi.csv'),
        join(structuredDir, '..', 'jiangsu', '03-xuzhou.md'),
        '--out',
        'out',
        '--format',
        'json',
      ],
      { cwd },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const data = JSON.parse(await readFile(join(cwd, 'out', 'jianbao-data.json'), 'utf8'));
    expect(data.summary.cities.map((c: { city: string }) => c.city)).toEqual(['南京', '无锡', '徐州']);
    const nanjing = data.summary.cities[0];
    // nanjing.json lists 12 figures; its 超80% is the rate of suggestions carried out.
    expect(nanjing.figureCount).toBe(12);
    const wuxi = data.inputs[1].extraction.sections.flatMap((s: { metrics: unknown[] }) => s.metrics);
    expect(wuxi).toContainEqual(expect.objectContaining({ value: 39215, unit: '人次' }));
  });
});
