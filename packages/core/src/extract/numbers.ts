import { UNITS } from '../lexicon/units.data.js';

/**
 * Number reading: Arabic (commas, decimals, full-width digits), Chinese numerals (十二, 一千二百, 兩萬),
 * mixed forms (1萬多, 2.5萬余, 3萬6,171), with 百/千/萬/億/萬億 applied. Works on char codes, no allocation per char.
 */

export interface NumberToken {
  start: number;
  end: number;
  value: number;
  kind: 'arabic' | 'chinese';
  /** 余/餘/多 written inside the number (三十余萬, 2.5萬余). */
  more: boolean;
  /** A magnitude (萬, 億 …) was applied. */
  magnitude: boolean;
  /** Length of the leading numeral run (一 → 1, 三十 → 2, 2023 → 4). */
  coreLength: number;
  /** Arabic written with a leading zero (001): a serial number, not a quantity. */
  leadingZero: boolean;
}

const CN_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  兩: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const MAGNITUDES: Record<string, number> = { 百: 1e2, 千: 1e3, 萬: 1e4, 万: 1e4, 億: 1e8, 亿: 1e8 };

/**
 * The classes of the units a number is read from, as bits of a table: numbers are read at every numeral of the
 * text, and the sticky regexes that did it allocated a match array each time.
 */
const CN_CORE_START = 1; // 〇零一二兩两三四五六七八九十
const CN_CORE = 2; // the start characters and 百千
const MAGNITUDE = 4; // 百千萬万億亿
const MORE_MARK = 8; // 余餘多
const CLASS = new Uint8Array(0x10000);
const mark = (chars: string, bits: number): void => {
  for (const ch of chars) CLASS[ch.charCodeAt(0)] = (CLASS[ch.charCodeAt(0)] ?? 0) | bits;
};
mark('〇零一二兩两三四五六七八九十', CN_CORE_START | CN_CORE);
mark('百千', CN_CORE);
mark('百千萬万億亿', MAGNITUDE);
mark('余餘多', MORE_MARK);

/** 0-9 or full-width ０-９ (NaN, past the end, is neither). */
const isArabicDigit = (code: number): boolean =>
  (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
const isAsciiDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
const hasClass = (text: string, at: number, bit: number): boolean =>
  at < text.length && ((CLASS[text.charCodeAt(at)] ?? 0) & bit) !== 0;

/** What /[0-9０-９]+(?:,[0-9]{3})*(?:[.．][0-9０-９]+)?/y matches at `at`: its end, or -1. */
function arabicCoreEnd(text: string, at: number): number {
  let i = at;
  while (isArabicDigit(text.charCodeAt(i))) i++;
  if (i === at) return -1;
  while (
    text.charCodeAt(i) === 0x2c &&
    isAsciiDigit(text.charCodeAt(i + 1)) &&
    isAsciiDigit(text.charCodeAt(i + 2)) &&
    isAsciiDigit(text.charCodeAt(i + 3))
  )
    i += 4;
  const point = text.charCodeAt(i);
  if ((point === 0x2e || point === 0xff0e) && isArabicDigit(text.charCodeAt(i + 1))) {
    i += 2;
    while (isArabicDigit(text.charCodeAt(i))) i++;
  }
  return i;
}

/** A start numeral (〇零一二兩两三四五六七八九十), then numerals and 百千, at `at`: the run's end, or -1. */
function chineseCoreEnd(text: string, at: number): number {
  if (!hasClass(text, at, CN_CORE_START)) return -1;
  let i = at + 1;
  while (hasClass(text, i, CN_CORE)) i++;
  return i;
}

/** The core numeral of a number of `kind` at `at`, or null. */
function coreAt(text: string, at: number, kind: NumberToken['kind']): string | null {
  const end = kind === 'arabic' ? arabicCoreEnd(text, at) : chineseCoreEnd(text, at);
  return end < 0 ? null : text.slice(at, end);
}

/**
 * Units that open with a magnitude's character (千瓦, 千米, 百分点), as the pairs of their first two characters:
 * there the character is the unit's (1180万千瓦 is 1180万 kW, not 1180万千 W).
 */
const UNIT_OPENINGS = new Set(
  UNITS.filter((u) => u.unit.length > 1 && MAGNITUDES[u.unit[0] as string] !== undefined).map((u) =>
    u.unit.slice(0, 2),
  ),
);

/**
 * The run of magnitudes (百千萬万億亿) at `at`, or null. Each one is larger than the one before (千万, 百亿, 万亿):
 * a smaller one after it (万千) opens the next word, as does a unit's first character (万千瓦, 5千米).
 */
function magnitudeRunAt(text: string, at: number): string | null {
  let i = at;
  let previous = 0;
  while (hasClass(text, i, MAGNITUDE)) {
    const magnitude = MAGNITUDES[text[i] as string] as number;
    if (magnitude <= previous || UNIT_OPENINGS.has(text.slice(i, i + 2))) break;
    previous = magnitude;
    i++;
  }
  return i === at ? null : text.slice(at, i);
}

/** True for characters a number may start with. */
export function isNumberStart(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19) || CN_START.has(code);
}
const CN_START = new Set(Array.from('〇零一二兩两三四五六七八九十', (c) => c.charCodeAt(0)));

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x3000 || code === 0xa0;
}

/** Skips at most two spaces (pasted PDFs put stray spaces inside figures: `80 余場`). */
export function skipSpaces(text: string, at: number): number {
  let i = at;
  while (i < text.length && i - at < 2 && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Value of an Arabic numeral string (commas, full-width digits, decimal point), scaled exactly by `scale`. */
export function parseArabic(raw: string, scale = 1): number {
  let digits = '';
  let decimals = -1;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) digits += raw[i];
    else if (code >= 0xff10 && code <= 0xff19) digits += String.fromCharCode(code - 0xfee0);
    else if (code === 0x2e || code === 0xff0e) decimals = 0;
    else continue;
    if (decimals >= 0 && code !== 0x2e && code !== 0xff0e) decimals++;
  }
  const whole = Number(digits);
  if (decimals <= 0) return whole * scale;
  // Integer arithmetic first so 3.3萬 is 33000, not 32999.999….
  const divisor = 10 ** decimals;
  return scale % divisor === 0 ? whole * (scale / divisor) : (whole * scale) / divisor;
}

/**
 * Value of a Chinese numeral in the counting form (十二, 三十, 一千二百, 二千零五), or NaN when the string is
 * not one (十四五, 三五 — plan names and vague pairs). Positional year forms (二〇二三) are NaN here; see
 * `parseChineseYear`.
 */
export function parseChineseInteger(raw: string): number {
  let total = 0;
  let digit = -1;
  let lastUnit = 10_000;
  for (const ch of raw) {
    const d = CN_DIGITS[ch];
    if (d !== undefined) {
      if (digit > 0) return Number.NaN; // two digits in a row: 十四五, 三五
      digit = d;
      continue;
    }
    const unit = CN_UNITS[ch];
    if (unit === undefined || unit >= lastUnit) return Number.NaN;
    total += (digit === -1 ? (unit === 10 ? 1 : Number.NaN) : digit) * unit;
    if (Number.isNaN(total)) return Number.NaN;
    lastUnit = unit;
    digit = -1;
  }
  if (digit > 0) total += digit;
  return total;
}

const CN_RUN = /[〇零一二兩两三四五六七八九十百千]*/y;

/**
 * For a run of Chinese numerals that starts at `at` (as chineseCoreEnd reads it: a start character, then
 * numerals and 百/千 up to `end`), which of its positions begin a valid counting numeral when read to the end
 * of the run — `parseChineseInteger(text.slice(p, end))` is not NaN — for every p at once, in one pass from
 * the right over the states of that parser (the last digit: none, zero or not; the last unit). A scan that
 * tried each position in turn re-read the whole run every time: quadratic on 十十十…
 */
export function chineseRunStarts(text: string, at: number): { end: number; valid: Uint8Array } {
  CN_RUN.lastIndex = at;
  const end = at + (CN_RUN.exec(text)?.[0].length ?? 0);
  const valid = new Uint8Array(end - at);
  // States: digit class (0 none, 1 zero, 2 non-zero) × last unit (0 none yet, 1 千, 2 百, 3 十) = 12 bits.
  const UNIT_RANK: Record<number, number> = { 1000: 1, 100: 2, 10: 3 };
  let after = 0xfff; // from the end of the run every state is accepted
  for (let j = end - 1; j >= at; j--) {
    const ch = text[j] ?? '';
    const d = CN_DIGITS[ch];
    const unit = CN_UNITS[ch];
    let mask = 0;
    for (let digit = 0; digit < 3; digit++) {
      for (let last = 0; last < 4; last++) {
        let next = -1;
        if (d !== undefined) {
          if (digit !== 2) next = (d === 0 ? 1 : 2) * 4 + last;
        } else if (unit !== undefined) {
          const rank = UNIT_RANK[unit] ?? 0;
          // The unit must be smaller than the last one, and a bare unit is only 十.
          if (rank > last && (digit !== 0 || unit === 10)) next = rank;
        }
        if (next >= 0 && after & (1 << next)) mask |= 1 << (digit * 4 + last);
      }
    }
    valid[j - at] = mask & 1; // the parser starts with no digit and no unit: state 0
    after = mask;
  }
  return { end, valid };
}

/** 二〇二三 → 2023 (digit by digit), or NaN. */
export function parseChineseYear(raw: string): number {
  let year = 0;
  for (const ch of raw) {
    const d = CN_DIGITS[ch];
    if (d === undefined) return Number.NaN;
    year = year * 10 + d;
  }
  return year;
}

function magnitudeOf(run: string): number {
  let m = 1;
  for (const ch of run) m *= MAGNITUDES[ch] ?? 1;
  return m;
}

/**
 * Reads the number starting at `at`, with an inner 余/多 and a magnitude (萬/億/萬億 …) and its tail
 * (3萬6,171 → 36171; 十二萬五千 → 125000). Returns null when no valid number starts there.
 */
export function readNumber(text: string, at: number): NumberToken | null {
  const first = text.charCodeAt(at);
  const kind: NumberToken['kind'] =
    (first >= 0x30 && first <= 0x39) || (first >= 0xff10 && first <= 0xff19) ? 'arabic' : 'chinese';
  const core = coreAt(text, at, kind);
  if (core === null) return null;
  const coreEnd = at + core.length;
  const leadingZero = kind === 'arabic' && core.length > 1 && core[0] === '0' && core[1] !== '.';

  let end = coreEnd;
  let more = false;
  let i = skipSpaces(text, end);
  if (hasClass(text, i, MORE_MARK) && hasClass(text, i + 1, MAGNITUDE)) {
    more = true; // 三十余萬
    i++;
  }
  // 3百分點 is percentage points, not 300 (百分点 is a unit).
  const magnitudeRun = magnitudeRunAt(text, i);
  // A Chinese core already swallowed 百/千; only 萬/億 scale it again.
  const scale = magnitudeRun === null ? 1 : magnitudeOf(magnitudeRun);
  let value = kind === 'arabic' ? parseArabic(core, scale) : parseChineseInteger(core) * scale;
  if (Number.isNaN(value)) return null;
  if (magnitudeRun !== null) {
    end = i + magnitudeRun.length;
    const tail = readTail(text, end, kind, scale);
    if (tail !== null) {
      value += tail.value;
      end = tail.end;
    }
  }
  const moreAt = skipSpaces(text, end);
  if (!more && hasClass(text, moreAt, MORE_MARK)) {
    more = true; // 80 余場, 2.5萬余, 1萬多
    end = moreAt + 1;
  }
  return {
    start: at,
    end,
    value,
    kind,
    more,
    magnitude: magnitudeRun !== null,
    coreLength: core.length,
    leadingZero,
  };
}

/** The lower-order part after a magnitude: 3萬[6,171], 十二萬[五千]. */
function readTail(
  text: string,
  at: number,
  kind: NumberToken['kind'],
  scale: number,
): { value: number; end: number } | null {
  const core = coreAt(text, at, kind);
  if (core === null) return null;
  let end = at + core.length;
  let value = kind === 'arabic' ? parseArabic(core) : parseChineseInteger(core);
  const run = magnitudeRunAt(text, end);
  if (run !== null) {
    value *= magnitudeOf(run);
    end += run.length;
  }
  if (Number.isNaN(value) || value >= scale || (kind === 'arabic' && core.includes('.'))) return null;
  return { value, end };
}
