import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxText, pdfText } from './helpers/read-back.js';
import { datasetDir, runCli } from './helpers/run-cli.js';

const templates = fileURLToPath(new URL('../templates/', import.meta.url));
const office = join(templates, 'office-template.docx');
const example = join(templates, 'theme-example.json');

describe('jianbao brief --theme, --template and the 版记 options', () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = await mkdtemp(join(tmpdir(), 'jianbao-theme-'));
  });
  afterAll(async () => {
    await rm(cwd, { recursive: true, force: true });
  });

  it('renders the bundled dataset in the office template, with the example theme and a full 版记', async () => {
    const run = runCli(
      [
        'brief',
        datasetDir,
        '--out',
        'out',
        '--format',
        'pdf,docx',
        '--template',
        office,
        '--theme',
        example,
        '--report-to',
        '省委办公厅',
        '--issue-to',
        '各设区市人大常委会',
        '--cc',
        '省政府办公厅',
        '--copies',
        '80',
        '--date',
        '2024-01-15',
      ],
      { cwd },
    );
    expect(run.stderr).toMatch(/warning: The template has no style .*TableCaption/);
    expect(run.code, run.stderr).toBe(0);
    const word = await docxText(join(cwd, 'out/jianbao-briefing.docx'));
    // the template's masthead, filled in
    expect(word).toContain('编印：');
    expect(word).toMatch(/（第1期）/);
    for (const line of ['报：省委办公厅', '发：各设区市人大常委会', '抄送：省政府办公厅', '共印80份']) {
      expect(word).toContain(line);
    }
    // the theme's page-number form in the PDF (the template is Word's only)
    const pdf = await pdfText(join(cwd, 'out/jianbao-briefing.pdf'));
    expect(pdf.text).toContain('- 1 -');
    expect(pdf.text).toContain('共印80份');
  }, 120_000);

  it('refuses a theme with an unknown key before reading any report (exit 2), naming the key', async () => {
    const bad = join(cwd, 'bad-theme.json');
    await writeFile(bad, JSON.stringify({ page: { marginsMm: { top: 30, lef: 20 } } }));
    const run = runCli(['brief', datasetDir, '--out', 'out2', '--theme', bad], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^jianbao: USAGE: .*bad-theme\.json.*page\.marginsMm\.lef/m);
    await expect(readFile(join(cwd, 'out2/jianbao-briefing.pdf'))).rejects.toThrow();
  });

  it('refuses a theme that is not JSON, and a template that is not a Word document (exit 2)', async () => {
    const notJson = join(cwd, 'theme.json');
    await writeFile(notJson, '{ page: ');
    expect(runCli(['brief', datasetDir, '--out', 'out3', '--theme', notJson], { cwd }).code).toBe(2);
    const notDocx = join(cwd, 'office.docx');
    await writeFile(notDocx, 'plain text');
    const run = runCli(['brief', datasetDir, '--out', 'out3', '--format', 'docx', '--template', notDocx], {
      cwd,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/USAGE: .*template/);
  });

  it('refuses --copies that is not a positive whole number (exit 2)', () => {
    expect(runCli(['brief', datasetDir, '--copies', 'many'], { cwd }).code).toBe(2);
  });
});
