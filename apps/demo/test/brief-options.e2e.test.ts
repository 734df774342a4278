import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxText } from './helpers/read-back.js';
import { datasetDir, runCli } from './helpers/run-cli.js';

/** How many provenance comments (figure → city, report, span) a DOCX carries. */
async function commentCount(path: string): Promise<number> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const comments = await zip.file('word/comments.xml')?.async('string');
  return comments ? (comments.match(/<w:comment /g) ?? []).length : 0;
}

describe('brief: the masthead options and --no-provenance reach the document', () => {
  let cwd: string;
  const inputs = [join(datasetDir, '01-nanjing.md'), join(datasetDir, '02-wuxi.md')];
  beforeAll(async () => {
    cwd = await mkdtemp(join(tmpdir(), 'jianbao-options-'));
  });
  afterAll(async () => {
    await rm(cwd, { recursive: true, force: true });
  });

  it('prints the given name, issue, title, office and date', async () => {
    const run = runCli(
      [
        'brief',
        ...inputs,
        '--format',
        'docx',
        '--out',
        'named',
        '--name',
        '宁锡工作简报',
        '--issue',
        '7',
        '--title',
        '两市学习实践活动情况',
        '--org',
        '示例研究室',
        '--date',
        '2024-02-01',
      ],
      { cwd },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const text = await docxText(join(cwd, 'named', 'jianbao-briefing.docx'));
    for (const expected of ['宁锡工作简报', '第7期', '两市学习实践活动情况', '示例研究室', '2024年2月1日'])
      expect(text).toContain(expected);
  });

  it('lists the cities as the province does whatever order the inputs come in, unless --keep-order', async () => {
    const reversed = [...inputs].reverse();
    const order = async (out: string, extra: string[]) => {
      const run = runCli(['brief', ...reversed, '--format', 'json', '--out', out, ...extra], { cwd });
      expect(run.code).toBe(0);
      const data = JSON.parse(await readFile(join(cwd, out, 'jianbao-data.json'), 'utf8'));
      return data.summary.cities.map((city: { city: string }) => city.city);
    };
    expect(await order('official', [])).toEqual(['南京', '无锡']);
    expect(await order('kept', ['--keep-order'])).toEqual(['无锡', '南京']);
  });

  it('ties figures to their sources with comments, unless --no-provenance', async () => {
    expect(runCli(['brief', ...inputs, '--format', 'docx', '--out', 'with'], { cwd }).code).toBe(0);
    expect(
      runCli(['brief', ...inputs, '--format', 'docx', '--out', 'without', '--no-provenance'], { cwd }).code,
    ).toBe(0);
    expect(await commentCount(join(cwd, 'with', 'jianbao-briefing.docx'))).toBeGreaterThan(0);
    expect(await commentCount(join(cwd, 'without', 'jianbao-briefing.docx'))).toBe(0);
  });

  it('reports a font file that cannot be read, with its code, and writes nothing', async () => {
    const run = runCli(
      ['brief', ...inputs, '--format', 'pdf', '--out', 'nofont', '--font', 'body=/no/such/font.ttf'],
      {
        cwd,
      },
    );
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(/^jianbao: FONT_NOT_FOUND: .*\/no\/such\/font\.ttf/);
    expect(run.stdout).toBe('');
    expect(existsSync(join(cwd, 'nofont'))).toBe(false);
  });
});
