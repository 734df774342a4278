import { writeFileSync } from 'node:fs';
import { type BriefingDocument, type FigureRun, type Inline, inlinesText } from '@jianbao/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdfNode } from '../src/node.js';
import { composedArticle, hasArticle } from './helpers/article.js';
import { JIANGSU_CITIES } from './helpers/big-document.js';
import { pdfFonts } from './helpers/fonts.js';
import { type ReadPdf, readPdf } from './helpers/read-pdf.js';

/** Every figure run in the document, wherever it sits. */
function figures(doc: BriefingDocument): FigureRun[] {
  const runs: Inline[] = doc.children.flatMap((block) => {
    if (block.type === 'paragraph' || block.type === 'sourceNote') return block.children;
    if (block.type === 'list') return block.items.flat();
    if (block.type === 'table')
      return [...block.header, ...block.rows].flat().flatMap((cell) => cell.children);
    if (block.type === 'editorsNote') return block.children.flatMap((p) => p.children);
    return [];
  });
  return runs.filter((run): run is FigureRun => run.type === 'figure');
}

describe.skipIf(!hasArticle)('the composed example article (13 Jiangsu cities)', () => {
  let doc: BriefingDocument;
  let bytes: Uint8Array;
  let pdf: ReadPdf;
  beforeAll(async () => {
    doc = await composedArticle();
    bytes = await renderPdfNode(doc);
    pdf = await readPdf(bytes);
    if (process.env.JIANBAO_PDF_OUT) writeFileSync(process.env.JIANBAO_PDF_OUT, bytes);
  }, 120_000);

  it('renders on three to seven pages, with the masthead and page numbers', () => {
    // An editor's 简报 of 13 cities' excerpts fits in seven pages (issue 15); fewer than three would mean parts lost.
    expect(pdf.pageCount).toBeGreaterThanOrEqual(3);
    expect(pdf.pageCount).toBeLessThanOrEqual(7);
    const masthead = doc.children.find((block) => block.type === 'masthead');
    expect(masthead?.type).toBe('masthead');
    if (masthead?.type !== 'masthead') return;
    expect(pdf.pages[0]).toContain(masthead.name);
    expect(pdf.pages[0]).toContain(masthead.issue);
    expect(pdf.pages[0]).toContain('— 1 —');
    expect(pdf.pages[1]).toContain('— 2 —');
  });

  it('holds all 13 city names and the figures compose chose', () => {
    // Page numbers and spaces removed: a figure may run over a page break, and justified lines spread
    // their characters, which pdfjs reads back as spaces.
    const all = pdf.pages.map((page) => page.replace(/— \d+ —/g, '').replace(/\s+/g, '')).join('');
    // Simplified or Traditional, as the article is written: compare on the city's own name.
    for (const city of JIANGSU_CITIES) expect(all, city).toContain(city.replace(/市$/, ''));
    const shown = figures(doc);
    expect(shown.length).toBeGreaterThan(20);
    // Every figure the document prints is in the PDF as printed (qualifier included).
    for (const figure of shown) expect(all, figure.value).toContain(figure.value.replace(/\s+/g, ''));
  });

  it('sets each column name of the data table on one line (推動解決問題, not 推動解決問 / 題)', () => {
    const table = doc.children.find((block) => block.type === 'table');
    expect(table?.type).toBe('table');
    if (table?.type !== 'table') return;
    const names = (table.header[0] ?? []).map((cell) => inlinesText(cell.children).replace(/（.*$/, ''));
    expect(names.some((name) => name.length >= 6)).toBe(true);
    const lines = pdf.items.flat().map((item) => item.str.replace(/\s+/g, ''));
    for (const name of names)
      expect(
        lines.some((line) => line.includes(name)),
        name,
      ).toBe(true);
  });

  it('embeds subset fonts and draws no character without a glyph', () => {
    const { fonts } = pdfFonts(bytes);
    for (const font of fonts) {
      expect(font.embedded, font.name).toBe(true);
      expect(font.subset, font.name).toBe(true);
    }
    // pdfjs maps every glyph back to its character: a box (.notdef) would come back as U+0000 or U+FFFD.
    const text = pdf.pages.join('');
    expect(text.includes(String.fromCharCode(0))).toBe(false);
    expect(text.includes('\uFFFD')).toBe(false);
  });

  it('is byte-identical when rendered twice', async () => {
    const again = await renderPdfNode(doc);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});
