import type { NumberToken } from './numbers.js';

/**
 * Numbers that are not figures, judged from what touches them: ordinals (第一議題, 第二批), vague counts (數十家),
 * formulas and slogans (1+8, 1+4+1+N), model and version names (5G, 2.0), addresses and serial numbers
 * (勞動路1110號1幢, 001號). Dates, years, plan names (十四五), ages and anniversaries have no measure word and
 * are dropped by the unit rule; titles and brand terms are shielded by the caller.
 */

// 路, 街 … before a number are no refusal of their own: an address's number is refused by the 號 after it, and
// 道路12公里, 背街小巷200条 are figures.
const BEFORE_REFUSED = new Set(Array.from('第數数幾几+＋號号幢棟栋室', (c) => c.charCodeAt(0)));
const AFTER_REFUSED = new Set(Array.from('+＋幾几號号', (c) => c.charCodeAt(0)));

function isLatin(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

export function isNonFigure(text: string, number: NumberToken): boolean {
  if (number.leadingZero) return true;
  const before = number.start > 0 ? text.charCodeAt(number.start - 1) : 0;
  if (BEFORE_REFUSED.has(before) || isLatin(before)) return true;
  const after = number.end < text.length ? text.charCodeAt(number.end) : 0;
  if (AFTER_REFUSED.has(after) || isLatin(after)) return true;
  return false;
}
