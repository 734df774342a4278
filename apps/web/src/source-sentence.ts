import type { Span } from '@jianbao/core';

/** Where a sentence ends in Chinese prose (and, in text pasted out of PDFs, at a line end). */
const SENTENCE_END = /[。！？；!?;\n]/;

/** The sentence a figure stands in, split around the figure so the page can highlight it. */
export interface SourceSentence {
  before: string;
  figure: string;
  after: string;
}

/**
 * Cuts the sentence around `span` out of `text`, a slice of the input that starts at offset `textStart`
 * (a CityReport's own text). Spans outside the text are clamped, never thrown on: a wrong offset shows a
 * short quote rather than breaking the table.
 */
export function sourceSentence(text: string, textStart: number, span: Span): SourceSentence {
  const from = clamp(span[0] - textStart, 0, text.length);
  const to = clamp(span[1] - textStart, from, text.length);
  let start = from;
  while (start > 0 && !SENTENCE_END.test(text.charAt(start - 1))) start--;
  let end = to;
  while (end < text.length && !SENTENCE_END.test(text.charAt(end))) end++;
  // Keep the full stop that ends the sentence, not a line break.
  if (end < text.length && text.charAt(end) !== '\n') end++;
  while (start < from && /\s/.test(text.charAt(start))) start++;
  while (end > to && /\s/.test(text.charAt(end - 1))) end--;
  return { before: text.slice(start, from), figure: text.slice(from, to), after: text.slice(to, end) };
}

function clamp(n: number, low: number, high: number): number {
  return Math.min(Math.max(n, low), high);
}
