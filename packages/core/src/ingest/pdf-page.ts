/** What jianbao uses of a pdf.js text item. */
export interface TextItem {
  str: string;
  hasEOL?: boolean;
  transform?: number[];
  width?: number;
  height?: number;
}

interface Piece {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  order: number;
}

/** One page's text lines, top to bottom, with what decides how they join and which are the page's, not the report's. */
export interface PageLines {
  /** Each line's text, its pieces left to right. */
  texts: string[];
  /** The line's type size, pt. */
  sizes: number[];
  baselines: number[];
  /** The page's usual step from one baseline to the next. */
  pitch: number;
  /** Centred between the page's text margins (a title, a signature block), not a full line of the body. */
  centred: boolean[];
  /** Has a wide gap (a table's row, columns). */
  gapped: boolean[];
  /** Set as a title is: centred, or in a larger type than the body with its margins alike. */
  titleLike: boolean[];
  /** In a larger type than the body (a title's, whether or not it fills its line). */
  display: boolean[];
  /** Its page number, over the first line or under the last (— 2 —, 第2页 共5页). */
  pageNumbers: Set<number>;
}

/**
 * One page's lines: pieces grouped into lines by their baseline (within half a line height), lines top to bottom,
 * a line's pieces left to right (drawing order breaks ties), whatever order the PDF drew them in. A wide gap on a
 * line (a tab, a table's next cell, a second column's piece) becomes a tab, as a Word table's next cell does.
 * `middle` is the page's middle, x.
 */
export function pageLines(items: readonly TextItem[], number: number, middle: number): PageLines {
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
        text += '\t';
        wide = true;
      }
      // pdf.js may draw the gap itself, as a space piece as wide as the gap (LibreOffice's table cells).
      const gapPiece = text !== '' && piece.width > piece.height && /^\s+$/.test(piece.str);
      if (gapPiece) wide = true;
      // A gap of a cell or more (not a space between names) is a tab, as a gap drawn as nothing is.
      text += gapPiece && piece.width > 2 * piece.height ? (/\s$/.test(text) ? '' : '\t') : piece.str;
      end = Math.max(end, piece.x + piece.width);
    }
    ends.push(end);
    gapped.push(wide);
    // A line of prose (no cell gaps) spaced out in pieces of a character each: the spaces go too.
    return (wide ? text : closeLetterSpacing(text)).replace(/\s+$/, '');
  });
  const sizes = lines.map((line) => line[0]?.height ?? 10);
  const baselines = lines.map((line) => line[0]?.y ?? 0);
  const steps = baselines.slice(1).map((y, index) => (baselines[index] ?? 0) - y);
  const pitch = median(steps.filter((step) => step > 0));
  const starts = lines.map((line) => line[0]?.x ?? 0);
  const left = Math.min(...starts);
  const right = Math.max(...ends);
  // The body's type: the size most of the page's characters are in (a long table in a smaller type is not).
  const body = mostCommon(sizes, texts);
  const symmetric = (index: number): boolean =>
    Math.abs((starts[index] ?? 0) - left - (right - (ends[index] ?? 0))) < 1.5 * (sizes[index] ?? 10);
  const centred = lines.map(
    (_, index) => (starts[index] ?? 0) - left > 2 * (sizes[index] ?? 10) && symmetric(index),
  );
  // A title as wide as the body (扬州市人大常委会2024年代表工作情况报告 in 二号) is told by its larger type.
  const display = sizes.map((size) => size > DISPLAY_SIZE * body);
  const titleLike = centred.map((yes, index) => yes || (display[index] === true && symmetric(index)));
  const onMiddle = lines.map(
    (_, index) =>
      Math.abs(((starts[index] ?? 0) + (ends[index] ?? 0)) / 2 - middle) < 1.5 * (sizes[index] ?? 10),
  );
  const page = {
    texts,
    sizes,
    baselines,
    pitch,
    centred,
    gapped,
    titleLike,
    display,
    pageNumbers: new Set<number>(),
  };
  page.pageNumbers = pageNumberLines(page, onMiddle, number);
  return page;
}

/**
 * The page's text, one line a line, less the lines in `drop`. A paragraph of its own stands apart by a blank line,
 * so the normalizer never joins it to the next line as a sentence broken across lines: a title, a centred line, a
 * table's row, and a line after a gap well over the page's usual pitch.
 */
export function pageText(page: PageLines, drop: ReadonlySet<number>): string {
  const { texts, centred, gapped, baselines, pitch } = page;
  const title = new Set(titleRun(page, drop));
  let out = '';
  let previous = -1;
  texts.forEach((text, index) => {
    if (text === '' || drop.has(index)) return;
    if (previous >= 0) {
      // A table's row stands apart too: joined to the lines around it, 代表建议 612 598 ran into the prose.
      const apart =
        centred[index] ||
        centred[previous] ||
        title.has(previous) ||
        gapped[index] ||
        gapped[previous] ||
        (pitch > 0 && (baselines[previous] ?? 0) - (baselines[index] ?? 0) > PARAGRAPH_GAP * pitch);
      out += apart ? '\n\n' : '\n';
    }
    out += text;
    previous = index;
  });
  return out;
}

/**
 * The page's title: the lines set as a title that it opens with (after `drop` and a 简报's masthead), in the first
 * one's type size (a title over two lines is one), when body lines follow — as a Word file's centred first paragraph
 * or a web page's <h1> is its title.
 */
export function pageTitle(page: PageLines, drop: ReadonlySet<number>): string {
  return titleRun(page, drop)
    .map((index) => page.texts[index]?.trim() ?? '')
    .join('');
}

/** The indexes of the title's lines (see pageTitle), or none. */
function titleRun(page: PageLines, drop: ReadonlySet<number>): number[] {
  const kept = page.texts.flatMap((text, index) => (text.trim() === '' || drop.has(index) ? [] : [index]));
  let at = afterMasthead(kept.map((index) => page.texts[index] ?? ''));
  const from = at;
  const size = page.sizes[kept[from] ?? -1] ?? 0;
  // A title set left, wrapped (…发展推进 / 情况): its last line ends short, but is in the title's type.
  while (
    at < kept.length &&
    (page.titleLike[kept[at] ?? -1] || (at > from && page.display[kept[at] ?? -1])) &&
    Math.abs((page.sizes[kept[at] ?? -1] ?? 0) - size) < 0.5
  )
    at++;
  return at === from || at === kept.length ? [] : kept.slice(from, at);
}

/** A step between baselines this many times the page's usual pitch is a gap between paragraphs, not a line. */
const PARAGRAPH_GAP = 1.6;
/** A line in a type this many times the body's opens the page as a title, centred or not quite. */
const DISPLAY_SIZE = 1.2;

/** The size of the most characters. */
function mostCommon(sizes: readonly number[], texts: readonly string[]): number {
  const chars = new Map<number, number>();
  sizes.forEach((size, index) => {
    const key = Math.round(size * 2) / 2;
    chars.set(key, (chars.get(key) ?? 0) + (texts[index]?.length ?? 0));
  });
  let best = 0;
  let most = -1;
  for (const [size, n] of chars)
    if (n > most) {
      best = size;
      most = n;
    }
  return best;
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** 第5期, （第5期）, 总第120期, 第5期（总第120期）: a 简报's issue line, under its name; matched without spaces. */
const ISSUE = new RegExp(
  /^[（(]?(?:总第N期)?第N期[）)]?(?:[（(]总第N期[）)])?$/u.source.replaceAll(
    'N',
    '[\\d一二三四五六七八九十百〇零]+',
  ),
  'u',
);
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
  page: Pick<PageLines, 'texts' | 'baselines' | 'pitch'>,
  onMiddle: readonly boolean[],
  number: number,
): Set<number> {
  const { texts, baselines, pitch } = page;
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
      BARE_PAGE_NUMBER.test(text) && Number(text) <= number && (onMiddle[index] || setOff(index, neighbour))
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
  // Spread out, most pieces between the spaces are one character (代 表 讲 坛); names in a list are words (张三 李四
  // 王五 赵六) and keep their spaces.
  const pieces = str.split(/[ \u00A0]+/).filter((piece) => CJK_CHAR.test(piece));
  const single = pieces.filter((piece) => piece.match(CJK_CHARS)?.length === 1).length;
  return single * 2 >= pieces.length ? str.replace(SPACED_CJK, '$1') : str;
}
const CJK = '\\p{Script=Han}\\u3000-\\u303F\\uFF01-\\uFF0F\\uFF1A-\\uFF1F\\u201C\\u201D\\u2018\\u2019';
const SPACED_CJK = new RegExp(`([${CJK}])[ \\u00A0]+(?=[${CJK}])`, 'gu');
const CJK_CHAR = new RegExp(`[${CJK}]`, 'u');
const CJK_CHARS = new RegExp(`[${CJK}]`, 'gu');
/** Fewer spaced pairs than this in a piece are words apart (王 伟), not a spread line. */
const LETTER_SPACED_MIN = 3;
