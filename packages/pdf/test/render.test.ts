import { BLOCK_TYPES, type BriefingDocument, exampleDocument, isJianbaoError } from '@jianbao/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFont, renderPdf } from '../src/index.js';
import { renderPdfNode, resolveFonts } from '../src/node.js';
import { bigDocument, JIANGSU_CITIES } from './helpers/big-document.js';
import { pdfFonts } from './helpers/fonts.js';
import { fillerDocument, paragraph } from './helpers/layout-docs.js';
import { type ReadPdf, readPdf } from './helpers/read-pdf.js';

const MM = 72 / 25.4;

describe('every node kind', () => {
  it.each(['official', 'modern'] as const)(
    'renders the example document (%s), which uses them all',
    async (style) => {
      const doc = await exampleDocument(style);
      expect(new Set(doc.children.map((node) => node.type))).toEqual(new Set(BLOCK_TYPES));
      const pdf = await readPdf(await renderPdfNode(doc));
      const all = pdf.pages.join('');
      expect(all).toContain('工作简报'); // masthead
      expect(all).toContain('第1期');
      expect(all).toContain('各地工作情况汇总'); // title
      expect(all).toContain('编者按：现将各地情况汇总如下'); // editor's note
      expect(all).toContain('一、总体情况'); // heading level 1
      expect(all).toContain('（1）四级标题'); // heading level 4
      expect(all).toContain('全省共开展调研逾1200次，成效明显。'); // paragraph: text, figure, emphasis
      expect(all).toContain('1200余'); // table cell
      expect(all).toContain('各市调研次数'); // chart title
      expect(all).toContain('乙市制定首部条例。'); // list
      expect(all).toContain('（来源：甲市办公室）'); // source note
      // The page break puts the closing block alone on the last page.
      const last = pdf.pages[pdf.pageCount - 1] ?? '';
      expect(last).toContain('报：省委办公厅');
      expect(last).toContain('2024年1月15日印发');
      expect(last).not.toContain('来源');
    },
  );
});

describe('a 13-city briefing (official style)', () => {
  let bytes: Uint8Array;
  let pdf: ReadPdf;
  beforeAll(async () => {
    bytes = await renderPdfNode(bigDocument());
    pdf = await readPdf(bytes);
  }, 120_000);

  it('spans at least three pages and holds the masthead, every city and the figures', () => {
    expect(pdf.pageCount).toBeGreaterThanOrEqual(3);
    const all = pdf.pages.join('');
    expect(pdf.pages[0]).toContain('人大工作簡報');
    expect(pdf.pages[0]).toContain('省人大常委會辦公廳編');
    for (const city of JIANGSU_CITIES) expect(all).toContain(city);
    expect(all).toContain('逾3100次');
    expect(all).toContain('2156餘人次');
    expect(all).toContain('宿遷市人大常委會堅持問題導向');
  });

  it('numbers pages — N — in 14 pt, odd pages right and even pages left, one character in', () => {
    const textLeft = 28 * MM;
    const textRight = 28 * MM + 156 * MM;
    for (const page of [1, 2]) {
      const label = `— ${page} —`;
      const items = pdf.items[page - 1] ?? [];
      const item = items.find((candidate) => candidate.str.includes(String(page)) && candidate.y > 760);
      expect(pdf.pages[page - 1]).toContain(label);
      expect(item?.fontSize).toBeCloseTo(14, 0);
      if (page % 2 === 1) expect(item?.x ?? 0).toBeGreaterThan(textRight - 14 - 60);
      else expect(item?.x ?? 0).toBeCloseTo(textLeft + 14, 0);
      // The number's top 7 mm under the text block (whose foot is 35 mm above the page's), so its
      // baseline one ascent lower.
      expect(item?.y ?? 0).toBeGreaterThan(841.89 - 35 * MM + 7 * MM);
      expect(item?.y ?? 0).toBeLessThan(841.89 - 35 * MM + 7 * MM + 14 * 1.2);
    }
  });

  it('sets body text on the GB/T 9704 grid: 3號 type, lines 29 pt apart, 28 characters a line', () => {
    const page = pdf.items[1] ?? [];
    // 28 characters fill the 156 mm line exactly: 15.79 pt, the pitch Word's grid gives 16 pt type.
    const grid = (156 * MM) / 28;
    const body = page.filter((item) => Math.abs(item.fontSize - grid) < 0.01 && item.y < 841.89 - 35 * MM);
    expect(body.length).toBeGreaterThan(20);
    const baselines = [...new Set(body.map((item) => Math.round(item.y * 10) / 10))].sort((a, b) => a - b);
    const steps = baselines.slice(1).map((y, i) => y - (baselines[i] ?? 0));
    // 225 mm / 22 lines; headings and source notes sit on the same pitch.
    const pitch = (225 * MM) / 22;
    expect(steps.filter((step) => Math.abs(step - pitch) < 0.3).length).toBeGreaterThan(steps.length * 0.6);
    // A full line of Chinese (no digits) holds 28 characters: find the second line of a paragraph.
    const lines = new Map<number, string>();
    for (const item of body) {
      const y = Math.round(item.y);
      lines.set(y, (lines.get(y) ?? '') + item.str);
    }
    const full = [...lines.values()].filter(
      (line) => /^[\u4e00-\u9fff，、。；：“”（）]+$/.test(line) && line.length >= 27,
    );
    expect(full.length).toBeGreaterThan(0);
    for (const line of full) expect([...line].length).toBe(28);
  });

  it('embeds every font as a subset', () => {
    const { fonts } = pdfFonts(bytes);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const font of fonts) {
      expect(font.embedded, font.name).toBe(true);
      expect(font.subset, font.name).toBe(true);
      expect(font.name).toMatch(/^[A-Z]{6}\+/);
    }
  });

  it('writes the metadata and a bookmark per heading, nested by level', () => {
    expect(pdf.info.Title).toBe('全省十三個設區市人大常委會工作情況綜述');
    expect(pdf.info.Author).toBe('省人大常委會辦公廳');
    expect(pdf.info.Subject).toBe('設區市人大常委會工作情況');
    expect(pdf.info.Keywords).toBe('簡報, 人大, 江蘇');
    expect(pdf.info.Creator).toBe('jianbao');
    expect(pdf.info.Language).toBe('zh-TW');
    expect(String(pdf.info.CreationDate)).toMatch(/^D:20240308/);
    expect(pdf.outline.map((item) => item.title)).toEqual([
      '一、總體情況',
      '二、各市工作情況',
      '三、主要數據',
    ]);
    const numbers = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三'];
    expect(pdf.outline[1]?.items.map((item) => item.title)).toEqual(
      JIANGSU_CITIES.map((city, index) => `（${numbers[index]}）${city}`),
    );
  });

  it('gives identical bytes for the same document and options', async () => {
    const again = await renderPdfNode(bigDocument());
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it('sets the closing block at the foot of the last page, above the page number', () => {
    const last = pdf.items[pdf.pageCount - 1] ?? [];
    const printed = last.find((item) => item.str.includes('印發'));
    expect(printed).toBeDefined();
    const foot = 841.89 - 35 * MM;
    expect(printed?.y ?? 0).toBeLessThan(foot);
    expect(printed?.y ?? 0).toBeGreaterThan(foot - 40);
  });
});

describe('justified lines', () => {
  it('spread the Chinese characters and set a number as it is, not letter-spaced', async () => {
    // The first line ends after 元 (the long number cannot follow it), well short of the right edge, so it is
    // justified. pdfjs reads a gap wider than a letter space into its text as a space: 推 动 2 1 5 6 0 元 when
    // the spare width went between every character.
    const doc = fillerDocument(0, [
      paragraph('各地人大常委会认真贯彻落实会议精神推动21560元12345678901234567890'),
    ]);
    const items = (await readPdf(await renderPdfNode(doc))).items[0] ?? [];
    const line = items.find((item) => item.str.includes('元'));
    expect(line?.str).toMatch(/^各 地 人 .* 推 动 ?21560 ?元$/);
    // Still justified: the line reaches the text block's right edge (28 + 156 mm).
    expect((line?.x ?? 0) + (line?.width ?? 0)).toBeCloseTo((28 + 156) * MM, 0);
  });
});

describe('modern style', () => {
  it('shows the same content in a screen layout', async () => {
    const pdf = await readPdf(await renderPdfNode(bigDocument('modern')));
    const all = pdf.pages.join('');
    for (const city of JIANGSU_CITIES) expect(all).toContain(city);
    expect(all).toContain('2024年3月8日印發');
    expect(pdf.items[0]?.some((item) => Math.abs(item.fontSize - 11) < 0.1)).toBe(true);
  });
});

describe('fonts', () => {
  const withText = async (value: string): Promise<BriefingDocument> => {
    const doc = await exampleDocument();
    doc.children.splice(4, 0, {
      type: 'paragraph',
      indent: true,
      align: 'justify',
      children: [{ type: 'text', value }],
    });
    return doc;
  };

  it('fails with FONT_MISSING_GLYPHS naming the character and where it is, instead of drawing a box', async () => {
    // U+13000 (an Egyptian hieroglyph) is in no CJK font.
    const error = await renderPdfNode(await withText('甲市\u{13000}乙市')).catch((e: unknown) => e);
    expect(isJianbaoError(error)).toBe(true);
    if (!isJianbaoError(error)) return;
    expect(error.code).toBe('FONT_MISSING_GLYPHS');
    expect(error.message).toContain('U+13000');
    expect(error.message).toContain('children.4.children.0.value');
    expect(error.details.characters).toEqual(['\u{13000}']);
  });

  it('renderPdf without fonts fails with FONT_NOT_FOUND', async () => {
    const error = await renderPdf(await exampleDocument()).catch((e: unknown) => e);
    expect(isJianbaoError(error) && error.code).toBe('FONT_NOT_FOUND');
  });

  it('found fonts carry a file identity, and one identity is parsed once whatever array holds its bytes', async () => {
    const { body } = resolveFonts();
    expect(body.id?.startsWith(`${body.origin}:${body.data.byteLength}:`)).toBe(true);
    const first = await loadFont(body);
    // A copy of the bytes under the same identity: the cache names fonts by identity, so no second parse.
    expect(await loadFont({ ...body, data: body.data.slice() })).toBe(first);
    // Without an identity the bytes themselves name the font.
    const anonymous = { data: body.data.slice(), origin: 'bytes' };
    expect((await loadFont(anonymous)).key).not.toBe(first.key);
  });

  it('renderPdf with fonts passed as bytes works without any file system access of its own', async () => {
    const fonts = resolveFonts();
    const pdf = await readPdf(await renderPdf(await exampleDocument(), { fonts: { body: fonts.body } }));
    expect(pdf.pages.join('')).toContain('各地工作情况汇总');
  });
});

describe('bad input', () => {
  it('rejects a malformed document with DOCUMENT_INVALID naming the field', async () => {
    const doc = (await exampleDocument()) as unknown as { children: { type: string; level?: number }[] };
    const heading = doc.children.find((node) => node.type === 'heading');
    if (heading) heading.level = 7;
    const error = await renderPdfNode(doc as unknown as BriefingDocument).catch((e: unknown) => e);
    expect(isJianbaoError(error) && error.code).toBe('DOCUMENT_INVALID');
    expect(isJianbaoError(error) && error.message).toContain('children.3');
  });
});
