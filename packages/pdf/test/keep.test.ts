import { describe, expect, it } from 'vitest';
import { renderPdfNode } from '../src/node.js';
import { articleBriefing, bundledBriefing, hasArticleSeed } from './helpers/briefings.js';
import { cityTable, closing, fillerDocument, heading, paragraph } from './helpers/layout-docs.js';
import { readPdf } from './helpers/read-pdf.js';

/** The page (1-based) whose text holds `text` first, or 0. */
const pageOf = (pages: string[], text: string) => pages.findIndex((page) => page.includes(text)) + 1;

// Enough counts of one-line paragraphs to walk what follows them across the foot of page 1.
const COUNTS = Array.from({ length: 9 }, (_, index) => 15 + index);

describe('keep with next (PDF)', () => {
  it('never leaves a heading at the foot of a page: it goes over with the first line of its text', async () => {
    const pagesOfHeading: number[] = [];
    for (const lines of COUNTS) {
      const doc = fillerDocument(lines, [
        heading('总体情况'),
        paragraph('标题之后的第一段正文。'),
        paragraph('第二段。'),
      ]);
      const { pages } = await readPdf(await renderPdfNode(doc));
      const at = pageOf(pages, '一、总体情况');
      expect(at, `${lines} lines before the heading`).toBeGreaterThan(0);
      expect(pageOf(pages, '标题之后的第一段正文'), `${lines} lines before the heading`).toBe(at);
      pagesOfHeading.push(at);
    }
    // The counts walk the heading from page 1 to page 2, so the foot of page 1 was tried.
    expect(pagesOfHeading).toContain(1);
    expect(pagesOfHeading).toContain(2);
  }, 120_000);

  it('keeps a short table whole with its caption: never a caption at a page foot, never its last rows apart', async () => {
    const pagesOfCaption: number[] = [];
    // A 4-row table needs more room than a heading: start the walk higher up the page.
    for (const lines of Array.from({ length: 12 }, (_, index) => 10 + index)) {
      const { pages, items } = await readPdf(await renderPdfNode(fillerDocument(lines, [cityTable(4)])));
      const at = pageOf(pages, '表1 各市调研次数');
      expect(pageOf(pages, '调研次数第1市') || pageOf(pages, '第1市'), `${lines} lines`).toBe(at);
      expect(pageOf(pages, '第4市'), `${lines} lines`).toBe(at);
      expect(pageOf(pages, '注：次数为各市报送数'), `${lines} lines`).toBe(at);
      // the header row is on the caption's page, under it
      const caption = items[at - 1]?.find((item) => item.str.includes('表1'));
      const header = items[at - 1]?.find((item) => item.str === '城市');
      expect(header?.y ?? 0).toBeGreaterThan(caption?.y ?? Number.POSITIVE_INFINITY);
      pagesOfCaption.push(at);
    }
    expect(pagesOfCaption).toContain(1);
    expect(pagesOfCaption).toContain(2);
  }, 120_000);

  it('draws a short table kept whole with text after it on the next page when this one has no room, and no blank page', async () => {
    const pagesOfCaption: number[] = [];
    for (const lines of Array.from({ length: 12 }, (_, index) => 10 + index)) {
      const table = { ...cityTable(7), notes: [] };
      const doc = fillerDocument(lines, [table, heading('各地做法'), paragraph('标题之后的第一段正文。')]);
      const { pages } = await readPdf(await renderPdfNode(doc));
      const at = pageOf(pages, '表1 各市调研次数');
      expect(at, `${lines} lines`).toBeGreaterThan(0);
      expect(pageOf(pages, '第1市'), `${lines} lines`).toBe(at);
      expect(pageOf(pages, '第7市'), `${lines} lines`).toBe(at);
      // Every page carries text besides its page number.
      for (const page of pages)
        expect(page.replace(/\s|—\s*\d+\s*—/g, '').length, `${lines} lines`).toBeGreaterThan(0);
      pagesOfCaption.push(at);
    }
    expect(pagesOfCaption).toContain(1);
    expect(pagesOfCaption).toContain(2);
  }, 120_000);

  it('continues a 40-row table on the next page under its repeated header row, rows whole, notes with it', async () => {
    const { pages, items, pageCount } = await readPdf(
      await renderPdfNode(fillerDocument(8, [cityTable(40)])),
    );
    expect(pageCount).toBeGreaterThanOrEqual(2);
    const spanned = pages.flatMap((page, index) => (/第\d+市/.test(page) ? [index] : []));
    expect(spanned.length).toBeGreaterThanOrEqual(2);
    for (const index of spanned) {
      const page = items[index] ?? [];
      const header = page.filter((item) => item.str === '城市');
      const firstRow = Math.min(...page.filter((item) => /^第\d+市$/.test(item.str)).map((item) => item.y));
      expect(header, `page ${index + 1} repeats the header`).toHaveLength(1);
      expect(header[0]?.y ?? 0).toBeLessThan(firstRow);
    }
    // every row once, in order, each with its number on the same page (no row split)
    const all = pages.join('');
    for (let row = 1; row <= 40; row++) {
      const at = items.findIndex((page) => page.some((item) => item.str === `第${row}市`));
      const name = items[at]?.find((item) => item.str === `第${row}市`);
      const number = items[at]?.find((item) => item.str === String(99 + row));
      expect(number, `row ${row}: its number on its page`).toBeDefined();
      expect(Math.abs((number?.y ?? 0) - (name?.y ?? 0)), `row ${row}: on one line`).toBeLessThan(2);
    }
    expect(all.indexOf('第40市')).toBeLessThan(all.indexOf('注：次数为各市报送数。'));
    expect(pageOf(pages, '注：次数为各市报送数。')).toBe(pageOf(pages, '第40市'));
  }, 60_000);

  it('never leaves the closing block (版记) alone on the last page: the last lines come with it', async () => {
    const lastPages: number[] = [];
    for (const lines of [8, 9, 10, 11, 12, 13, 14, 15, 16, 17]) {
      const { pages, pageCount } = await readPdf(await renderPdfNode(fillerDocument(lines, [closing])));
      const last = pages[pageCount - 1] ?? '';
      expect(last, `${lines} lines`).toContain('共印80份');
      expect(last, `${lines} lines: body text on the closing block's page`).toMatch(/\d\d各地人大常委会/);
      lastPages.push(pageCount);
    }
    expect(lastPages).toContain(1);
    expect(lastPages).toContain(2);
  }, 120_000);

  it('takes a heading over with its text when the 版记 takes that text to its page', async () => {
    const lastPages: number[] = [];
    for (const lines of [8, 9, 10, 11, 12, 13, 14, 15, 16, 17]) {
      const doc = fillerDocument(lines, [
        heading('徐州做法'),
        paragraph('徐州市人大常委会组织代表视察三十五次，收集意见建议四百八十条，推动解决问题一百二十个。'),
        closing,
      ]);
      const { pages, pageCount } = await readPdf(await renderPdfNode(doc));
      const at = pageOf(pages, '徐州做法');
      expect(at, `${lines} lines`).toBeGreaterThan(0);
      expect(pageOf(pages, '徐州市人大常委会组织代表'), `${lines} lines: the heading's text`).toBe(at);
      lastPages.push(pageCount);
    }
    expect(lastPages).toContain(1);
    expect(lastPages).toContain(2);
  }, 120_000);
});

describe('the closing block of the briefings a user sees first (PDF)', () => {
  const cases = [
    ['the bundled dataset', bundledBriefing, true],
    ['the example article', articleBriefing, hasArticleSeed],
  ] as const;
  for (const [name, compose, present] of cases) {
    for (const style of ['official', 'modern'] as const) {
      it.skipIf(!present)(
        `${name} (${style}): the 版记 shares its page with the end of the text`,
        async () => {
          const doc = await compose(style);
          const { pages, pageCount } = await readPdf(await renderPdfNode(doc));
          const last = pages[pageCount - 1] ?? '';
          expect(last).toContain('共印80份');
          expect(last).toMatch(/抄送：省政府(办公厅|辦公廳)/);
          // something of the body besides the block and the page number
          const body = last
            .replace(/[报報]：.*$/s, '')
            .replace(/[—\s\d]/g, '')
            .trim();
          expect(body.length, `last page: ${last.slice(0, 80)}`).toBeGreaterThan(8);
        },
        60_000,
      );
    }
  }
});

describe('lines of text (PDF)', () => {
  it('fills each line of a paragraph with figures in it but its last (modern: no early breaks between runs)', async () => {
    const doc = await bundledBriefing('modern');
    const { items } = await readPdf(await renderPdfNode(doc));
    const page = items[0] ?? [];
    // the overview paragraph: its lines are the body-size items between the heading and the table caption
    const body = page.filter((item) => Math.abs(item.fontSize - 11) < 0.01);
    const lines = new Map<number, string>();
    for (const item of body) lines.set(Math.round(item.y), (lines.get(Math.round(item.y)) ?? '') + item.str);
    const texts = [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([, text]) => text);
    const start = texts.findIndex((text) => text.startsWith('南京市、无锡市、徐州市等10个市'));
    const end = texts.findIndex((text, index) => index > start && /。$/.test(text));
    expect(start).toBeGreaterThanOrEqual(0);
    // a full line holds about (210 − 44 mm) / 11 pt ≈ 42 characters; every line but the last holds most of that
    for (const text of texts.slice(start, end)) expect([...text].length, text).toBeGreaterThan(35);
  }, 60_000);
});
