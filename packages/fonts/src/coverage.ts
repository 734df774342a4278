import charset from '../data/charset.json';

let covered: Set<string> | null = null;
/** The covered characters of the Basic Multilingual Plane by code unit (1: covered), for a scan without strings. */
let coveredUnits: Uint8Array | null = null;

/** The characters every bundled subset has (GB2312, common Traditional forms, punctuation). */
export function coveredCharacters(): ReadonlySet<string> {
  covered ??= new Set(charset.lines.join(''));
  return covered;
}

function coveredTable(): Uint8Array {
  if (!coveredUnits) {
    const table = new Uint8Array(0x10000);
    // Straight from the charset's lines; surrogates left unmarked, so a lone one in a text is never covered.
    for (const line of charset.lines) {
      for (let i = 0; i < line.length; i++) {
        const unit = line.charCodeAt(i);
        if (unit < 0xd800 || unit > 0xdfff) table[unit] = 1;
      }
    }
    coveredUnits = table;
  }
  return coveredUnits;
}

/**
 * The distinct characters of `text` that the subsets lack, in order of first appearance. Empty means the
 * subsets can set all of it; otherwise use the full fonts (`Face.source`) or name these characters —
 * never draw a box. Line breaks, tabs and other control characters are layout, not glyphs.
 */
export function uncovered(text: string): string[] {
  // By code unit against a table (a whole document is checked before each PDF): a string per character, as
  // iterating the text made, cost more than the rest of the check.
  const table = coveredTable();
  const missing = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x20 || unit === 0x7f) continue;
    const point = text.codePointAt(i) ?? unit;
    if (point > 0xffff) {
      // A character outside the BMP (a pair of surrogates): looked up as itself.
      const char = String.fromCodePoint(point);
      i++;
      if (!coveredCharacters().has(char)) missing.add(char);
    } else if (table[unit] !== 1) missing.add(text.charAt(i));
  }
  return [...missing];
}
