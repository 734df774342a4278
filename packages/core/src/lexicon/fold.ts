import { FROM, TO } from './fold.data.js';

/**
 * Traditional → Simplified, one character for one, so a folded text keeps every offset of the original. Lexicon
 * words are written once, in Simplified, and matched against the folded text of either script.
 */
const TABLE = new Map<number, string>();
for (let i = 0; i < FROM.length; i++) TABLE.set(FROM.charCodeAt(i), TO.charAt(i));

export function foldToHans(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const to = TABLE.get(text.charCodeAt(i));
    if (to === undefined) continue;
    out += text.slice(last, i) + to;
    last = i + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}
