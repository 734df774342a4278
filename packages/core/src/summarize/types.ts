import type { ExcerptPiece } from '../excerpt/select.js';
import type { Category, Indicator, Metric, Qualifier, Role, Script, Span, UnitFamily } from '../types.js';

export type { ExcerptFigure, ExcerptPiece } from '../excerpt/select.js';

/**
 * The province-wide summary: what compose writes the briefing from. Plain JSON, kept in the data's own
 * terms (numbers, units, categories, spans, strings as written); wording is compose's job.
 */
export const PROVINCIAL_SUMMARY_VERSION = 2 as const;

/** How a sum may be read: `exact` adds exact figures; `at_least` has a 余/多/超/range part; `approx` a 近/约 part. */
export type BoundQualifier = 'exact' | 'at_least' | 'approx';

/** A figure as one city reported it, with the sentence it stands in (cut from `CityReport.text`). */
export interface FigureRef {
  city: string | null;
  origin: string | null;
  metric: Metric;
  /** The sentence the figure stands in, as written in the input. */
  quote: string;
  quoteSpan: Span;
  /** 1-based line of the input where the figure stands. */
  line: number;
}

/** A fact that is not a number (a first, a law, a brand), with its sentence. */
export interface FactRef {
  city: string | null;
  origin: string | null;
  text: string;
  span: Span;
  quote: string;
  quoteSpan: Span;
  line: number;
  /** For a first: its scope as written (全國, 省內 …) and who, when the claim names someone; else null. */
  scope?: string | null;
  subject?: string | null;
}

/** One addend of a total. `counted: false` marks a restatement of a figure the same city already gave. */
export interface Contribution extends FigureRef {
  counted: boolean;
}

/** A lone figure keeps its own qualifier (80余 stays `more_than`); a sum of several gets a bound. */
export type AmountQualifier = Qualifier | 'at_least';

/** A city's own sum within one (category, unit). */
export interface CityAmount {
  city: string;
  value: number;
  /** Upper end when the amount is a lone range (3萬至4萬), else null. */
  valueMax: number | null;
  qualifier: AmountQualifier;
  /** The figures behind it (counted ones only). */
  figures: FigureRef[];
}

/**
 * Province-wide total of one indicator: figures that count the same thing the same way (same thing, unit family
 * and role), whatever their unit's script or word (場 and 期 are both times). Different indicators never mix.
 */
export interface ProvincialTotal {
  indicator: Indicator;
  /** How the briefing names it (the lexicon indicator's name, or the label when the lexicon has none). */
  name: string;
  family: UnitFamily;
  role: Role;
  category: Category;
  /** The unit the total is printed in: the one most of its figures use. */
  unit: string;
  /** Sum of the counted figures' values (a range contributes its lower end). */
  value: number;
  qualifier: BoundQualifier;
  /** Every figure of this indicator, in input order; restatements are listed with `counted: false`. */
  contributions: Contribution[];
  /** Per-city sums, in input order. */
  byCity: CityAmount[];
  /** Cities with a figure here, in input order. */
  cities: string[];
  /** Cities that reported nothing for it, in input order. */
  missing: string[];
}

export interface RankingEntry {
  rank: number;
  city: string;
  value: number;
  valueMax: number | null;
  qualifier: AmountQualifier;
}

/** Cities ranked by their amount in one indicator, largest first; ties keep input order and share a rank. */
export interface Ranking {
  indicator: Indicator;
  unit: string;
  entries: RankingEntry[];
}

export interface CitySummary {
  city: string;
  /** False for a city named in `SummarizeOptions.cities` that sent no report. */
  reported: boolean;
  origin: string | null;
  /** The attribution line (南京市人大常委會研究室, 錫人宣), as written, or null. */
  source: string | null;
  /** The report's own title (front matter or a structured field), or null. */
  title: string | null;
  /** Every input the city came from, in order (two when it was given twice). */
  origins: Array<string | null>;
  /** The city's own key sentences, trimmed, in source order: what the briefing quotes. */
  excerpt: ExcerptPiece[];
  span: Span;
  script: Script;
  date: string | null;
  /** The most telling figure per category, in category order (see `keyFigures`). */
  keyFigures: FigureRef[];
  /** How many figures the city reported in all. */
  figureCount: number;
  firsts: FactRef[];
  laws: FactRef[];
  brands: FactRef[];
  /** Titles in 《》 that are not laws. */
  titles: FactRef[];
  /** ISO dates the city's report mentions, in input order. */
  dates: string[];
}

/** The input's own preface (編者按), kept as written. */
export interface Preface {
  text: string;
  origin: string | null;
  span: Span;
  /** The title of the compilation it opens, when it has one (the reader's `title` of a preface report). */
  title?: string | null;
}

export interface ProvincialSummary {
  schemaVersion: typeof PROVINCIAL_SUMMARY_VERSION;
  /** The reports' script: the one they share, else `mixed`. */
  script: Script;
  /** Cities in input order. */
  cities: CitySummary[];
  /** One per (category, unit), ordered by category, then by how many cities reported it, then by where it first appears. */
  totals: ProvincialTotal[];
  rankings: Ranking[];
  /** The input's own prefaces (編者按), in input order; usually none or one. */
  prefaces: Preface[];
  /** Latest full date (YYYY-MM-DD) given by a report's date or mentioned in the reports, or null. */
  latestDate: string | null;
  /** Figures that were not summed, and why (see UnsummedReason), so nothing is silently lost. */
  unsummed: Array<FigureRef & { reason: UnsummedReason }>;
  /** Measures several cities share (南京、无锡等8个市举办人大代表讲坛), most-shared first. */
  measures: SharedMeasure[];
  /** How the figures were read and added: for the JSON (and an optional appendix), never the briefing's body. */
  method: string[];
  /** Non-fatal findings (a city given twice …), with codes, in input order. */
  warnings: SummaryWarning[];
}

export interface SharedMeasure {
  id: string;
  /** The plain statement the overview makes (Simplified): 以人大代表讲坛为载体推动学习. */
  phrase: string;
  cities: string[];
}

export interface SummaryWarning {
  code: 'DUPLICATE_CITY';
  message: string;
  city: string;
  origins: Array<string | null>;
}

/**
 * Why a figure was not summed: a percentage (`rate`), a figure per head or on average (`average`: 人均可支配收入,
 * 平均工资, which add up to nothing), or a figure of no indicator the lexicon knows that the input did not declare
 * (`other`).
 */
export type UnsummedReason = 'rate' | 'average' | 'other';
