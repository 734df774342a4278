/**
 * A label read with a word segmenter, for issue 14's comparison: jieba (`@node-rs/jieba`, its default dictionary)
 * tags the clause around a figure, folded to Simplified (jieba's dictionary is Simplified; folding keeps offsets),
 * and the label is what its part-of-speech tags make the thing counted:
 * - the nouns right after the figure's measure word (新建11个[基层立法联系点]), with the verb right before the
 *   number when there is one (新建基层立法联系点);
 * - else the run of nouns and verbs right before the number, back to a function word (举办代表培训班[12期]).
 * This is the reading the issue proposed; bench/accuracy.ts sets it beside ours and the whole clause.
 */
import { Jieba, type TaggedWord } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { foldToHans } from '../src/lexicon/fold.js';
import { wholeClauseSpan } from './label-agreement.js';

const CONTENT = /^(?:n|nr|ns|nt|nz|ng|vn|j|l|i|an|v|vd)$/;
const NOUN = /^(?:n|nr|ns|nt|nz|ng|vn|j|l|an)$/;

let jieba: Jieba | null = null;
/** Loading the dictionary is paid once, as a library user would. */
export function loadSegmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

interface Token extends TaggedWord {
  start: number;
  end: number;
}

function tokens(folded: string): Token[] {
  const out: Token[] = [];
  let at = 0;
  for (const word of loadSegmenter().tag(folded, true)) {
    out.push({ ...word, start: at, end: at + word.word.length });
    at += word.word.length;
  }
  return out;
}

/** The segmenter's label for the figure at [start, end) of `text` (as written: offsets into the original). */
export function segmenterLabel(text: string, start: number, end: number): string {
  const [from, to] = wholeClauseSpan(text, start, end);
  const clause = text.slice(from, to);
  const all = tokens(foldToHans(clause));
  const s = start - from;
  const e = end - from;
  const before = all.filter((t) => t.end <= s);
  const after = all.filter((t) => t.start >= e);
  const cut = (a: number, b: number) => clause.slice(a, b);
  // Nouns after the figure.
  let n = 0;
  while (n < after.length && NOUN.test((after[n] as Token).tag)) n++;
  if (n > 0) {
    const last = before.at(-1);
    const verb = last && /^v/.test(last.tag) ? cut(last.start, last.end) : '';
    return `${verb}${cut((after[0] as Token).start, (after[n - 1] as Token).end)}`;
  }
  // The content words right before the figure.
  let b = before.length;
  while (b > 0 && CONTENT.test((before[b - 1] as Token).tag)) b--;
  if (b < before.length) return cut((before[b] as Token).start, (before.at(-1) as Token).end);
  return '';
}

/** Milliseconds to load jieba's default dictionary into a fresh instance (what every cold process pays). */
export function dictionaryLoadMs(): number {
  const start = performance.now();
  Jieba.withDict(dict);
  return performance.now() - start;
}

/** Tags the whole of `text` (folded), as a segmenter-driven extractor would at least do. */
export function tagAll(text: string): number {
  return loadSegmenter().tag(foldToHans(text), true).length;
}
