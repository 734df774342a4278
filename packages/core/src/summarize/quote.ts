import type { Span } from '../types.js';

/** Where a sentence ends in Chinese prose (and in text pasted out of PDFs, at a line end). */
const SENTENCE_END = /[。！？；!?;\n]/;
/** Where a clause ends, for cutting a run-on sentence down to the clauses around the figure. */
const CLAUSE_END = /[，,、：:]/;
/** Longest quote kept: a 200,000-character paragraph without a full stop must not be copied per figure. */
export const MAX_QUOTE = 240;

/**
 * How far a quote reaches either side of its figure when the sentence runs on: a paragraph without punctuation
 * would otherwise be quoted whole for each of its figures (quadratic time, and a briefing of megabytes).
 */
const MAX_REACH = 120;

/**
 * The sentence around `span` in a report, as written: cut from `text`, which starts at `textStart` in
 * the input. Returns the trimmed sentence and its span in the input; a sentence reaching more than
 * MAX_REACH characters beyond the figure is cut there.
 */
export function sentenceAround(
  text: string,
  textStart: number,
  span: Span,
): { quote: string; quoteSpan: Span } {
  const from = clamp(span[0] - textStart, 0, text.length);
  const to = clamp(span[1] - textStart, from, text.length);
  const first = Math.max(0, from - MAX_REACH);
  const last = Math.min(text.length, to + MAX_REACH);
  let start = from;
  while (start > first && !SENTENCE_END.test(text.charAt(start - 1))) start--;
  let end = to;
  // A figure that ends a sentence keeps its full stop; otherwise run to the next one.
  while (end < last && !SENTENCE_END.test(text.charAt(end))) end++;
  if (end < last && text.charAt(end) !== '\n') end++;
  // Never cut a surrogate pair (an emoji or a rare character) in two.
  if (/[\uDC00-\uDFFF]/.test(text.charAt(start))) start--;
  if (/[\uDC00-\uDFFF]/.test(text.charAt(end))) end++;
  if (end - start > MAX_QUOTE) [start, end] = window(text, from, to, start, end);
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { quote: text.slice(start, end), quoteSpan: [textStart + start, textStart + end] };
}

/** The clauses around `[from, to)` within the sentence `[start, end)`, at most MAX_QUOTE long. */
function window(text: string, from: number, to: number, start: number, end: number): [number, number] {
  const room = Math.max(0, Math.floor((MAX_QUOTE - (to - from)) / 2));
  let a = Math.max(start, from - room);
  let b = Math.min(end, to + room);
  // Prefer to start and end on clause boundaries inside the window.
  for (let i = a; i < from; i++) {
    if (CLAUSE_END.test(text.charAt(i))) {
      a = i + 1;
      break;
    }
  }
  for (let i = b - 1; i >= to; i--) {
    if (CLAUSE_END.test(text.charAt(i))) {
      b = i + 1;
      break;
    }
  }
  return [a, b];
}

function clamp(n: number, low: number, high: number): number {
  return Math.min(Math.max(n, low), high);
}
