import { FROM, TO } from './fold.data.js';

/**
 * Traditional → Simplified, one character for one, so a folded text keeps every offset of the original. Lexicon
 * words are written once, in Simplified, and matched against the folded text of either script.
 */
const TABLE = foldTable(FROM, TO);
/** The fold of every unit (itself where TABLE has 0): the copy loop looks a unit up without a branch. */
const FOLDED = TABLE.map((to, code) => (to === 0 ? code : to));

/** A fold as a table by UTF-16 unit: `table[from[i]] = to[i]`, 0 where a unit stays as it is. */
export function foldTable(from: string, to: string): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let i = 0; i < from.length; i++) table[from.charCodeAt(i)] = to.charCodeAt(i);
  return table;
}

/** Decodes the folded UTF-16 units in one call: a string built char by char costs more than the table lookups. */
const utf16 = new TextDecoder('utf-16le');
/** One buffer for the folded units, grown as needed: a fresh one per section was memory for the GC to collect. */
let scratch = new Uint16Array(4096);
/** A text longer than this (2 MB of units) gets a buffer of its own, not kept. */
const SCRATCH_MAX = 1 << 20;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export function foldToHans(text: string): string {
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    if (TABLE[text.charCodeAt(i)] !== 0) {
      first = i;
      break;
    }
  }
  if (first < 0) return text;
  // Short strings (labels) are cheaper to build directly than through a decoder.
  if (text.length < 64 || !LITTLE_ENDIAN) {
    let out = text.slice(0, first);
    for (let i = first; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const to = TABLE[code] as number;
      out += String.fromCharCode(to === 0 ? code : to);
    }
    return out;
  }
  if (scratch.length < text.length && text.length <= SCRATCH_MAX)
    scratch = new Uint16Array(Math.min(SCRATCH_MAX, Math.max(text.length, 2 * scratch.length)));
  const units = scratch.length >= text.length ? scratch : new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = FOLDED[text.charCodeAt(i)] as number;
  return utf16.decode(units.subarray(0, text.length));
}
