import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BriefingDocument } from '@jianbao/core';
import { afterAll, describe, expect, it } from 'vitest';
import { articleBriefing, bundledBriefing, hasArticleSeed } from '../../pdf/test/helpers/briefings.js';
import { cityTable, closing, fillerDocument } from '../../pdf/test/helpers/layout-docs.js';
import { renderDocx } from '../src/index.js';

const onPath = (command: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const missing = ['soffice', 'pdftotext', 'pdfinfo'].filter((command) => !onPath(command));
const absent =
  missing.length > 0 ? `skipped: ${missing.join(', ')} not on PATH (install LibreOffice and poppler)` : null;
if (absent) console.warn(absent);

const OFFICE = fileURLToPath(new URL('../../../apps/demo/templates/office-template.docx', import.meta.url));

/** The layout rules as LibreOffice prints our .docx (a fresh profile per conversion), read back page by page. */
describe.skipIf(absent !== null)(absent ?? 'the .docx as LibreOffice lays it out', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-docx-layout-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const pagesOf = (name: string, bytes: Uint8Array): string[] => {
    const docx = join(dir, `${name}.docx`);
    writeFileSync(docx, bytes);
    const profile = pathToFileURL(join(dir, `profile-${name}`)).href;
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const pdf = join(dir, `${name}.pdf`);
    const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
    // LibreOffice spaces Latin digits off Chinese text (第 40 市); the spaces are dropped to read it as written.
    return Array.from({ length: count }, (_, index) =>
      execFileSync('pdftotext', ['-f', String(index + 1), '-l', String(index + 1), pdf, '-'], {
        encoding: 'utf8',
      }).replace(/[ \t]+/g, ''),
    );
  };

  it('continues a 40-row table on the next page under its repeated header row, the notes after its last row', async () => {
    const pages = pagesOf('table', await renderDocx(fillerDocument(8, [cityTable(40)])));
    const spanned = pages.filter((page) => /第\d+市/.test(page));
    expect(spanned.length).toBeGreaterThanOrEqual(2);
    for (const page of spanned) {
      const header = page.indexOf('城市');
      expect(header, page.slice(0, 200)).toBeGreaterThanOrEqual(0);
      expect(header).toBeLessThan(page.search(/第\d+市/));
    }
    const last = spanned[spanned.length - 1] ?? '';
    expect(last).toContain('第40市');
    expect(last.indexOf('第40市')).toBeLessThan(last.indexOf('注：次数为各市报送数。'));
  }, 180_000);

  it('never leaves the 版记 alone on the last page, however much text comes before it', async () => {
    const lastPages: number[] = [];
    // Walks the end of the text across the point where the block no longer fits on page 1.
    for (const lines of [12, 13, 14, 15, 16]) {
      const pages = pagesOf(`closing-${lines}`, await renderDocx(fillerDocument(lines, [closing])));
      const last = pages[pages.length - 1] ?? '';
      expect(last, `${lines} lines`).toContain('共印80份');
      expect(last, `${lines} lines: body text on the closing block's page`).toMatch(/\d\d各地人大常委会/);
      lastPages.push(pages.length);
    }
    expect(lastPages).toContain(1);
    expect(lastPages).toContain(2);
  }, 300_000);

  const briefings: [string, () => Promise<BriefingDocument>, boolean][] = [
    ['the bundled dataset', () => bundledBriefing(), true],
    ['the example article', () => articleBriefing(), hasArticleSeed],
  ];
  for (const [name, compose, present] of briefings) {
    it.skipIf(!present)(
      `${name}: the 版记 shares its last page with the end of the text`,
      async () => {
        const pages = pagesOf(name.replace(/\s/g, '-'), await renderDocx(await compose()));
        const last = pages[pages.length - 1] ?? '';
        expect(last).toContain('共印80份');
        const body = last
          .replace(/[报報]：[\s\S]*$/, '')
          .replace(/[—\s\d]/g, '')
          .trim();
        expect(body.length, `last page: ${last.slice(0, 120)}`).toBeGreaterThan(8);
      },
      180_000,
    );
  }

  it('opens the bundled briefing in the sample office template: its masthead, header and footer', async () => {
    const bytes = await renderDocx(await bundledBriefing(), {
      template: readFileSync(OFFICE),
      onWarning: () => {},
    });
    const pages = pagesOf('office', bytes);
    expect(pages.length).toBeGreaterThan(2);
    expect(pages[0]).toMatch(/人大工作简报[\s\S]*（第1期）[\s\S]*编印：/);
    expect(pages[0]).toContain('人大工作简报·内部资料注意保存');
    expect(pages[1]).toContain('第2页');
  }, 180_000);
});
