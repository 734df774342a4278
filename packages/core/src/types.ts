/**
 * The data that flows between core's stages (see DESIGN.md). Everything here is plain JSON.
 * A `Span` is `[start, end)` in UTF-16 code units of the input as decoded (BOM removed):
 * `input.slice(start, end)` is the text the fact was read from, whatever the normalizer changed.
 */
export type Span = [start: number, end: number];

/** `hans` Simplified, `hant` Traditional, `mixed` both in earnest. */
export type Script = 'hans' | 'hant' | 'mixed';

export type InputFormat =
  | 'text'
  | 'markdown'
  | 'json'
  | 'csv'
  | 'docx'
  /** Read by readSourceAsync only (ingest/read-source-async.ts). */
  | 'xlsx'
  | 'pdf'
  | 'html'
  /**
   * Old Office, WPS and OpenDocument files (.doc .wps .xls .et .ods .odt): refused by core with
   * INPUT_NEEDS_CONVERSION; the CLI converts them with LibreOffice first.
   */
  | 'doc';

/** The input exactly as decoded: every offset in jianbao refers to `text`. */
export interface Source {
  text: string;
  /** Where it came from (a file name), for messages and provenance; null for anonymous strings. */
  origin: string | null;
  format: InputFormat;
  /** Front matter or structured fields (city, source, date, title) when the input had them. */
  meta: SourceMeta;
  /**
   * Where the content starts: after a Markdown front matter (which is kept in `text`, read into `meta`, and
   * belongs to the first section without being searched for facts). 0 or absent for other inputs.
   */
  bodyStart?: number;
  /** Figures supplied ready-made by structured input (JSON/CSV); their spans point into `text`. */
  suppliedMetrics?: Metric[];
  /** Structured input (JSON/CSV): one part per city record, in order; their spans partition `text`. */
  parts?: SourcePart[];
}

/** One record of structured input: its fields, and the slice of `Source.text` that holds its prose. */
export interface SourcePart extends SourceMeta {
  span: Span;
}

export interface SourceMeta {
  city?: string;
  source?: string;
  date?: string;
  title?: string;
}

export type SectionKind = 'preface' | 'city';

/** A lossless slice of the input: the sections of one input partition `[0, text.length)`. */
export interface Section {
  kind: SectionKind;
  /** Short city name in the input's script (南京, 連雲港), or null (preface, or no city found). */
  city: string | null;
  /** The attribution (南京市人大常委會研究室, 錫人宣, 許君璞 應秀梅) without parentheses, or null. */
  source: string | null;
  span: Span;
}

export type Qualifier = 'exact' | 'more_than' | 'nearly' | 'over' | 'approx' | 'range';

export const QUALIFIERS: readonly Qualifier[] = ['exact', 'more_than', 'nearly', 'over', 'approx', 'range'];

export type Category =
  | 'deputies'
  | 'training'
  | 'lectures'
  | 'research'
  | 'legislation'
  | 'supervision'
  | 'suggestions'
  | 'problems_solved'
  | 'visits'
  | 'platforms'
  | 'projects'
  | 'participation'
  | 'rate'
  | 'other';

export const CATEGORIES: readonly Category[] = [
  'deputies',
  'training',
  'lectures',
  'research',
  'legislation',
  'supervision',
  'suggestions',
  'problems_solved',
  'visits',
  'platforms',
  'projects',
  'participation',
  'rate',
  'other',
];

/**
 * What a unit measures, so figures in 場 and 期 (both times) may be compared and 名 and 人次 never are:
 * people 名/位/人 · person_times 人次 · times 次/場/期 · items 件/條/項/個 · money 元 · area 畝/公頃 · length 公里 ·
 * rate % · other (戶, 噸 …: compared only with the same unit).
 */
export type UnitFamily =
  | 'people'
  | 'person_times'
  | 'times'
  | 'items'
  | 'money'
  | 'area'
  | 'length'
  | 'rate'
  | 'other';

export const UNIT_FAMILIES: readonly UnitFamily[] = [
  'people',
  'person_times',
  'times',
  'items',
  'money',
  'area',
  'length',
  'rate',
  'other',
];

/**
 * How a figure counts: `stock` what exists (全市有8300余名代表) · `participants` who took part (組織298名代表列席)
 * · `activity` events held (舉辦講壇80余場) · `output` what was produced (形成調研報告20篇) · `outcome` what was
 * achieved (推動解決問題16710個) · `rate` · `money`.
 */
export type Role = 'stock' | 'participants' | 'activity' | 'output' | 'outcome' | 'rate' | 'money';

/**
 * When two figures may be added: `thing|measure|role` (see {@link Metric.indicator}). The thing and the measure are
 * open (a lexicon may add both); the role is one of {@link Role}.
 */
export type Indicator = `${string}|${string}|${Role}`;

export const ROLES: readonly Role[] = [
  'stock',
  'participants',
  'activity',
  'output',
  'outcome',
  'rate',
  'money',
];

/** One figure: 組織專題調研1198次 → { value: 1198, unit: '次', qualifier: 'exact', category: 'research' }. */
export interface Metric {
  /** 萬/億 applied; money in 元; percentages as the number with unit `%`. */
  value: number;
  /** Upper end of a range (3萬至4萬戶), else null. */
  valueMax: number | null;
  /** The measure word as written (項 or 项). */
  unit: string;
  family: UnitFamily;
  qualifier: Qualifier;
  /** What is counted, in the source's words, 2–16 characters (舉辦代表培訓班, 列席常委會會議的市人大代表). */
  label: string;
  role: Role;
  /**
   * When two figures may be added: `thing|measure|role`, the thing being a lexicon indicator id (lectures,
   * deputy_suggestions …) or the Simplified label; the measure the unit family, `other:<unit>` for a family of its
   * own, or a unit's own (`item_times` for 件次). Same key ⇒ comparable; different keys are never summed.
   */
  indicator: Indicator;
  /** For grouping and table headers; decided from the indicator. */
  category: Category;
  /** Span of the earlier figure of the same section this one restates (a repeat, or a breakdown of it), else null. */
  restates: Span | null;
  /** The figure as written in the input: `input.slice(span[0], span[1])`. */
  text: string;
  span: Span;
  /** True when a person edited or added it in a reviewed extraction. */
  reviewed?: boolean;
  /**
   * True when structured input declared it (a sheet's column, a record's figure): its label is the input's own
   * name for the column, so every city's figure under it counts the same thing the same way, known to the lexicon
   * or not (立法件数). Such figures are added up even when their category is `other`.
   */
  declared?: boolean;
}

/** Where a first is first: 全國, 全省, 省內, 蘇中蘇北地區, 該市 … as written; `first_time` for 首次. */
export interface First {
  /** The whole claim as the source states it (在省內率先作出“加強生物多樣性保護的決定”). */
  text: string;
  span: Span;
  /** The scope as written (全國, 全省, 省內, 蘇中蘇北地區, 該市), or null (率先 with no place; 首次). */
  scope: string | null;
  /** `first_in_scope` (率先, 首個, 首部 …) or `first_time` (首次). */
  kind: 'first_in_scope' | 'first_time';
  /** Who, when the claim names someone other than the city (興化, 靖江), else null. */
  subject: string | null;
}

export interface Law {
  /** Without 《》 or quotes. */
  title: string;
  span: Span;
  /** True when the name was written in 《》 or quotes. */
  marked: boolean;
}

export interface DateMention {
  text: string;
  /** ISO 8601 to the precision written: 2023, 2023-12, 2023-12-08. */
  iso: string;
  span: Span;
}

export interface Term {
  text: string;
  span: Span;
}

/** A section with what was extracted from it: the extraction contract's section. */
export interface ExtractedSection extends Section {
  metrics: Metric[];
  firsts: First[];
  laws: Law[];
  dates: DateMention[];
  /** Titles in 《》 that are not laws. */
  titles: Term[];
  /** Brand terms and slogans in “” (四個走在前, 132、找代表). */
  brands: Term[];
}

/** What `jianbao extract --json` prints, and what `extract()` returns. */
export interface Extraction {
  schemaVersion: 2;
  script: Script;
  sections: ExtractedSection[];
}

/**
 * A city's report as summarize() sees it: an extracted section plus where it came from.
 * `text` is the section's own text (`input.slice(span[0], span[1])`), so quotes can be cut from it
 * without carrying the whole input: a figure's sentence is around `text.slice(s - span[0], e - span[0])`.
 */
export interface CityReport extends ExtractedSection {
  origin: string | null;
  /** 1-based line of the input where the section starts (for references a person can look up); default 1. */
  line?: number;
  /**
   * The report's own title (front matter or a structured field), if it has one. A preface's title is its
   * compilation's (全省各市一季度经济运行情况汇编): the file's, or the preface's first line when that is a bare title.
   */
  title?: string | null;
  /** The report's date (front matter or structured field), ISO, or null. */
  date: string | null;
  script: Script;
  text: string;
}
