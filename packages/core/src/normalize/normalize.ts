import { JianbaoError } from '../errors.js';
import type { Span } from '../types.js';
import { isChinese, isCjkPunct, isDigit, isHan, isSpace } from './chars.js';

/** Normalized text with a map back to the text it came from. */
export interface Normalized {
  text: string;
  /** normalized offset → original offset; length text.length + 1 (the last entry is the original length), monotone */
  map: Uint32Array | number[];
}

/**
 * One rewriting pass. Every pass keeps, replaces (one unit for one) or deletes units, never inserts, so the
 * normalized text is the original with some units replaced or removed and each unit maps to exactly one unit.
 * `from[i]` is the index in the pass's input of output unit `i`.
 */
interface Pass {
  text: string;
  from: Uint32Array;
}

/** Collects a pass's output units and their origins in typed arrays (a pass never outgrows its input). */
class Builder {
  private readonly units: Uint16Array;
  private readonly origins: Uint32Array;
  length = 0;
  constructor(capacity: number) {
    this.units = new Uint16Array(capacity);
    this.origins = new Uint32Array(capacity);
  }
  /** The input index the `i`-th output unit came from. */
  origin(i: number): number {
    return this.origins[i] as number;
  }
  /** Drops the units emitted after the first `length`. */
  truncate(length: number): void {
    this.length = length;
  }
  keep(unit: string, at: number): void {
    this.units[this.length] = unit.charCodeAt(0);
    this.origins[this.length] = at;
    this.length += 1;
  }
  done(): Pass {
    return {
      text: fromUnits(this.units.subarray(0, this.length)),
      from: this.origins.subarray(0, this.length),
    };
  }
}

/** The string of these UTF-16 code units, as they are (lone surrogates included: the input may hold them). */
function fromUnits(units: Uint16Array): string {
  const CHUNK = 8192; // under engines' argument-count limits
  let out = '';
  for (let i = 0; i < units.length; i += CHUNK) {
    out += String.fromCharCode(...units.subarray(i, i + CHUNK));
  }
  return out;
}

const FULLWIDTH_DIGIT_0 = 0xff10;

/** Full-width digits and Latin letters (and ％) to ASCII; CR LF and lone CR to LF; no-break space to space. */
function mapCharacters(text: string): Pass {
  const out = new Builder(text.length);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const c = ch.charCodeAt(0);
    if (
      (c >= FULLWIDTH_DIGIT_0 && c <= 0xff19) ||
      (c >= 0xff21 && c <= 0xff3a) ||
      (c >= 0xff41 && c <= 0xff5a) ||
      c === 0xff05
    ) {
      out.keep(String.fromCharCode(c - 0xfee0), i);
    } else if (c === 0xff0e && isDigitLike(text[i - 1]) && isDigitLike(text[i + 1])) {
      out.keep('.', i); // 12．5 → 12.5
    } else if (ch === '\r') {
      if (text[i + 1] !== '\n') out.keep('\n', i);
    } else if (c === 0xa0) {
      out.keep(' ', i);
    } else {
      out.keep(ch, i);
    }
  }
  return out.done();
}

const isDigitLike = (ch: string | undefined): boolean =>
  ch !== undefined && (isDigit(ch) || (ch.charCodeAt(0) >= FULLWIDTH_DIGIT_0 && ch.charCodeAt(0) <= 0xff19));

/** Characters that end a sentence, a clause or a block: a line ending with one is not broken mid-sentence. */
const LINE_FINAL = new Set([...'。！？!?…；;：:）)」』”’》】〕].|']);
/** Characters a wrapped line may start with. */
const continues = (ch: string): boolean => isHan(ch) || isDigit(ch) || /[A-Za-z%，、。；：）」』”]/.test(ch);
const HEADING =
  /^\s*(#|[-*>|]\s|[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十]+[)）]|\d+[.、．]\s*\D)/;
/** Below this many non-space characters a line is a title or a label, not a wrapped line of a paragraph. */
const WRAPPED_LINE_MIN = 16;

const nonSpaceLength = (line: string): number => line.replace(/\s/g, '').length;
const lastNonSpace = (line: string): string => line.replace(/\s+$/, '').slice(-1);

/**
 * Joins a line to the next when the break falls inside a sentence, as PDF copy-paste leaves them
 * (去年4月19⏎日): the line is not a heading or list item, is long enough to be a wrapped line (or ends with
 * a digit the next line's unit completes, or with ，、), ends without final punctuation, and the next line is not
 * indented and starts with a character that continues a sentence. Blank lines (paragraph breaks) are kept.
 */
function joinBrokenLines(text: string): Pass {
  const out = new Builder(text.length);
  const lines = text.split('\n');
  let at = 0;
  let accumulated = '';
  let accumulatedHeading = false;
  lines.forEach((line, k) => {
    if (k > 0) {
      const first = line[0] ?? '';
      const last = lastNonSpace(accumulated);
      const wrapped =
        nonSpaceLength(accumulated) >= WRAPPED_LINE_MIN || last === '，' || last === '、' || isDigit(last);
      const join =
        last !== '' &&
        !LINE_FINAL.has(last) &&
        !accumulatedHeading &&
        wrapped &&
        continues(first) &&
        !HEADING.test(line) &&
        (!isDigit(last) || !isDigit(first));
      if (join) {
        // Drop the spaces that ended the line and the line break itself.
        let cut = out.length;
        while (cut > 0 && isSpace(text[out.origin(cut - 1)] as string)) cut -= 1;
        out.truncate(cut);
        accumulated = accumulated.replace(/[ \t]+$/, '') + line;
      } else {
        out.keep('\n', at - 1);
        accumulated = line;
        accumulatedHeading = HEADING.test(line);
      }
    } else {
      accumulated = line;
      accumulatedHeading = HEADING.test(line);
    }
    for (let j = 0; j < line.length; j++) out.keep(line[j] as string, at + j);
    at += line.length + 1;
  });
  return out.done();
}

/** The nearest character before `i` on the same line that is not a space, or ''. */
function before(text: string, i: number): string {
  for (let j = i - 1; j >= 0; j--) {
    const ch = text[j] as string;
    if (ch === '\n') return '';
    if (!isSpace(ch)) return ch;
  }
  return '';
}

function after(text: string, i: number): string {
  for (let j = i + 1; j < text.length; j++) {
    const ch = text[j] as string;
    if (ch === '\n') return '';
    if (!isSpace(ch)) return ch;
  }
  return '';
}

const FULLWIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）' };

/**
 * ASCII , ; : next to Chinese text become ， ； ： (not between digits: 1,000 and 10:30 stay), and ( ) around
 * Chinese text become （ ）.
 */
function fullWidthPunctuation(text: string): Pass {
  const convert = new Set<number>();
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === ',' || ch === ';' || ch === ':') {
      const p = before(text, i);
      const n = after(text, i);
      if (!(isDigit(p) && isDigit(n)) && (isChinese(p) || isChinese(n))) convert.add(i);
    } else if (ch === '\n') {
      for (const o of open) if (isHan(after(text, o))) convert.add(o);
      open.length = 0;
    } else if (ch === '(') {
      open.push(i);
    } else if (ch === ')') {
      const o = open.pop();
      if (o !== undefined) {
        if ([...text.slice(o + 1, i)].some(isHan)) {
          convert.add(o);
          convert.add(i);
        }
      } else if (isHan(before(text, i))) {
        convert.add(i);
      }
    }
  }
  for (const o of open) if (isHan(after(text, o))) convert.add(o);
  const out = new Builder(text.length);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    out.keep(convert.has(i) ? (FULLWIDTH[ch] ?? ch) : ch, i);
  }
  return out.done();
}

const numberish = (ch: string): boolean => isDigit(ch) || ch === '%' || ch === '‰';

/**
 * Removes the stray spaces PDF copy-paste leaves inside a line: between a number and a Chinese character
 * (80 余場 → 80余場, 2023 年12 月 → 2023年12月) and next to CJK punctuation. Spaces between two digits are kept
 * (3 000 stays as written: two numbers never become one), and so are spaces between Chinese words (許君璞 應秀梅).
 */
function removeStraySpaces(text: string): Pass {
  const out = new Builder(text.length);
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (!isSpace(ch)) {
      out.keep(ch, i);
      i += 1;
      continue;
    }
    let end = i;
    while (end < text.length && isSpace(text[end] as string)) end += 1;
    const p = i > 0 ? (text[i - 1] as string) : '\n';
    const n = end < text.length ? (text[end] as string) : '\n';
    const interior = p !== '\n' && n !== '\n';
    const stray =
      interior &&
      ((numberish(p) && isHan(n)) ||
        (isHan(p) && numberish(n)) ||
        (isDigit(p) && (n === '%' || n === '‰')) ||
        isCjkPunct(p) ||
        isCjkPunct(n));
    if (!stray) for (let j = i; j < end; j++) out.keep(text[j] as string, j);
    i = end;
  }
  return out.done();
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
  let current = text;
  let map: Uint32Array | null = null; // identity until a pass changes something
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const previous = current;
    for (const pass of PASSES) {
      const result = pass(current);
      const prev: Uint32Array | null = map;
      if (result.text !== current) map = prev ? result.from.map((i) => prev[i] as number) : result.from;
      current = result.text;
    }
    if (current === previous) break;
  }
  const full = new Uint32Array(current.length + 1);
  if (map) full.set(map);
  else for (let i = 0; i < current.length; i++) full[i] = i;
  full[current.length] = text.length;
  return { text: current, map: full };
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
