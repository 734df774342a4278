import { JianbaoError } from '../errors.js';
import { checkText } from '../guard.js';
import type { Span } from '../types.js';
import { isChineseCode, isCjkPunct, isDigit, isHan, isHanCode, isSpace, isWhitespaceCode } from './chars.js';

/** Normalized text with a map back to the text it came from. */
export interface Normalized {
  text: string;
  /** normalized offset → original offset; length text.length + 1 (the last entry is the original length), monotone */
  map: Uint32Array | number[];
}

/**
 * One rewriting pass. Every pass keeps, replaces (one unit for one) or deletes units, never inserts, so the
 * normalized text is the original with some units replaced or removed and each unit maps to exactly one unit.
 * `deleted` lists, ascending, the indices in the pass's input of the units it deleted: replaced units stay where
 * they were, so the deletions alone say where every unit came from.
 */
interface Pass {
  text: string;
  deleted: number[];
}

/** A pass's change to one unit: replaced by `unit`, or deleted when `unit` is ''. */
interface Edit {
  at: number;
  unit: string;
}

/**
 * Applies edits (in increasing `at` order) by slicing the runs between them, so the cost is in the edits, not in
 * the units: most report text passes through a pass unchanged. A pass with no edits returns null.
 */
function applyEdits(text: string, edits: Edit[]): Pass | null {
  if (edits.length === 0) return null;
  const deleted: number[] = [];
  const parts: string[] = [];
  let last = 0;
  for (const { at, unit } of edits) {
    parts.push(text.slice(last, at));
    if (unit !== '') parts.push(unit);
    else deleted.push(at);
    last = at + 1;
  }
  parts.push(text.slice(last));
  return { text: parts.join(''), deleted };
}

/** applyEdits for a pass that only replaces units: the positions (ascending) and what each unit becomes. */
function replaceUnits(text: string, at: readonly number[], unit: (ch: string) => string): Pass | null {
  if (at.length === 0) return null;
  const parts: string[] = [];
  let last = 0;
  for (const i of at) {
    parts.push(text.slice(last, i), unit(text[i] as string));
    last = i + 1;
  }
  parts.push(text.slice(last));
  return { text: parts.join(''), deleted: [] };
}

const FULLWIDTH_DIGIT_0 = 0xff10;
/** Units mapCharacters may change: full-width ％ ． digits and Latin letters, CR, no-break space. */
const MAPPED = /[\uff05\uff0e\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\r\u00a0]/g;

/** Full-width digits and Latin letters (and ％) to ASCII; CR LF and lone CR to LF; no-break space to space. */
function mapCharacters(text: string): Pass | null {
  const edits: Edit[] = [];
  MAPPED.lastIndex = 0;
  for (let m = MAPPED.exec(text); m !== null; m = MAPPED.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c === 0xff0e) {
      if (isDigitLike(text[i - 1]) && isDigitLike(text[i + 1])) edits.push({ at: i, unit: '.' }); // 12．5 → 12.5
    } else if (c === 0x0d) {
      edits.push({ at: i, unit: text[i + 1] === '\n' ? '' : '\n' });
    } else if (c === 0xa0) {
      edits.push({ at: i, unit: ' ' });
    } else {
      edits.push({ at: i, unit: String.fromCharCode(c - 0xfee0) });
    }
  }
  return applyEdits(text, edits);
}

const isDigitLike = (ch: string | undefined): boolean =>
  ch !== undefined && (isDigit(ch) || (ch.charCodeAt(0) >= FULLWIDTH_DIGIT_0 && ch.charCodeAt(0) <= 0xff19));

/** Characters that end a sentence, a clause or a block: a line ending with one is not broken mid-sentence. */
const LINE_FINAL = new Set([...'。！？!?…；;：:）)」』”’》】〕].|']);
/**
 * Characters a wrapped line may start with: an opening quote too, as a sentence runs on into a name
 * (还听取了⏎“十四五”规划纲要的中期评估); not a bracket, which opens an attribution line ((南京市人大常委会研究室)).
 */
const continues = (ch: string): boolean =>
  isHan(ch) || isDigit(ch) || /[A-Za-z%，、。；：）」』”“‘《「『]/.test(ch);
const HEADING =
  /^\s*(#|[-*>|]\s|[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十]+[)）]|\d+[.、．]\s*\D)/;
/**
 * A heading or a list item's line, which no next line continues — unless a sentence ends inside it: （一）代表履职平台
 * 建设不断加强。全市共建成…⏎… is a paragraph under a run-in heading, wrapped as any paragraph is.
 */
const isHeading = (line: string): boolean => HEADING.test(line) && !/[。！？!?；;]/.test(line);
/** Below this many non-space characters a line is a title or a label, not a wrapped line of a paragraph. */
const WRAPPED_LINE_MIN = 16;

/**
 * Units of a line that are not whitespace (\s), counted up to WRAPPED_LINE_MIN: the length is only ever compared
 * with it, and a paragraph on one line would otherwise be counted whole.
 */
function nonSpaceLength(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length && n < WRAPPED_LINE_MIN; i++)
    if (!isWhitespaceCode(line.charCodeAt(i))) n++;
  return n;
}

function lastNonSpace(line: string): string {
  let i = line.length - 1;
  while (i >= 0 && isWhitespaceCode(line.charCodeAt(i))) i--;
  return i >= 0 ? (line[i] as string) : '';
}

/**
 * Joins a line to the next when the break falls inside a sentence, as PDF copy-paste leaves them
 * (去年4月19⏎日): the line is not a heading or list item, is long enough to be a wrapped line (or ends with
 * a digit the next line's unit completes, or with ，、), ends without final punctuation, and the next line is not
 * indented and starts with a character that continues a sentence. Blank lines (paragraph breaks) are kept.
 * "The line" is everything joined so far, tracked by its non-space length and last non-space character.
 */
function joinBrokenLines(text: string): Pass | null {
  const edits: Edit[] = [];
  let lineStart = 0;
  let lineEnd = text.indexOf('\n');
  if (lineEnd === -1) return null;
  const first = text.slice(0, lineEnd);
  let length = nonSpaceLength(first);
  let last = lastNonSpace(first);
  let heading = isHeading(first);
  while (lineEnd !== -1) {
    const nextStart = lineEnd + 1;
    const nextEnd = text.indexOf('\n', nextStart);
    const line = text.slice(nextStart, nextEnd === -1 ? text.length : nextEnd);
    const head = line[0] ?? '';
    const wrapped = length >= WRAPPED_LINE_MIN || last === '，' || last === '、' || isDigit(last);
    const join =
      last !== '' &&
      !LINE_FINAL.has(last) &&
      !heading &&
      wrapped &&
      continues(head) &&
      !HEADING.test(line) &&
      (!isDigit(last) || !isDigit(head));
    const lineLast = lastNonSpace(line);
    if (join) {
      // Drop the spaces that ended the line and the line break itself.
      let cut = lineEnd;
      while (cut > lineStart && isSpace(text[cut - 1] as string)) cut -= 1;
      for (let k = cut; k <= lineEnd; k++) edits.push({ at: k, unit: '' });
      length += nonSpaceLength(line);
      if (lineLast !== '') last = lineLast;
    } else {
      length = nonSpaceLength(line);
      last = lineLast;
      heading = isHeading(line);
    }
    lineStart = nextStart;
    lineEnd = nextEnd;
  }
  return applyEdits(text, edits);
}

/**
 * The code of the nearest unit before `i` on the same line that is not a space, or -1. Codes, not characters:
 * indexing a CJK character builds a string.
 */
function before(text: string, i: number): number {
  for (let j = i - 1; j >= 0; j--) {
    const c = text.charCodeAt(j);
    if (c === LF) return -1;
    if (c !== SPACE && c !== TAB) return c;
  }
  return -1;
}

function after(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === LF) return -1;
    if (c !== SPACE && c !== TAB) return c;
  }
  return -1;
}

const LF = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;
const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Whether text[from, to) holds a Han unit (by code, without copying the run). */
function hasHan(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isHanCode(text.charCodeAt(k))) return true;
  return false;
}

const HALFWIDTH_MARK = /[,;:()]/;
const FULLWIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）' };
const HALFWIDTH_PUNCTUATION = new Uint8Array(128);
for (const ch of ',;:()\n') HALFWIDTH_PUNCTUATION[ch.charCodeAt(0)] = 1;

/**
 * ASCII , ; : next to Chinese text become ， ； ： (not between digits: 1,000 and 10:30 stay), and ( ) around
 * Chinese text become （ ）.
 */
function fullWidthPunctuation(text: string): Pass | null {
  // Without , ; : ( ) there is nothing to convert (line breaks only close parentheses): a native scan says so
  // at once, and after the first round most sections have none left.
  if (!HALFWIDTH_MARK.test(text)) return null;
  // Each position is added at most once (a parenthesis leaves `open` when matched or at its line's end): a list
  // sorted at the end, not a Set.
  const convert: number[] = [];
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    // A table look-up per unit: a global regex allocated a match at every line break.
    const c = text.charCodeAt(i);
    if (c >= 128 || HALFWIDTH_PUNCTUATION[c] !== 1) continue;
    const ch = text[i] as string;
    if (ch === ',' || ch === ';' || ch === ':') {
      const p = before(text, i);
      const n = after(text, i);
      if (!(isDigitCode(p) && isDigitCode(n)) && (isChineseCode(p) || isChineseCode(n))) convert.push(i);
    } else if (ch === '\n') {
      for (const o of open) if (isHanCode(after(text, o))) convert.push(o);
      open.length = 0;
    } else if (ch === '(') {
      open.push(i);
    } else if (ch === ')') {
      const o = open.pop();
      if (o !== undefined) {
        if (hasHan(text, o + 1, i)) {
          convert.push(o);
          convert.push(i);
        }
      } else if (isHanCode(before(text, i))) {
        convert.push(i);
      }
    }
  }
  for (const o of open) if (isHanCode(after(text, o))) convert.push(o);
  convert.sort((a, b) => a - b);
  return replaceUnits(text, convert, (ch) => FULLWIDTH[ch] ?? ch);
}

const numberish = (ch: string): boolean => isDigit(ch) || ch === '%' || ch === '‰';
/** A Latin letter (5G, GDP, APP): set close to the Chinese text around it, as numbers are. */
const isLatin = (ch: string): boolean => /^[A-Za-z]$/.test(ch);
const SPACE_RUN = /[ \t]+/g;

/**
 * Removes the stray spaces PDF copy-paste leaves inside a line: between a number or a Latin letter and a Chinese
 * character (80 余場 → 80余場, 2023 年12 月 → 2023年12月, 5G 基站 → 5G基站) and next to CJK punctuation. Spaces
 * between two digits are kept (3 000 stays as written: two numbers never become one), and so are spaces between
 * Chinese words (許君璞 應秀梅) and between Latin words (Microsoft Word).
 */
function removeStraySpaces(text: string): Pass | null {
  const edits: Edit[] = [];
  SPACE_RUN.lastIndex = 0;
  for (let m = SPACE_RUN.exec(text); m !== null; m = SPACE_RUN.exec(text)) {
    const i = m.index;
    const end = i + m[0].length;
    const p = i > 0 ? (text[i - 1] as string) : '\n';
    const n = end < text.length ? (text[end] as string) : '\n';
    const interior = p !== '\n' && n !== '\n';
    const stray =
      interior &&
      ((numberish(p) && isHan(n)) ||
        (isHan(p) && numberish(n)) ||
        (isLatin(p) && isHan(n)) ||
        (isHan(p) && isLatin(n)) ||
        (isDigit(p) && (n === '%' || n === '‰')) ||
        isCjkPunct(p) ||
        isCjkPunct(n));
    if (stray) for (let j = i; j < end; j++) edits.push({ at: j, unit: '' });
  }
  return applyEdits(text, edits);
}

/**
 * The original index of each (ascending) index `at` of the current text, given the original indices already
 * deleted (ascending): the at-th unit not deleted. One walk over both lists, as both ascend.
 */
function toOriginal(deleted: readonly number[], at: readonly number[]): number[] {
  const out: number[] = [];
  let j = 0;
  for (const a of at) {
    while (j < deleted.length && (deleted[j] as number) <= a + j) j++;
    out.push(a + j);
  }
  return out;
}

/** Two ascending lists as one. */
function merge(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && (a[i] as number) < (b[j] as number))) out.push(a[i++] as number);
    else out.push(b[j++] as number);
  }
  return out;
}

const PASSES = [mapCharacters, joinBrokenLines, fullWidthPunctuation, removeStraySpaces];
/** Passes only ever delete units or replace them toward their normal form, so a few rounds reach a fixed point. */
const MAX_ROUNDS = 8;

/**
 * Normalizes report text for extraction: full-width digits and Latin letters to ASCII (CJK punctuation kept),
 * ASCII , ( ) : ; in Chinese text to full width, stray spaces around numbers removed, lines broken inside a
 * sentence joined, paragraph breaks kept. Idempotent. `map` leads every normalized offset back to `text`.
 */
export function normalize(text: string): Normalized {
  checkText('normalize', 'text', text);
  let current = text;
  // The original indices of every deleted unit, ascending: the map is built from them once, at the end, rather
  // than composed pass by pass over the whole text.
  let deleted: number[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const previous = current;
    for (const pass of PASSES) {
      const result = pass(current);
      if (result === null || result.text === current) continue;
      if (result.deleted.length > 0) deleted = merge(deleted, toOriginal(deleted, result.deleted));
      current = result.text;
    }
    if (current === previous) break;
  }
  const map = new Uint32Array(current.length + 1);
  let j = 0;
  for (let i = 0; i < current.length; i++) {
    while (j < deleted.length && (deleted[j] as number) <= i + j) j++;
    map[i] = i + j;
  }
  map[current.length] = text.length;
  return { text: current, map };
}

/**
 * The span in the original text that a span of the normalized text came from: the start maps to its unit,
 * the end to the end of the last unit of the span (an empty span maps to an empty span).
 */
export function toOriginalSpan(normalized: Normalized, span: Span): Span {
  const [start, end] = span;
  const length = normalized.text.length;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= length)) {
    throw new JianbaoError(
      'USAGE',
      `Span [${start}, ${end}) is not within the normalized text (length ${length})`,
      {
        where: `span [${start}, ${end})`,
        snippet: normalized.text.slice(Math.max(0, start), Math.max(0, start) + 20),
      },
    );
  }
  const map = normalized.map;
  const from = map[start] as number;
  if (start === end) return [from, from];
  return [from, (map[end - 1] as number) + 1];
}
