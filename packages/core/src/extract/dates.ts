import type { DateMention } from '../types.js';
import { parseChineseYear } from './numbers.js';

/**
 * Dates: absolute (2023年12月8日, 二〇二三年, 2023年度, 2023年12月中旬), relative to a reference date
 * (去年, 今年5月, 上半年), and bare months (7月, 11月8日) read in the year last mentioned before them.
 * A date that cannot be placed in a year (relative, with no reference date and no year before it) is left out.
 */

const Y = String.raw`((?:19|20)\d{2}|[〇零一二三四五六七八九]{4})`;
const MD = String.raw`(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日號号])?)?`;
const PART = '(上旬|中旬|下旬|上半年|下半年|年初|年底|年末|初|底|末|度)?';
const DATE = new RegExp(
  [
    `${Y}\\s*年${MD}${PART}`,
    `(去年|今年|明年|前年|上年|本年)${MD}${PART}`,
    String.raw`(?<![\d.])(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日號号])?(?!份?[\d])`,
    '(上半年|下半年)',
  ].join('|'),
  'y',
);

/**
 * DATE is tried at one position at a time (sticky). Every date holds 年 or 月 (a year ends in 年; 去年, 上半年;
 * a month ends in 月), at most YEAR_DIGITS units after its start plus the whitespace right before it, so a date
 * is sought only just before each 年 and 月: a global scan tried the pattern at every position of the text.
 */
const KEY = /[年月]/g;
const YEAR_DIGITS = 4;
const SPACE = /\s/;

const RELATIVE: Record<string, number> = { 去年: -1, 上年: -1, 今年: 0, 本年: 0, 明年: 1, 前年: -2 };

function isoOf(year: number, month?: string, day?: string): string | null {
  if (!Number.isFinite(year) || year < 1000) return null;
  let iso = String(year);
  if (month === undefined) return iso;
  const m = Number(month);
  if (m < 1 || m > 12) return null;
  iso += `-${String(m).padStart(2, '0')}`;
  if (day === undefined) return iso;
  const d = Number(day);
  if (d < 1 || d > 31) return null;
  return `${iso}-${String(d).padStart(2, '0')}`;
}

/** `referenceDate` is ISO (2024-01-15 or 2024); relative dates resolve against its year. */
export function findDates(text: string, referenceDate?: string): DateMention[] {
  const referenceYear = referenceDate ? Number(referenceDate.slice(0, 4)) : Number.NaN;
  const dates: DateMention[] = [];
  let contextYear = Number.NaN;
  for (let m = nextDate(text, 0); m !== null; m = nextDate(text, m.index + m[0].length)) {
    let iso: string | null = null;
    if (m[1] !== undefined) {
      const year = /^\d/.test(m[1]) ? Number(m[1]) : parseChineseYear(m[1]);
      iso = isoOf(year, m[2], m[3]);
      if (iso !== null) contextYear = year;
    } else if (m[5] !== undefined) {
      const year = referenceYear + (RELATIVE[m[5]] ?? 0);
      iso = isoOf(year, m[6], m[7]);
      if (iso !== null) contextYear = year;
    } else if (m[9] !== undefined) {
      iso = isoOf(contextYear, m[9], m[10]);
    } else if (m[11] !== undefined) {
      iso = isoOf(Number.isNaN(contextYear) ? referenceYear : contextYear);
    }
    if (iso !== null) dates.push({ text: m[0], iso, span: [m.index, m.index + m[0].length] });
  }
  return dates;
}

/** The first date starting at or after `from`: what DATE, made global, would find from `from`. */
function nextDate(text: string, from: number): RegExpExecArray | null {
  KEY.lastIndex = from;
  for (let key = KEY.exec(text); key !== null; key = KEY.exec(text)) {
    let start = key.index;
    while (start > from && SPACE.test(text.charAt(start - 1))) start--;
    for (let at = Math.max(from, start - YEAR_DIGITS); at <= key.index; at++) {
      DATE.lastIndex = at;
      const m = DATE.exec(text);
      if (m !== null) return m;
    }
    // No date starts at or before this key: none starts before the next one's window either.
    from = key.index + 1;
  }
  return null;
}
