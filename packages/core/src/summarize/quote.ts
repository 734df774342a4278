import type { Span } from '../types.js';

/** Where a sentence ends in Chinese prose (and in text pasted out of PDFs, at a line end). */
const SENTENCE_END = /[。！？；!?;\n]/;

/**
 * The sentence around `span` in a report, as written: cut from `text`, which starts at `textStart` in
 * the input. Returns the trimmed sentence and its span in the input.
 */
export function sentenceAround(
  text: string,
  textStart: number,
  span: Span,
): { quote: string; quoteSpan: Span } {
  const from = clamp(span[0] - textStart, 0, text.length);
  const to = clamp(span[1] - textStart, from, text.length);
  let start = from;
  while (start > 0 && !SENTENCE_END.test(text.charAt(start - 1))) start--;
  let end = to;
  // A figure that ends a sentence keeps its full stop; otherwise run to the next one.
  while (end < text.length && !SENTENCE_END.test(text.charAt(end))) end++;
  if (end < text.length && text.charAt(end) !== '\n') end++;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { quote: text.slice(start, end), quoteSpan: [textStart + start, textStart + end] };
}

function clamp(n: number, low: number, high: number): number {
  return Math.min(Math.max(n, low), high);
}
