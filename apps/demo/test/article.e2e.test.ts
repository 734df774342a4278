import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadExtractionJsonSchema } from '@jianbao/core';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxText, pdfText } from './helpers/read-back.js';
import { articlePath, CITIES_HANT, hasArticle, noArticleReason, runCli } from './helpers/run-cli.js';

if (!hasArticle) console.warn(noArticleReason);

/** The compiled example article (13 Jiangsu cities, Traditional script), read as one input. */
describe.skipIf(!hasArticle)('the example article', () => {
  it('extract --json prints only the contract, valid against the exported schema, with 13 city sections', async () => {
    const run = runCli(['extract', articlePath, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const extraction = JSON.parse(run.stdout);
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(
      await loadExtractionJsonSchema(),
    );
    expect(validate(extraction), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    const cities = extraction.sections.filter((s: { kind: string }) => s.kind === 'city');
    expect(cities.map((s: { city: string }) => s.city)).toEqual(CITIES_HANT);
    // 錫人宣 is the attribution the article gives Wuxi's section; 8300 余名 its deputies (checked by hand).
    expect(cities[1].source).toBe('錫人宣');
    expect(cities[1].metrics).toContainEqual(
      expect.objectContaining({ value: 8300, qualifier: 'more_than' }),
    );
  });

  it('extract without --json prints a readable table', () => {
    const run = runCli(['extract', articlePath]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^無錫 — 錫人宣/m);
    expect(run.stdout).toContain('13 city sections');
  });

  describe('brief on the article', () => {
    let cwd: string;
    beforeAll(async () => {
      cwd = await mkdtemp(join(tmpdir(), 'jianbao-article-'));
    });
    afterAll(async () => {
      await rm(cwd, { recursive: true, force: true });
    });

    it('writes a PDF and a DOCX, in the article’s script, that hold all 13 cities', async () => {
      const run = runCli(
        ['brief', articlePath, '--out', 'out', '--format', 'pdf,docx', '--base', 'article'],
        { cwd },
      );
      // At most the warning that a role has no Traditional-shaped face here (Kai, on a machine with only LXGW WenKai).
      for (const line of run.stderr.split('\n').filter(Boolean)) {
        expect(line).toMatch(/^jianbao: warning: No Traditional-shaped face found for /);
      }
      expect(run.code).toBe(0);
      expect((await readdir(join(cwd, 'out'))).sort()).toEqual([
        'article-briefing.docx',
        'article-briefing.pdf',
      ]);
      const pdf = await pdfText(join(cwd, 'out', 'article-briefing.pdf'));
      const docx = await docxText(join(cwd, 'out', 'article-briefing.docx'));
      for (const city of CITIES_HANT) {
        expect(pdf.text, city).toContain(city);
        expect(docx, city).toContain(city);
      }
      // The article's own 編者按 opens the briefing (not a note written from the summary).
      expect(docx).toMatch(/編者按：\s*去年以來，省人大常委會/);
    });
  });
});
