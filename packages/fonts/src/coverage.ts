import charset from '../data/charset.json';

let covered: Set<string> | null = null;

/** The characters every bundled subset has (GB2312, common Traditional forms, punctuation). */
export function coveredCharacters(): ReadonlySet<string> {
  covered ??= new Set(charset.lines.join(''));
  return covered;
}

/**
 * The distinct characters of `text` that the subsets lack, in order of first appearance. Empty means the
 * subsets can set all of it; otherwise use the full fonts (`Face.source`) or name these characters —
 * never draw a box. Line breaks, tabs and other control characters are layout, not glyphs.
 */
export function uncovered(text: string): string[] {
  const set = coveredCharacters();
  const missing = new Set<string>();
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f || set.has(char)) continue;
    missing.add(char);
  }
  return [...missing];
}
