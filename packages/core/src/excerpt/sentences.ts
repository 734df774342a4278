/**
 * Sentences and clauses of normalized report text, as offsets. A sentence ends at 。！？； or a line end (its
 * end mark belongs to it); a clause inside it ends at ，：. Quotes are not split (“…。” stays one sentence).
 */
export interface Piece {
  start: number;
  end: number;
}

const SENTENCE_END = new Set(Array.from('。！？；!?;\n', (c) => c.charCodeAt(0)));
const CLAUSE_END = new Set(Array.from('，,：:', (c) => c.charCodeAt(0)));
const OPEN = new Set(Array.from('“「（(', (c) => c.charCodeAt(0)));
const CLOSE = new Set(Array.from('”」）)', (c) => c.charCodeAt(0)));

export function sentencesOf(text: string): Piece[] {
  return split(text, 0, text.length, SENTENCE_END, true);
}

export function clausesOf(text: string, sentence: Piece): Piece[] {
  return split(text, sentence.start, sentence.end, CLAUSE_END, false);
}

function split(text: string, from: number, to: number, ends: Set<number>, sentences: boolean): Piece[] {
  const pieces: Piece[] = [];
  let start = from;
  let depth = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (OPEN.has(code)) depth++;
    else if (CLOSE.has(code)) depth = Math.max(0, depth - 1);
    // A line end always ends a sentence; a quote left open by a broken line must not swallow the text after it.
    const isEnd = ends.has(code) && (depth === 0 || code === 10);
    if (!isEnd) continue;
    if (code === 10) depth = 0;
    // A closing quote right after the end mark belongs to the sentence (……。”).
    let end = i + 1;
    if (sentences && CLOSE.has(text.charCodeAt(end))) end++;
    push(text, pieces, start, code === 10 ? i : end);
    start = end;
    i = end - 1;
  }
  push(text, pieces, start, to);
  return pieces;
}

function push(text: string, pieces: Piece[], start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  if (e > s) pieces.push({ start: s, end: e });
}
