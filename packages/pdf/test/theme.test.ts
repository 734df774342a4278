import {
  type BriefingDocument,
  exampleDocument,
  isJianbaoError,
  OFFICIAL_THEME,
  type PartialTheme,
} from '@jianbao/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdfNode } from '../src/node.js';
import { type ReadPdf, readPdf } from './helpers/read-pdf.js';

const MM = 72 / 25.4;

// Colours whose channels are exact decimals (0x33 = 0.2 …), so each can be found in the content stream as written.
const STEPS = [0x33, 0x66, 0x99, 0xcc];
const palette = STEPS.flatMap((r) => STEPS.flatMap((g) => STEPS.map((b) => [r, g, b] as const)));
const hex = ([r, g, b]: readonly number[]) =>
  `#${[r, g, b].map((c) => (c ?? 0).toString(16).padStart(2, '0')).join('')}`;
const operands = ([r, g, b]: readonly number[]) => `${(r ?? 0) / 255} ${(g ?? 0) / 255} ${(b ?? 0) / 255}`;

const COLOUR_KEYS = Object.keys(OFFICIAL_THEME.colors).filter((key) => key !== 'chartSeries');

/** Every node kind, a subtitle too, so that every theme value has something to act on. */
async function everything(): Promise<BriefingDocument> {
  const doc = await exampleDocument('official');
  for (const node of doc.children) if (node.type === 'title') node.subtitle = '副标题';
  return doc;
}

describe('every colour of the theme reaches the PDF', () => {
  const colours = Object.fromEntries(COLOUR_KEYS.map((key, index) => [key, palette[index + 3] ?? [0, 0, 0]]));
  const series = palette[40] ?? [0, 0, 0];
  let content = '';
  beforeAll(async () => {
    const theme: PartialTheme = {
      colors: {
        ...Object.fromEntries(Object.entries(colours).map(([key, value]) => [key, hex(value)])),
        chartSeries: [hex(series)],
      },
      // so that the editor's note bar (accent) and striped rows are drawn
      editorsNote: { boxed: true },
      table: { rules: 'rows' },
    };
    const bytes = await renderPdfNode(await everything(), { compress: false, theme });
    content = new TextDecoder('latin1').decode(bytes);
  }, 60_000);

  it.each(COLOUR_KEYS)('%s', (key) => {
    const value = colours[key] ?? [0, 0, 0];
    // fill (scn) or stroke (SCN)
    expect(content, `${key} ${hex(value)}`).toMatch(
      new RegExp(`\\b${operands(value).replace(/\./g, '\\.')} (scn|SCN)\\b`),
    );
  });

  it('chartSeries', () => {
    expect(content).toContain(`${operands(series)} scn`);
  });
});

describe('every type size of the theme reaches the PDF', () => {
  // Distinct sizes under the official grid's cap (156 mm / 28 = 15.8 pt); the chart's own are 0.9× and 0.8× its size.
  const sizes = {
    body: 14,
    title: 25,
    subtitle: 13.5,
    heading1: 14.5,
    heading2: 13,
    heading3: 12.5,
    heading4: 11.5,
    masthead: 40,
    mastheadIssue: 15,
    mastheadLine: 11,
    classification: 10.5,
    caption: 17,
    table: 9.5,
    tableNote: 8.5,
    chartTitle: 18,
    chart: 10,
    sourceNote: 12,
    closing: 13.25,
    pageNumber: 16,
  };
  let pdf: ReadPdf;
  beforeAll(async () => {
    pdf = await readPdf(await renderPdfNode(await everything(), { theme: { sizes } }));
  }, 60_000);

  it.each(Object.entries(sizes))('%s: %s pt', (_role, size) => {
    const found = new Set(pdf.items.flat().map((item) => Math.round(item.fontSize * 100) / 100));
    expect([...found]).toContain(size);
  });

  it('takes sizes in 号 as well: 小一 is 24 pt', async () => {
    const read = await readPdf(
      await renderPdfNode(await everything(), { theme: { sizes: { title: '小一' } } }),
    );
    const title = read.items[0]?.find((item) => item.str.includes('各地工作情况汇总'));
    expect(title?.fontSize).toBeCloseTo(24, 1);
  }, 60_000);
});

describe('page geometry, grid, page numbers and rules of the theme reach the PDF', () => {
  const theme: PartialTheme = {
    page: {
      widthMm: 200,
      heightMm: 280,
      marginsMm: { top: 30, bottom: 40, left: 20, right: 24 },
      linesPerPage: 20,
      charsPerLine: 30,
    },
    numbering: { pageNumber: '第{n}页', pageNumberPosition: 'center' },
    rules: { mastheadPt: 3.5, tablePt: 0.75 },
  };
  let pdf: ReadPdf;
  let content = '';
  beforeAll(async () => {
    const bytes = await renderPdfNode(await everything(), { theme, compress: false });
    content = new TextDecoder('latin1').decode(bytes);
    pdf = await readPdf(bytes);
  }, 60_000);

  it('sizes the page as the theme says', () => {
    expect(pdf.pageWidth).toBeCloseTo(200 * MM, 1);
    expect(content).toMatch(/\/MediaBox \[0 0 566\.9\d* 793\.70\d*\]/);
  });

  it('starts lines at the left margin and fits charsPerLine characters of body type in the block', () => {
    const body = pdf.items[0]?.find((item) => item.str.startsWith('全省共开展调研'));
    const block = (200 - 20 - 24) * MM;
    expect(body?.fontSize).toBeCloseTo(block / 30, 2);
    // the paragraph's first line, indented two characters from the left margin
    expect(body?.x).toBeCloseTo(20 * MM + 2 * (block / 30), 0);
  });

  it('sets linesPerPage lines in the text block: the pitch is its height over 20', () => {
    const lines = (pdf.items[0] ?? []).filter(
      (item) => item.str.startsWith('全省') || item.str.startsWith('乙市'),
    );
    const pitch = ((280 - 30 - 40) * MM) / 20;
    expect((lines[1]?.y ?? 0) - (lines[0]?.y ?? 0)).toBeCloseTo(pitch, 0);
  });

  it('prints the page number in its form, centred, its gap under the text block', () => {
    const number = pdf.items[0]?.find((item) => item.str.includes('第1页'));
    expect(number).toBeDefined();
    const centre = (number?.x ?? 0) + (number?.str.length ?? 0) * (number?.fontSize ?? 0) * 0.5;
    expect(centre).toBeCloseTo(20 * MM + ((200 - 20 - 24) * MM) / 2, -1);
    expect(number?.y ?? 0).toBeGreaterThan((280 - 40 + OFFICIAL_THEME.page.pageNumberGapMm) * MM);
  });

  it('draws the masthead rule and table rules at their widths', () => {
    expect(content).toMatch(/\n3\.5 w\n/);
    expect(content).toMatch(/\n0\.75 w\n/);
  });

  it('refuses an unknown theme key with a USAGE error naming it', async () => {
    const error = await renderPdfNode(await everything(), { theme: { page: { margin: 3 } } as never }).catch(
      (e: unknown) => e,
    );
    expect(isJianbaoError(error) && error.code).toBe('USAGE');
    expect(String((error as Error).message)).toContain('page.margin');
  });
});
