import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BriefingDocument, composeBriefing, extractReports, summarize } from '@jianbao/core';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../src/index.js';
import { JIANGSU_CITIES, researchCount, thirteenCityDocument } from './thirteen-cities.js';

const onPath = (command: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const missing = ['soffice', 'pdftotext'].filter((command) => !onPath(command));
const absent =
  missing.length > 0
    ? `skipped: ${missing.join(' and ')} not on PATH (install LibreOffice and poppler)`
    : null;
if (absent) console.warn(absent);

const root = fileURLToPath(new URL('../../../', import.meta.url));
const seed = resolve(root, '../shared/seeds/000_25c6cbe3a67b6b86.txt');

/** Opens our .docx in LibreOffice (headless, a fresh profile) and reads back the PDF it prints. */
describe.skipIf(absent !== null)(absent ?? 'LibreOffice opens the .docx', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-docx-lo-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const toPdf = (name: string, bytes: Uint8Array) => {
    const docx = join(dir, `${name}.docx`);
    writeFileSync(docx, bytes);
    // A profile per conversion: a LibreOffice still closing keeps its profile locked.
    const profile = pathToFileURL(join(dir, `profile-${name}`)).href;
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const pdf = join(dir, `${name}.pdf`);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    /** Where a word sits on the last page, in points from the top (pdftotext's word boxes). */
    const lastPageWord = (pattern: RegExp) => {
      const boxes = execFileSync('pdftotext', ['-bbox', '-f', String(pages), '-l', String(pages), pdf, '-'], {
        encoding: 'utf8',
      });
      const word = [
        ...boxes.matchAll(
          /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
      ].find((match) => pattern.test(match[3] ?? ''));
      return word ? { top: Number(word[1]), bottom: Number(word[2]) } : null;
    };
    return { text, pages, lastPageWord };
  };

  it('prints all 13 cities, their figures, and page numbers in the footers', async () => {
    const { text, pages, lastPageWord } = toPdf('thirteen', await renderDocx(await thirteenCityDocument()));
    for (const city of JIANGSU_CITIES) expect(text, city).toContain(city);
    expect(text).toMatch(new RegExp(`${researchCount(12)}\\s*次`));
    expect(pages).toBeGreaterThan(2);
    // the PAGE field, evaluated: — 1 — on page 1, — 2 — on page 2
    expect(text).toMatch(/—\s*1\s*—/);
    expect(text).toMatch(/—\s*2\s*—/);
    // 28 characters a line: the longest body line of plain Chinese text is 28 characters
    const longest = Math.max(
      ...text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => /^[\u4e00-\u9fff，。、]+$/.test(line))
        .map((line) => line.length),
    );
    expect(longest).toBe(28);
    // the closing block sits at the foot of the last page: the text block ends 35 mm (99 pt) above the
    // bottom of the 842 pt page, so its last line (the print date) ends within a line (29 pt) of 743 pt
    const printDate = lastPageWord(/印发/);
    expect(printDate, 'print date on the last page').not.toBeNull();
    expect(printDate?.bottom).toBeGreaterThan(743 - 2 * 29);
    expect(printDate?.bottom).toBeLessThan(743);
  }, 180_000);

  it.skipIf(!existsSync(seed))(
    'prints every city of the composed Jiangsu briefing, on as many pages as our PDF (±1)',
    async () => {
      const reports = extractReports(readFileSync(seed, 'utf8'), { origin: '000_25c6cbe3a67b6b86.txt' });
      const doc = await composeBriefing(summarize(reports), { issue: 1, script: 'hans' });
      const { text, pages } = toPdf('article', await renderDocx(doc));
      for (const city of JIANGSU_CITIES) expect(text, city).toContain(city.replace(/市$/, ''));

      const ours = await pdfPages(doc);
      if (typeof ours === 'string') {
        console.warn(`page count not compared: ${ours}`);
        return;
      }
      expect(Math.abs(pages - ours), `LibreOffice ${pages} pages, our PDF ${ours}`).toBeLessThanOrEqual(1);
    },
    180_000,
  );

  /**
   * Pages of our own PDF of the same document, or why it could not be made. @jianbao/pdf is not a dependency
   * (it depends on this package), so its Node entry is loaded from the workspace sources when they are there.
   */
  async function pdfPages(doc: BriefingDocument): Promise<number | string> {
    const entry = new URL('../../pdf/src/node.ts', import.meta.url);
    if (!existsSync(entry)) return `${fileURLToPath(entry)} is absent`;
    try {
      const { renderPdfNode } = (await import(/* @vite-ignore */ entry.href)) as {
        renderPdfNode: (doc: BriefingDocument) => Promise<Uint8Array>;
      };
      const file = join(dir, 'ours.pdf');
      writeFileSync(file, await renderPdfNode(doc));
      return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    } catch (error) {
      return `our PDF could not be rendered (${(error as Error).message.split('\n')[0]})`;
    }
  }
});
