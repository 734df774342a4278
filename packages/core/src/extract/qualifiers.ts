import type { Qualifier } from '../types.js';

/**
 * Qualifiers around a figure: before it (近, 超過, 逾, 突破, 約) and after it (余/多 are read with the number;
 * 以上, 左右 follow the unit).
 */

export interface QualifierMatch {
  qualifier: Qualifier;
  /** Where the qualifier's text starts (prefix) or ends (suffix). */
  at: number;
}

// Longest first so 超過 wins over 超 and 大約 over 約.
const PREFIXES: ReadonlyArray<readonly [string, Qualifier]> = [
  ['超過', 'over'],
  ['超过', 'over'],
  ['超出', 'over'],
  ['突破', 'over'],
  ['逾', 'over'],
  ['超', 'over'],
  ['將近', 'nearly'],
  ['将近', 'nearly'],
  ['接近', 'nearly'],
  ['近', 'nearly'],
  ['大約', 'approx'],
  ['大约', 'approx'],
  ['約', 'approx'],
  ['约', 'approx'],
];

/** 最近, 附近, 臨近 are about place and time, not size. */
const NOT_NEARLY_AFTER = '最附臨临鄰邻';

/** The qualifier written just before `at` (one stray space allowed), or null. */
export function prefixQualifier(text: string, at: number): QualifierMatch | null {
  let end = at;
  if (end > 0 && text.charCodeAt(end - 1) === 0x20) end--;
  for (const [word, qualifier] of PREFIXES) {
    const start = end - word.length;
    if (start < 0 || !text.startsWith(word, start)) continue;
    if (word === '近' && start > 0 && NOT_NEARLY_AFTER.includes(text.charAt(start - 1))) return null;
    return { qualifier, at: start };
  }
  return null;
}

const SUFFIXES: ReadonlyArray<readonly [string, Qualifier]> = [
  ['以上', 'more_than'],
  ['左右', 'approx'],
];

/** The qualifier written at `at` (after the unit), or null. */
export function suffixQualifier(text: string, at: number): QualifierMatch | null {
  for (const [word, qualifier] of SUFFIXES) {
    if (text.startsWith(word, at)) return { qualifier, at: at + word.length };
  }
  return null;
}
