import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxText, pdfText } from './helpers/read-back.js';
import { CITIES_HANS, type CliRun, runCli } from './helpers/run-cli.js';

/** `jianbao demo` as a new user runs it: from some folder, writing into ./out of that folder. */
describe('jianbao demo', () => {
  let cwd: string;
  let run: CliRun;
  beforeAll(async () => {
    cwd = await mkdtemp(join(tmpdir(), 'jianbao-demo-'));
    run = runCli(['demo'], { cwd });
  });
  afterAll(async () => {
    await rm(cwd, { recursive: true, force: true });
  });

  it('succeeds and writes exactly the three outputs into ./out, with no temp files left', async () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect((await readdir(join(cwd, 'out'))).sort()).toEqual([
      'jiangsu-briefing.docx',
      'jiangsu-briefing.pdf',
      'jiangsu-data.json',
    ]);
  });

  it('prints a table of the 13 cities, the paths written and the time per stage', () => {
    const lines = run.stdout.split('\n');
    for (const city of CITIES_HANS) expect(lines.some((line) => line.startsWith(`${city} `))).toBe(true);
    expect(run.stdout).toContain('13 cities');
    expect(run.stdout).toContain('out/jiangsu-briefing.pdf');
    expect(run.stdout).toContain('out/jiangsu-briefing.docx');
    expect(run.stdout).toContain('out/jiangsu-data.json');
    for (const stage of ['extract', 'summarize', 'compose', 'render pdf', 'render docx', 'total'])
      expect(run.stdout).toMatch(new RegExp(`^  ${stage} +\\d+ ms$`, 'm'));
  });

  it('writes a PDF whose text holds all 13 cities', async () => {
    const { pages, text } = await pdfText(join(cwd, 'out', 'jiangsu-briefing.pdf'));
    expect(pages).toBeGreaterThan(1);
    for (const city of CITIES_HANS) expect(text, city).toContain(city);
  });

  it('writes a DOCX whose text holds all 13 cities', async () => {
    const text = await docxText(join(cwd, 'out', 'jiangsu-briefing.docx'));
    for (const city of CITIES_HANS) expect(text, city).toContain(city);
  });

  it('writes the extraction of each report plus the summary, figures as the reports give them', async () => {
    const data = JSON.parse(await readFile(join(cwd, 'out', 'jiangsu-data.json'), 'utf8'));
    expect(data.inputs).toHaveLength(13);
    expect(data.inputs[0].file).toBe('jiangsu/01-nanjing.md');
    expect(data.summary.cities.map((c: { city: string }) => c.city)).toEqual(CITIES_HANS);
    // Checked by hand against 02-wuxi.md: 8300余名 deputies, 近300项 research results, １１９８次 (full-width).
    const wuxi = data.inputs[1].extraction.sections.flatMap((s: { metrics: unknown[] }) => s.metrics);
    expect(wuxi).toContainEqual(expect.objectContaining({ value: 8300, qualifier: 'more_than', unit: '名' }));
    expect(wuxi).toContainEqual(expect.objectContaining({ value: 300, qualifier: 'nearly', unit: '项' }));
    expect(wuxi).toContainEqual(expect.objectContaining({ value: 1198, qualifier: 'exact', unit: '次' }));
  });

  it('gives the same bytes on a second run', async () => {
    const second = await mkdtemp(join(tmpdir(), 'jianbao-demo-again-'));
    try {
      expect(runCli(['demo'], { cwd: second }).code).toBe(0);
      for (const name of ['jiangsu-briefing.pdf', 'jiangsu-briefing.docx', 'jiangsu-data.json']) {
        const a = await readFile(join(cwd, 'out', name));
        const b = await readFile(join(second, 'out', name));
        expect(a.equals(b), name).toBe(true);
      }
    } finally {
      await rm(second, { recursive: true, force: true });
    }
  });
});
