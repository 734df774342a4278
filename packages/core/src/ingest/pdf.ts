import { Unzlib } from 'fflate';
import { isJianbaoError, JianbaoError } from '../errors.js';
import { normalize } from '../normalize/normalize.js';
import type { SourceMeta } from '../types.js';
import { hexHead } from './formats.js';
import { checkSize, DEFAULT_MAX_PDF_PAGES } from './limits.js';

interface TextItem {
  str: string;
  hasEOL?: boolean;
  transform?: number[];
  width?: number;
  height?: number;
}

/** What jianbao uses of pdf.js's document proxy. */
interface PdfDocument {
  numPages: number;
  getPage(
    number: number,
  ): Promise<{ view: number[]; getTextContent(): Promise<{ items: unknown[] }>; cleanup(): unknown }>;
  destroy?(): Promise<void>;
  loadingTask?: { destroy(): Promise<void> };
}

interface Piece {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  order: number;
}

/**
 * The text layer of a PDF (pdf.js through unpdf, loaded on demand; no worker, no canvas, no OCR): page by page,
 * each page's lines top to bottom, a line's pieces left to right, one line per text line of the page. The
 * normalizer repairs what the layout did to the sentences (lines broken mid-sentence, spaces around digits), and
 * every span of the extraction refers to this text, which `jianbao extract --json` prints.
 *
 * Errors: not a PDF, cut short, damaged or encrypted → INPUT_FORMAT; more than `maxPages` pages → INPUT_LIMIT; more text than
 * `maxBytes` → INPUT_TOO_LARGE; no text at all (a scan) → INPUT_SCANNED_PDF.
 */
export async function pdfText(
  bytes: Uint8Array,
  where: string,
  maxBytes: number,
  maxPages = DEFAULT_MAX_PDF_PAGES,
): Promise<{ text: string; meta: SourceMeta }> {
  // A download cut short ends before the last %%EOF: pdf.js would patch it up and read part of the report.
  if (!tail(bytes, 2048).includes('%%EOF')) {
    throw new JianbaoError('INPUT_FORMAT', `${where} is cut short (no %%EOF at its end): a truncated PDF`, {
      where,
      snippet: hexHead(bytes),
    });
  }
  // pdf.js inflates a stream whole, in memory: a 1 MB PDF can hold a 1 GB content stream. Count first.
  checkStreams(bytes, where, maxBytes * STREAM_BUDGET);
  const { getDocumentProxy } = await import('unpdf');
  let doc: PdfDocument;
  try {
    // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
    doc = (await getDocumentProxy(bytes.slice(), {
      useSystemFonts: false,
      disableFontFace: true,
      stopAtErrors: false,
      verbosity: 0,
    })) as unknown as PdfDocument;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const problem =
      name === 'PasswordException'
        ? 'is encrypted (password-protected): save an unprotected copy'
        : `is not a readable PDF (${firstLine(error)})`;
    throw new JianbaoError('INPUT_FORMAT', `${where} ${problem}`, { where, snippet: hexHead(bytes) });
  }
  try {
    if (doc.numPages > maxPages) {
      throw new JianbaoError(
        'INPUT_LIMIT',
        `${where}: ${doc.numPages} pages, over the limit of ${maxPages} pages for one report (option maxPdfPages)`,
        { where, snippet: `${doc.numPages} pages`, pages: doc.numPages, maxPages },
      );
    }
    const pages: string[] = [];
    let title = '';
    let size = 0;
    for (let number = 1; number <= doc.numPages; number++) {
      let items: TextItem[];
      let view: number[];
      try {
        const page = await doc.getPage(number);
        view = page.view;
        items = (await page.getTextContent()).items as TextItem[];
        page.cleanup();
      } catch (error) {
        throw new JianbaoError('INPUT_FORMAT', `${where}, page ${number}: unreadable (${firstLine(error)})`, {
          where: `${where}, page ${number}`,
          snippet: hexHead(bytes),
        });
      }
      const page = pageText(items, number, ((view[0] ?? 0) + (view[2] ?? 0)) / 2);
      size += page.text.length * 3;
      checkSize(size, maxBytes, where, 'text of the PDF');
      pages.push(page.text);
      // Its words as the body's are: PDF damage repaired (盐城市人大常委会 2024 年… → …2024年…).
      if (number === 1) title = normalize(page.title).text;
    }
    const text = pages.join('\n');
    if (text.trim() === '') {
      throw new JianbaoError(
        'INPUT_SCANNED_PDF',
        `${where} has no text layer (${doc.numPages} page${doc.numPages === 1 ? '' : 's'}, a scan or pictures of pages): jianbao does no OCR — give the report as text, .docx, or a PDF with text`,
        { where, snippet: `${doc.numPages} pages, no text`, pages: doc.numPages },
      );
    }
    return { text, meta: title !== '' ? { title } : {} };
  } catch (error) {
    if (isJianbaoError(error)) throw error;
    throw new JianbaoError('INPUT_FORMAT', `${where} is not a readable PDF (${firstLine(error)})`, {
      where,
      snippet: hexHead(bytes),
    });
  } finally {
    await (doc.destroy?.() ?? doc.loadingTask?.destroy());
  }
}

/**
 * One page's text: pieces grouped into lines by their baseline (within half a line height), lines top to bottom,
 * a line's pieces left to right (drawing order breaks ties), whatever order the PDF drew them in. A wide gap on a
 * line (a tab, a table's next cell, a second column's piece) becomes a space; a centred line, a line with such a gap,
 * or a wide gap between lines, stands apart by a blank line.
 */
function pageText(
  items: readonly TextItem[],
  number: number,
  middle: number,
): { text: string; title: string } {
  const pieces: Piece[] = [];
  items.forEach((item, order) => {
    if (item.str === '') return;
    const height = Math.abs(item.height ?? item.transform?.[3] ?? 0) || 10;
    pieces.push({
      str: closeLetterSpacing(item.str),
      x: item.transform?.[4] ?? 0,
      y: item.transform?.[5] ?? 0,
      width: item.width ?? 0,
      height,
      order,
    });
  });
  pieces.sort((a, b) => b.y - a.y || a.order - b.order);
  const lines: Piece[][] = [];
  for (const piece of pieces) {
    const line = lines[lines.length - 1];
    const first = line?.[0];
    if (line && first && Math.abs(first.y - piece.y) <= Math.max(first.height, piece.height) / 2)
      line.push(piece);
    else lines.push([piece]);
  }
  // Each line's text, where it ends on the right, and whether it has a wide gap (a table's row, or columns).
  const ends: number[] = [];
  const gapped: boolean[] = [];
  const texts = lines.map((line) => {
    line.sort((a, b) => a.x - b.x || a.order - b.order);
    let text = '';
    let end = Number.NEGATIVE_INFINITY;
    let wide = false;
    for (const piece of line) {
      const gap = piece.x - end;
      if (text !== '' && gap > piece.height && !/\s$/.test(text) && !/^\s/.test(piece.str)) {
        text += ' ';
        wide = true;
      }
      // pdf.js may draw the gap itself, as a space piece as wide as the gap (LibreOffice's table cells).
      if (text !== '' && piece.width > piece.height && /^\s+$/.test(piece.str)) wide = true;
      text += piece.str;
      end = Math.max(end, piece.x + piece.width);
    }
    ends.push(end);
    gapped.push(wide);
    // A line of prose (no cell gaps) spaced out in pieces of a character each: the spaces go too.
    return (wide ? text : closeLetterSpacing(text)).replace(/\s+$/, '');
  });
  // A paragraph of its own stands apart by a blank line, so the normalizer never joins it to the next line as a
  // sentence broken across lines: a centred line (a title), and a line after a gap well over the page's usual pitch.
  const baselines = lines.map((line) => line[0]?.y ?? 0);
  const steps = baselines.slice(1).map((y, index) => (baselines[index] ?? 0) - y);
  const pitch = median(steps.filter((step) => step > 0));
  const starts = lines.map((line) => line[0]?.x ?? 0);
  const left = Math.min(...starts);
  const right = Math.max(...ends);
  const centred = lines.map((line, index) => {
    const size = line[0]?.height ?? 10;
    const before = (starts[index] ?? 0) - left;
    const after = right - (ends[index] ?? 0);
    return before > 2 * size && Math.abs(before - after) < 1.5 * size;
  });
  // The page's title: the centred lines it opens with, in the first one's type size (a title over two lines is
  // one), when body lines follow — as a Word file's centred first paragraph or a web page's <h1> is its title.
  // A 简报's masthead (its name, 第5期, the office and date) is no title: the title is the centred lines under it.
  const titleFrom = afterMasthead(texts);
  let titleTo = titleFrom;
  const titleSize = lines[titleFrom]?.[0]?.height ?? 0;
  while (
    titleTo < lines.length &&
    centred[titleTo] &&
    Math.abs((lines[titleTo]?.[0]?.height ?? 0) - titleSize) < 0.5
  )
    titleTo++;
  const title =
    titleTo > titleFrom && titleTo < lines.length
      ? texts
          .slice(titleFrom, titleTo)
          .map((text) => text.trim())
          .join('')
      : '';
  // A page number over the first line or under the last (— 2 —, 第2页 共5页) is the page's, not the report's: kept,
  // it stood apart as a paragraph and cut the sentence that runs on to the next page in two.
  const onMiddle = lines.map((line, index) => {
    const size = line[0]?.height ?? 10;
    return Math.abs(((starts[index] ?? 0) + (ends[index] ?? 0)) / 2 - middle) < 1.5 * size;
  });
  const furniture = pageNumberLines(texts, onMiddle, baselines, pitch, number);
  let out = '';
  let previous = -1;
  texts.forEach((text, index) => {
    if (text === '' || furniture.has(index)) return;
    if (previous >= 0) {
      // A table's row stands apart too: joined to the lines around it, 代表建议 612 598 ran into the prose.
      const apart =
        centred[index] ||
        centred[previous] ||
        gapped[index] ||
        gapped[previous] ||
        (pitch > 0 && (baselines[previous] ?? 0) - (baselines[index] ?? 0) > PARAGRAPH_GAP * pitch);
      out += apart ? '\n\n' : '\n';
    }
    out += text;
    previous = index;
  });
  return { text: out, title };
}

/** 第5期, （第5期）, 总第120期, 第5期（总第120期）: a 简报's issue line, under its name; matched without spaces. */
const ISSUE_LINE = /^[（(]?(?:总第N期)?第N期[）)]?(?:[（(]总第N期[）)])?$/u.source.replaceAll(
  'N',
  '[\\d一二三四五六七八九十百〇零]+',
);
const ISSUE = new RegExp(ISSUE_LINE, 'u');
/** The masthead's office and date line: 省人大常委会办公厅编  2024年5月6日. */
const MASTHEAD_DATE = /(?:编|編|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)$/u;

/** The index of the first line under a 简报's masthead (name, issue line, office and date), or 0 without one. */
function afterMasthead(texts: readonly string[]): number {
  const issue = texts.slice(0, 4).findIndex((text) => ISSUE.test(text.replace(/\s+/g, '')));
  if (issue === -1) return 0;
  const next = issue + 1;
  return MASTHEAD_DATE.test(texts[next]?.trim() ?? '') ? next + 1 : next;
}

/**
 * A page number as printed over or under a page: — 2 —, -2-, 第2页, 第 2 页 共 5 页, 2/5, Page 2 of 5; or a bare 2,
 * which is a page number only when centred on the page or set off from its text by a wide gap.
 */
const PAGE_NUMBER = [
  /^[-—–－─]+\s*\d{1,4}\s*[-—–－─]+$/u,
  /^第\s*\d{1,4}\s*页(?:\s*[,，、/]?\s*共\s*\d{1,4}\s*页)?$/u,
  /^\d{1,4}\s*\/\s*\d{1,4}$/u,
  /^page\s+\d{1,4}(?:\s+of\s+\d{1,4})?$/iu,
];
const BARE_PAGE_NUMBER = /^\d{1,4}$/u;

/** The indexes of the page's first and last lines with text when they are page numbers. */
function pageNumberLines(
  texts: readonly string[],
  onMiddle: readonly boolean[],
  baselines: readonly number[],
  pitch: number,
  page: number,
): Set<number> {
  const found = new Set<number>();
  const filled = texts.flatMap((text, index) => (text.trim() === '' ? [] : [index]));
  if (filled.length < 2) return found;
  const setOff = (index: number, neighbour: number): boolean =>
    pitch > 0 && Math.abs((baselines[index] ?? 0) - (baselines[neighbour] ?? 0)) > PARAGRAPH_GAP * pitch;
  const isNumber = (index: number, neighbour: number): boolean => {
    const text = texts[index]?.trim() ?? '';
    if (PAGE_NUMBER.some((pattern) => pattern.test(text))) return true;
    // A bare number: no larger than the page's place in the file could make it, centred or set off by a gap.
    return (
      BARE_PAGE_NUMBER.test(text) && Number(text) <= page && (onMiddle[index] || setOff(index, neighbour))
    );
  };
  const [first = 0, second = 0] = filled;
  const last = filled[filled.length - 1] ?? 0;
  if (isNumber(last, filled[filled.length - 2] ?? 0)) found.add(last);
  if (isNumber(first, second)) found.add(first);
  return found;
}

/**
 * pdf.js writes the wide spacing of a justified Chinese line as spaces (训4412人 次， 代 表 讲 坛 开 了73期), inside a
 * piece or as pieces of their own: in a text whose Chinese characters are spaced out so, those spaces go. A table's
 * cells drawn as one piece (城市 学习研讨 讲坛和宣讲) are words apart, not characters, and keep theirs.
 */
function closeLetterSpacing(str: string): string {
  const spaced = str.match(SPACED_CJK);
  if (spaced === null || spaced.length < LETTER_SPACED_MIN) return str;
  const chinese = str.match(CJK_CHAR)?.length ?? 0;
  return spaced.length * 4 >= chinese ? str.replace(SPACED_CJK, '$1') : str;
}
const CJK = '\\p{Script=Han}\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF1F\\u201C\\u201D\\u2018\\u2019';
const SPACED_CJK = new RegExp(`([${CJK}])[ \\u00A0]+(?=[${CJK}])`, 'gu');
const CJK_CHAR = new RegExp(`[${CJK}]`, 'gu');
/** Fewer spaced pairs than this in a piece are words apart (王 伟), not a spread line. */
const LETTER_SPACED_MIN = 3;

/** A step between baselines this many times the page's usual pitch is a gap between paragraphs, not a line. */
const PARAGRAPH_GAP = 1.6;

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * What the FlateDecode streams a text extraction reads (page contents, fonts, object streams; not images) may
 * inflate to in all, as a multiple of maxBytes: embedded CJK fonts are large, a report's text is not.
 */
const STREAM_BUDGET = 5;

/**
 * Inflates every FlateDecode stream that is not an image, chunk by chunk without keeping the output, and refuses the
 * PDF (INPUT_TOO_LARGE) once their total passes `budget` bytes. Streams that do not inflate as they stand
 * (encrypted, FlateDecode after another filter, damaged) are left to pdf.js.
 */
function checkStreams(bytes: Uint8Array, where: string, budget: number): void {
  const text = new TextDecoder('latin1').decode(bytes);
  let total = 0;
  let from = 0;
  for (;;) {
    const keyword = text.indexOf('stream', from);
    if (keyword === -1) break;
    from = keyword + 6;
    if (text.startsWith('end', keyword - 3)) continue;
    const eol = text[from] === '\r' ? (text[from + 1] === '\n' ? 2 : 1) : text[from] === '\n' ? 1 : -1;
    if (eol === -1) continue;
    const head = text.slice(Math.max(0, keyword - 1024), keyword);
    const dict = head.slice(head.lastIndexOf(' obj') + 1);
    if (!/\/FlateDecode/.test(dict) || /\/Subtype\s*\/Image/.test(dict)) continue;
    const start = from + eol;
    const end = text.indexOf('endstream', start);
    const stop = end === -1 ? bytes.length : end;
    let done = false;
    const inflater = new Unzlib((chunk, final) => {
      total += chunk.length;
      if (final) done = true;
    });
    try {
      for (let at = start; at < stop && !done; at += 65536) {
        inflater.push(bytes.subarray(at, Math.min(stop, at + 65536)), false);
        checkSize(total, budget, where, 'inflated content of the PDF');
      }
    } catch (error) {
      if (isJianbaoError(error)) throw error;
    }
    from = stop;
  }
}

function tail(bytes: Uint8Array, length: number): string {
  let s = '';
  for (let i = Math.max(0, bytes.length - length); i < bytes.length; i++)
    s += String.fromCharCode(bytes[i] ?? 0);
  return s;
}

const firstLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 120) ?? '';
