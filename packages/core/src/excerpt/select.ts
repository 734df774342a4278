import { foldToHans } from '../lexicon/fold.js';
import { alternation, type Lexicon, memo } from '../lexicon/lexicon.js';
import { REMARK_COLUMNS } from '../lexicon/sheets.data.js';
import { type Normalized, normalize, toOriginalSpan } from '../normalize/normalize.js';
import { cityLabelLength } from '../split/markers.js';
import { MAX_QUOTE } from '../summarize/quote.js';
import type { CityReport, Metric, Span } from '../types.js';
import { ByStart } from './ranges.js';
import { clausesOf, type Piece, sentencesOf } from './sentences.js';

/**
 * The excerpt (摘编) of one city's report: its key sentences, lightly trimmed, in source order, within a length
 * budget. Each sentence is scored by what it carries — figures with a real label, firsts, laws and decisions,
 * named measures, verbs of work done — against boilerplate (plans, exhortations, quotations, rhetoric); within a
 * kept sentence, clauses that carry nothing and only say what something was for (进一步…, 切实…, 为推动…) are
 * trimmed. The words are the report's own, normalized (PDF damage repaired); every piece keeps its span.
 */

export interface ExcerptFigure {
  metric: Metric;
  /** Where the figure stands in the piece's `text`. */
  at: [number, number];
}

export interface ExcerptPiece {
  /** The words as printed before script conversion: normalized text of the input, no trailing clause mark. */
  text: string;
  /** Where they stand in the input. */
  span: Span;
  /** The whole sentence they were cut from, as written in the input, and its span. */
  quote: string;
  quoteSpan: Span;
  /** 1-based line of the input where the piece starts. */
  line: number;
  /** Index of its sentence in the report: pieces of one sentence are joined with ，, sentences end with 。. */
  sentence: number;
  figures: ExcerptFigure[];
  /** True when a person chose it (a reviewed extraction) rather than the scorer. */
  chosen?: boolean;
}

export interface ExcerptOptions {
  /** About this many characters a city (default DEFAULT_EXCERPT_LENGTH, 140). */
  budget: number;
  lexicon: Lexicon;
  /** Brand terms many cities share (the campaign's name): they say nothing about one city. */
  commonBrands?: ReadonlySet<string>;
  /** Spans (in the input) a person chose: these are the excerpt, in source order, untrimmed. */
  chosen?: readonly Span[];
  /** The input line of an input offset. */
  lineAt: (offset: number) => number;
}

/**
 * What a sentence after the first must carry to be kept: a figure of the work, a first, a law, a change of a named
 * thing (规模以上工业增加值增长6.9%), two other figures, or one other figure (1.5) with a verb of work done or a named
 * measure (1): 港口完成货物吞吐量1600万吨, not a bare 全市常住人口252万人.
 */
const MIN_SCORE = 2.5;

/** A sheet's remark as the reader writes it under its row's figures (备注：含补报3件), on a line of its own. */
const REMARK = new RegExp(`^(?:${alternation(REMARK_COLUMNS.map(foldToHans))})[：:]`);

interface Compiled {
  plan: RegExp;
  exhortation: RegExp;
  speech: RegExp;
  trimmed: RegExp;
  action: RegExp;
  backReference: RegExp;
  partOfPrevious: RegExp;
  leans: RegExp;
  /** A label that says how a named thing changed (规模以上工业增加值增长): CHANGE_VERBS at its end. */
  changed: RegExp;
}

function compile(lexicon: Lexicon): Compiled {
  return memo(lexicon, 'excerpt', (lex) => {
    const x = lex.excerpt;
    return {
      plan: new RegExp(
        `^(?:${alternation(x.PLAN_OPENERS)}|[^，。]{1,12}，(?:${alternation(x.PLAN_OPENERS.filter((w) => w.length > 1))}))`,
      ),
      exhortation: new RegExp(alternation(x.EXHORTATIONS), 'g'),
      speech: new RegExp(alternation(x.SPEECH_VERBS)),
      trimmed: new RegExp(`^(?:${alternation(x.TRIMMED_CLAUSE_OPENERS)})`),
      action: new RegExp(alternation(x.ACTION_WORDS)),
      backReference: new RegExp(`^(?:${alternation(x.BACK_REFERENCE_OPENERS)})`),
      partOfPrevious: new RegExp(`^(?:${alternation(x.PART_OPENERS)})`),
      leans: new RegExp(`^(?:${alternation(x.LEANING_OPENERS)})`),
      changed: new RegExp(`.(?:${alternation(lex.words.CHANGE_VERBS)})$`),
    };
  });
}

interface Located {
  start: number;
  end: number;
}

interface Facts {
  /** Normalized spans of the report's facts, by kind, sorted by start. */
  figures: ByStart<Located & { metric: Metric }>;
  firsts: ByStart<Located>;
  laws: ByStart<Located>;
  brands: ByStart<Located>;
}

/** What ends a sentence of prose (a table's row ends at its line's end, with none). */
const SENTENCE_STOP = /[。！？!?；;]/;

interface Scored {
  index: number;
  sentence: Piece;
  clauses: Piece[];
  score: number;
  length: number;
}

export function selectExcerpt(report: CityReport, options: ExcerptOptions): ExcerptPiece[] {
  const base = report.span[0];
  const normalized = normalize(report.text);
  const text = normalized.text;
  const folded = foldToHans(text);
  const toNorm = (offset: number) => normalizedOffset(normalized, offset - base);
  const common = options.commonBrands ?? new Set<string>();
  const located = (span: Span): Located => ({ start: toNorm(span[0]), end: toNorm(span[1]) });
  const facts: Facts = {
    figures: new ByStart(report.metrics.map((metric) => ({ metric, ...located(metric.span) }))),
    firsts: new ByStart(report.firsts.map((f) => located(f.span))),
    laws: new ByStart(report.laws.map((l) => located(l.span))),
    brands: new ByStart(report.brands.filter((b) => !common.has(b.text)).map((b) => located(b.span))),
  };
  const sentences = sentencesOf(text).flatMap((sentence) => withoutLabel(text, sentence));
  const piece = (index: number, span: Piece, chosen: boolean): ExcerptPiece => {
    const [s, e] = toOriginalSpan(normalized, [span.start, span.end]);
    // The sentence it was cut from, or the piece itself when the sentence runs on too long to cite whole.
    const whole = sentences[index] ?? span;
    const sentence = whole.end - whole.start > MAX_QUOTE ? span : whole;
    const [qs, qe] = toOriginalSpan(normalized, [sentence.start, sentence.end]);
    const words = text.slice(span.start, span.end).replace(/[，,：:、]$/u, '');
    return {
      text: words,
      span: [base + s, base + e],
      quote: report.text.slice(qs, qe),
      quoteSpan: [base + qs, base + qe],
      line: options.lineAt(base + s),
      sentence: index,
      figures: facts.figures
        .within(span.start, span.start + words.length)
        .filter((f) => f.end <= span.start + words.length)
        .map((f) => ({ metric: f.metric, at: [f.start - span.start, f.end - span.start] })),
      ...(chosen ? { chosen: true } : {}),
    };
  };

  if (options.chosen && options.chosen.length > 0) {
    return [...options.chosen]
      .sort((a, b) => a[0] - b[0])
      .map((span) => {
        const start = toNorm(Math.max(span[0], base));
        const end = toNorm(Math.min(span[1], report.span[1]));
        const index = sentences.findIndex((s) => s.end > start);
        return piece(index < 0 ? sentences.length - 1 : index, { start, end }, true);
      })
      .filter((p) => p.text !== '');
  }

  const c = compile(options.lexicon);
  const declaredRow = report.metrics.some((m) => m.declared === true);
  const leadIndex = sentences.findIndex(
    (sentence) =>
      sentence.end - sentence.start >= 16 &&
      c.action.test(folded.slice(sentence.start, sentence.end)) &&
      scoreOf(text, folded, sentence, facts, c) > 0,
  );
  // A row of a table (its cells a tab apart, as Word's and PDFs' tables are read, and no sentence's stop) is no
  // sentence to quote: 解决采纳率 71.2% 76.4% says nothing without its header. A sentence of prose with a tab in it
  // (1.⇥全市共建成…。, a Word paragraph's tab) is, and so is a sheet's declared row, quoted as a row.
  const isTableRow = (sentence: Piece): boolean => {
    if (SENTENCE_STOP.test(text.charAt(sentence.end - 1))) return false;
    const [qs, qe] = toOriginalSpan(normalized, [sentence.start, sentence.end]);
    return (
      report.text.slice(qs, qe).includes('\t') &&
      !facts.figures.within(sentence.start, sentence.end).some((f) => f.metric.declared === true)
    );
  };
  const scored: Scored[] = sentences.map((sentence, index) => {
    if (isTableRow(sentence)) return { index, sentence, clauses: [], score: 0, length: 0 };
    const clauses = trimClauses(text, folded, sentence, facts, c, options.budget);
    const length = clauses.reduce((n, cl) => n + cl.end - cl.start + 1, 0);
    let score = scoreOf(text, folded, sentence, facts, c);
    // The report's lead (its first sentence that says what was done) opens its part when it can.
    if (index === leadIndex) score += 2;
    // A sentence that refers back (此前, 对此 …) needs the one before it.
    if (c.backReference.test(folded.slice(sentence.start, sentence.end))) score -= 2;
    // A sheet's remark on its row (备注：…) goes with the row's figures, whatever it carries.
    if (declaredRow && atLineStart(text, sentence) && REMARK.test(folded.slice(sentence.start, sentence.end)))
      score = Math.max(score, MIN_SCORE);
    return { index, sentence, clauses, score, length };
  });
  const picked: Scored[] = [];
  let used = 0;
  for (const candidate of [...scored].sort((a, b) => b.score - a.score || a.index - b.index)) {
    if (candidate.score <= 0 || candidate.clauses.length === 0) break;
    // After the best sentence, only those that carry something (MIN_SCORE).
    if (picked.length > 0 && candidate.score < MIN_SCORE) break;
    // A run-on "sentence" many times the budget (a paragraph without punctuation) cannot be quoted in part.
    if (candidate.length > 3 * options.budget) continue;
    if (picked.length > 0 && used + candidate.length > options.budget) continue;
    const opening = folded.slice(candidate.sentence.start, candidate.sentence.end);
    if (c.partOfPrevious.test(opening) && !picked.some((p) => p.index === candidate.index - 1)) continue;
    picked.push(candidate);
    used += candidate.length;
    if (used >= options.budget) break;
  }
  // A report with nothing but plain statements still has its say: its best sentence that is not a plan or a quote.
  if (picked.length === 0) {
    const best = [...scored]
      .filter((s) => s.score === 0 && s.clauses.length > 0 && s.length <= 3 * options.budget)
      .sort((a, b) => b.length - a.length || a.index - b.index)[0];
    if (best) picked.push(best);
  }
  return picked
    .sort((a, b) => a.index - b.index)
    .flatMap((s) => runs(s.clauses).map((run) => piece(s.index, run, false)));
}

const atLineStart = (text: string, sentence: Piece): boolean =>
  sentence.start === 0 || text.charCodeAt(sentence.start - 1) === 10;

/** A sentence without the city's label that opens its line (南京市：, 【南京】; the part's heading says it already);
 * none when the label is all there is. */
function withoutLabel(text: string, sentence: Piece): Piece[] {
  if (!atLineStart(text, sentence)) return [sentence];
  const label = cityLabelLength(text.slice(sentence.start, sentence.end));
  if (label === 0) return [sentence];
  const start = sentence.start + label;
  return start < sentence.end ? [{ start, end: sentence.end }] : [];
}

/**
 * What a figure gives its sentence. A rate or an uncategorized count says less about the work than a count of it
 * (常委会……组织调研36次), but two of them carry a sentence past MIN_SCORE: a report of the economy is all such figures
 * (GDP, output, income). How a named thing changed (规模以上工业增加值增长6.9%) carries one alone, as an economy's
 * news, where a bare level (全市常住人口252万人) does not. A figure structured input declared (a sheet's cell:
 * 立法件数：5件, 新设经营主体：46000户) is one the office chose to report, whatever it counts. A restatement adds little.
 */
function weightOf(m: Metric, c: Compiled): number {
  if (m.restates) return 0.5;
  if (m.declared === true || (m.category !== 'other' && m.family !== 'other' && m.family !== 'rate'))
    return 3;
  return m.family === 'rate' && c.changed.test(foldToHans(m.label)) ? MIN_SCORE : 1.5;
}

/** Score of a sentence: what it carries, less what marks it as boilerplate. */
function scoreOf(text: string, folded: string, sentence: Piece, facts: Facts, c: Compiled): number {
  const inside = (list: ByStart<Located>) =>
    list.within(sentence.start, sentence.end).filter((f) => f.end <= sentence.end).length;
  const own = folded.slice(sentence.start, sentence.end);
  let score = 0;
  for (const f of facts.figures.within(sentence.start, sentence.end)) score += weightOf(f.metric, c);
  score += 4 * inside(facts.firsts);
  score += 3 * inside(facts.laws);
  const acts = c.action.test(own);
  // A named measure counts when the sentence says what was done with it, not a slogan on its own (堅持“三協同”).
  if (acts || score > 0) score += Math.min(2, inside(facts.brands));
  if (acts) score += 1;
  // A short line with no figure, first or law is a heading in prose (以学促干，有问题“马上就办”).
  const carries =
    facts.figures.any(sentence.start, sentence.end) || inside(facts.firsts) + inside(facts.laws) > 0;
  if (!carries && score <= 3 && sentence.end - sentence.start < 16) return 0;
  if (c.plan.test(own)) return -10;
  // A quotation (a leader's words, a resident's thanks) is not the city's report of its work.
  const quoted = /^[“「]/.test(own) || (/[“「][^”」]{12,}[”」]/.test(own) && c.speech.test(own));
  if (quoted) return -8;
  score -= 3 * (own.match(c.exhortation) ?? []).length;
  if (!/[。！？；!?;]$/.test(text.slice(sentence.start, sentence.end)) && score < 3) score -= 1;
  return score;
}

/** The clauses of a sentence worth printing: all that carry a fact or a verb of work done, unless purely purpose. */
function trimClauses(
  text: string,
  folded: string,
  sentence: Piece,
  facts: Facts,
  c: Compiled,
  budget: number,
): Piece[] {
  const clauses = clausesOf(text, sentence);
  // A first or a law may start in an earlier clause of the sentence and reach into this one.
  const reaches = (list: ByStart<Located>, cl: Piece) =>
    list.within(sentence.start, cl.end).some((f) => f.end > cl.start);
  const hasFact = (cl: Piece) =>
    facts.figures.any(cl.start, cl.end) || reaches(facts.firsts, cl) || reaches(facts.laws, cl);
  let previousKept = true;
  const kept = clauses.filter((cl) => {
    const own = folded.slice(cl.start, cl.end);
    // A clause that leans on the one before it (并被评为…, 还…) goes when that one went.
    const keep =
      hasFact(cl) ||
      (!c.trimmed.test(own) && !(c.exhortation.test(own) || false) && (previousKept || !c.leans.test(own)));
    c.exhortation.lastIndex = 0;
    previousKept = keep;
    return keep;
  });
  c.exhortation.lastIndex = 0;
  // A sentence longer than the whole budget keeps only the clauses that carry a fact.
  const length = kept.reduce((n, cl) => n + cl.end - cl.start, 0);
  if (length > budget) {
    const factual = kept.filter(hasFact);
    if (factual.length > 0) return factual;
  }
  return kept;
}

/** Adjacent clauses joined into runs (one piece each), so a trimmed sentence prints as few pieces as it can. */
function runs(clauses: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const clause of clauses) {
    const last = out.at(-1);
    // Adjacent when only the clause mark (and spaces) stands between them.
    if (last && clause.start - last.end <= 2) last.end = clause.end;
    else out.push({ ...clause });
  }
  return out;
}

/** The normalized offset of an offset in the text that was normalized (the first unit at or after it). */
function normalizedOffset(normalized: Normalized, original: number): number {
  const map = normalized.map;
  let low = 0;
  let high = normalized.text.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((map[mid] as number) < original) low = mid + 1;
    else high = mid;
  }
  return low;
}
