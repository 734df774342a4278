import { findCityMentions } from '../gazetteer/gazetteer.js';
import { checkOptions, checkRecordWith, checkSource } from '../guard.js';
import { isFigureValue } from '../ingest/limits.js';
import { readText } from '../ingest/read-text.js';
import { REPORT_NAME_ENDINGS } from '../lexicon/excerpt.data.js';
import { foldToHans } from '../lexicon/fold.js';
import { alternation, type Lexicon } from '../lexicon/lexicon.js';
import { normalize } from '../normalize/normalize.js';
import { countScriptEvidence, dominantFromEvidence, scriptFromEvidence } from '../script/detect.js';
import { compilationTitleText, isCompilationTitle } from '../split/markers.js';
import { splitSections } from '../split/split.js';
import type { CityReport, ExtractedSection, Extraction, Metric, Source, Span } from '../types.js';
import { extractFacts } from './facts.js';

export interface ExtractOptions {
  /** ISO date that relative dates (去年, 今年, 上半年) resolve against; default the source's `meta.date`. */
  referenceDate?: string;
  /** A file name for messages and provenance, when `input` is a string. */
  origin?: string;
  /** At most this many sections (default DEFAULT_MAX_SECTIONS, 1000); more → INPUT_TOO_MANY_SECTIONS. */
  maxSections?: number;
  /** Word lists and tables (units, indicators, firsts, laws …); default `defaultLexicon`. */
  lexicon?: Lexicon;
}

/**
 * The extraction pipeline: read (if a string), split into sections, normalize each section, extract its facts and
 * map every span back to the input, so `source.text.slice(start, end) === text` whatever the normalizer changed.
 * Figures supplied by structured input are passed through into their section (and win over prose figures at the
 * same place).
 */
export function extract(input: Source | string, options: ExtractOptions = {}): Extraction {
  checkSource('extract', 'input', input, true);
  checkOptions('extract', options);
  const source = toSource(input, options);
  const text = source.text;
  const referenceDate = options.referenceDate ?? source.meta.date;
  const supplied = source.suppliedMetrics ?? [];
  // One count of the script evidence serves both the splitter (city names' script) and the result.
  const evidence = countScriptEvidence(text);
  const split = {
    script: dominantFromEvidence(evidence),
    ...(options.maxSections === undefined ? {} : { maxSections: options.maxSections }),
  };
  const sections = splitSections(source, split).map((section): ExtractedSection => {
    const to = section.span[1];
    // A front matter (the first section's head) holds metadata, not report text: facts start after it.
    const from = Math.min(to, Math.max(section.span[0], source.bodyStart ?? 0));
    const normalized = normalize(text.slice(from, to));
    const facts = extractFacts(normalized.text, {
      ...(referenceDate ? { referenceDate } : {}),
      ...(options.lexicon ? { lexicon: options.lexicon } : {}),
    });
    // Spans from extractFacts lie within the normalized text by construction: mapped without toOriginalSpan's checks.
    const map = normalized.map;
    const back = (span: Span): Span => {
      const start = (map[span[0]] as number) + from;
      return [start, span[0] === span[1] ? start : (map[span[1] - 1] as number) + 1 + from];
    };
    const cut = (span: Span): { text: string; span: Span } => {
      const original = back(span);
      return { text: text.slice(original[0], original[1]), span: original };
    };
    // The facts and their spans are this call's own objects: they move to the input's offsets in place rather than
    // being copied (a new array per fact was a tenth of the time spent here, on 10 MB).
    const moveBack = (x: { text: string; span: Span }): void => {
      const span = x.span;
      const start = span[0];
      span[0] = (map[start] as number) + from;
      span[1] = start === span[1] ? span[0] : (map[span[1] - 1] as number) + 1 + from;
      x.text = text.slice(span[0], span[1]);
    };
    const own = supplied.filter((m) => m.span[0] >= from && m.span[0] < to);
    // Where supplied figures stand (a mark per character: checking each prose figure against each supplied one
    // was quadratic); a number beyond MAX_FIGURE_VALUE (400 digits → Infinity) is not a figure.
    const taken = own.length > 0 ? new Uint8Array(to - from) : null;
    for (const o of own) taken?.fill(1, o.span[0] - from, o.span[1] - from);
    const metrics: Metric[] = [];
    // Every figure moves first: a restatement holds the very span of the figure it restates, which moves with it.
    for (const m of facts.metrics) moveBack(m);
    for (const m of facts.metrics) {
      if (!isFigureValue(m.value) || (m.valueMax !== null && !isFigureValue(m.valueMax))) continue;
      if (taken?.subarray(m.span[0] - from, m.span[1] - from).includes(1)) continue;
      metrics.push(m);
    }
    for (const metric of own) metrics.push(metric);
    metrics.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
    for (const x of facts.firsts) moveBack(x);
    for (const x of facts.titles) moveBack(x);
    for (const x of facts.brands) moveBack(x);
    return {
      ...section,
      metrics,
      firsts: facts.firsts,
      laws: facts.laws.map((x) => {
        const { text: title, span } = cut(x.span);
        return { title, span, marked: x.marked };
      }),
      dates: facts.dates.map((x) => {
        const { text: dateText, span } = cut(x.span);
        return { text: dateText, span, iso: x.iso };
      }),
      titles: facts.titles,
      brands: facts.brands,
    };
  });
  return { schemaVersion: 2, script: scriptFromEvidence(evidence), sections };
}

/**
 * The city sections of an input as CityReports (what summarize() reads), each with its own text, origin, the
 * source's date and the input's script. The preface is left out: it speaks for the province, not a city.
 */
export function extractReports(input: Source | string, options: ExtractOptions = {}): CityReport[] {
  const source = toSource(input, options);
  return reportsOf(source, extract(source, options), { origin: options.origin });
}

/**
 * The reports of an extraction already made from `source` (so a caller that wants both the contract and the
 * reports extracts once). With `preface: true` the preface (編者按) comes too, as a report of kind `preface`:
 * summarize() hands it to compose as the input's own editor's note.
 */
export function reportsOf(
  given: Source,
  extraction: Extraction,
  options: { preface?: boolean; origin?: string | undefined } = {},
): CityReport[] {
  checkSource('reportsOf', 'source', given);
  const source = withMeta(given);
  checkRecordWith('reportsOf', 'extraction', extraction, 'sections');
  checkOptions('reportsOf', options);
  const origin = source.origin ?? options.origin ?? null;
  const lineAt = lineIndex(source.text);
  // The file's own title (front matter, a web page's <h1>, a Word title) is its city's title only when the file is
  // one city's report: a compilation's title (全省各市人大工作情况汇编) heads none of its cities.
  const single = extraction.sections.filter((section) => section.kind === 'city').length === 1;
  return extraction.sections
    .filter((section) => section.kind === 'city' || (options.preface === true && section.kind === 'preface'))
    .map((section) => ({
      ...section,
      origin,
      line: lineAt(section.span[0]),
      title:
        section.kind === 'preface' && !single
          ? compilationTitle(source, section.span)
          : titleOf(source, section, single),
      date: source.meta.date ?? null,
      script: extraction.script,
      text: source.text.slice(section.span[0], section.span[1]),
    }));
}

function toSource(input: Source | string, options: ExtractOptions): Source {
  return typeof input === 'string'
    ? readText('readSource', input, { origin: options.origin ?? null }, {})
    : withMeta(input);
}

/** A Source made by hand may leave out what it does not know (`{ text }`): no meta is empty meta, as splitSections reads it. */
function withMeta(source: Source): Source {
  return source.meta ? source : { ...source, meta: {} };
}

/** 1-based line of an offset, by binary search over the text's line starts (one pass to index them). */
export function lineIndex(text: string): (offset: number) => number {
  const starts: number[] = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
}

/** The title of a compilation of several cities: its file's own, else its preface's first line if that is a bare title. */
function compilationTitle(source: Source, span: Span): string | null {
  if (source.meta.title) return source.meta.title;
  const first = source.text.slice(span[0], span[1]).trim().split('\n')[0]?.trim() ?? '';
  return isCompilationTitle(first) ? compilationTitleText(first) : null;
}

/**
 * The title of the record a section came from (structured input), or the file's own when it is one report: its
 * meta's (a Word title, a web page's <h1>, front matter), else its first line when that reads as one
 * (盐城市经济运行情况).
 */
function titleOf(source: Source, section: ExtractedSection, single: boolean): string | null {
  const [start] = section.span;
  const part = source.parts?.find((p) => p.span[0] <= start && start < p.span[1]);
  if (part) return part.title ?? null;
  if (!single) return null;
  return (
    source.meta.title ?? (PROSE_FORMATS.has(source.format) ? firstLineTitle(source, section.city) : null)
  );
}

/** Formats whose text is the report's own prose, its title on its first line (a sheet's or a record's is not). */
const PROSE_FORMATS = new Set<string>(['text', 'markdown', 'docx', 'pdf', 'html']);
const REPORT_TITLE = new RegExp(
  `^[^。！？!?；;，,：:、（）()]{4,40}(?:${alternation(REPORT_NAME_ENDINGS)})$`,
);

/**
 * A report's first line when it is its title: no sentence in it, opening with the report's city and ending with the
 * document's name (南通市前三季度经济运行简况, 盐城市人大常委会代表工作情况). Typed or pasted reports keep their title
 * so, and so does a PDF whose title is set in the body's size; a first line of prose, or a headline (南京：…), is none.
 */
function firstLineTitle(source: Source, city: string | null): string | null {
  const [first = ''] = source.text
    .slice(source.bodyStart ?? 0)
    .trimStart()
    .split('\n', 1);
  const line = compilationTitleText(first);
  if (city === null || !REPORT_TITLE.test(foldToHans(line))) return null;
  const named = findCityMentions(line.slice(0, 12))[0];
  return named?.span[0] === 0 && named.city.name.hans === foldToHans(city) ? line : null;
}
