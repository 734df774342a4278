import type { FactRef } from '../summarize/types.js';
import { trimPhrase } from './vocabulary.js';

/** The words that make a phrase a first, and where it is first; what remains says what was done. */
const FIRST_WORDS =
  /在|全国|全國|全省|全市|省内|省內|国内|國內|市内|市內|率先|首部|首个|首個|首家|首创|首創|首座|首次|首例|首/g;

/**
 * The firsts worth printing, once each: a phrase that is nothing but its first-word (率先, 全国首创, 首个)
 * after the extractor cut it short says nothing on its own. The summary keeps them all.
 */
export function tellingFirsts(firsts: readonly FactRef[]): FactRef[] {
  const seen = new Set<string>();
  return firsts
    .map((f) => ({ ...f, text: trimPhrase(f.text).replace(/[)）(（\]】]+$/u, '') }))
    .filter((f) => {
      const rest = f.text.replace(FIRST_WORDS, '').replace(/[\p{P}\s]/gu, '');
      if (rest.length < 2 || seen.has(`${f.city}\u0000${f.text}`)) return false;
      seen.add(`${f.city}\u0000${f.text}`);
      return true;
    });
}
