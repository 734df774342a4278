/**
 * Measures for issue 14's label benchmark: how close the extractor's `label` comes to a hand-written `what`
 * (character-bigram F1), and the naive baseline it is compared with (the whole clause around the figure).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** Punctuation and white space are dropped before counting bigrams (“家站點” and 家站點 are the same label). */
const IGNORED = /[\p{P}\s]/u;

/**
 * The character bigrams of `text` as a multiset (bigram → count), punctuation and spaces removed first.
 * A one-character string has one "bigram": the character itself. An empty string has none.
 */
export function bigrams(text: string): Map<string, number> {
  const chars = Array.from(text).filter((c) => !IGNORED.test(c));
  const grams = new Map<string, number>();
  const add = (g: string) => grams.set(g, (grams.get(g) ?? 0) + 1);
  if (chars.length === 1) add(chars[0] as string);
  for (let i = 0; i + 1 < chars.length; i++) add(`${chars[i]}${chars[i + 1]}`);
  return grams;
}

/**
 * Character-bigram F1 of `predicted` against `gold`: precision = shared bigrams / bigrams of `predicted`,
 * recall = shared bigrams / bigrams of `gold` (a bigram shared as often as it occurs in both). 0 when either
 * side has no bigram. 舉辦代表培訓班 against 代表培訓班: 4 shared of 6 and of 4, F1 = 0.8.
 */
export function bigramF1(predicted: string, gold: string): number {
  const p = bigrams(predicted);
  const g = bigrams(gold);
  let pn = 0;
  let gn = 0;
  let shared = 0;
  for (const n of p.values()) pn += n;
  for (const [gram, n] of g) {
    gn += n;
    shared += Math.min(n, p.get(gram) ?? 0);
  }
  if (pn === 0 || gn === 0 || shared === 0) return 0;
  const precision = shared / pn;
  const recall = shared / gn;
  return (2 * precision * recall) / (precision + recall);
}

/** Full-width clause marks, and the half-width ones the example article uses (, ; :) unless between digits. */
const CLAUSE_MARKS = new Set(Array.from('，。；、：！？\n'));
const HALF_WIDTH_MARKS = new Set(Array.from(',;:!?'));
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

function isClauseMark(text: string, at: number): boolean {
  const c = text.charAt(at);
  if (CLAUSE_MARKS.has(c)) return true;
  // 6,800余名 and 9:30 keep their separators: a half-width mark between digits does not end a clause.
  return HALF_WIDTH_MARKS.has(c) && !(isDigit(text[at - 1]) && isDigit(text[at + 1]));
}

/**
 * The naive baseline label: the whole clause around a figure at [start, end), from just after the previous
 * clause mark (，。；、：！？ or a line break) to just before the next one, the figure's own text included.
 */
export function wholeClause(text: string, start: number, end: number): string {
  const [from, to] = wholeClauseSpan(text, start, end);
  return text.slice(from, to).trim();
}

/** Where the whole clause around [start, end) begins and ends. */
export function wholeClauseSpan(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !isClauseMark(text, from - 1)) from--;
  let to = end;
  while (to < text.length && !isClauseMark(text, to)) to++;
  return [from, to];
}

/**
 * Replaces the text between `<!-- name:start -->` and `<!-- name:end -->` in `file`, or appends the pair under
 * `## heading` when absent: the convention of bench/src/markers.ts at the repository root.
 */
export function writeSection(file: string, name: string, heading: string, body: string): void {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  let doc = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const block = `${start}\n${body.trim()}\n${end}`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  doc =
    from >= 0 && to > from
      ? `${doc.slice(0, from)}${block}${doc.slice(to + end.length)}`
      : `${doc.trimEnd()}\n\n## ${heading}\n\n${block}\n`;
  writeFileSync(file, doc);
}
