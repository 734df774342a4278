import { JianbaoError } from '../errors.js';
import { selectExcerpt } from '../excerpt/select.js';
import { lineIndex } from '../extract/extract.js';
import { normalizeCityName } from '../gazetteer/gazetteer.js';
import { checkKnownOptions } from '../guard.js';
import { foldToHans } from '../lexicon/fold.js';
import { alternation, defaultLexicon, type Lexicon, memo } from '../lexicon/lexicon.js';
import type { CityReport, Script, Span } from '../types.js';
import { keyFigures } from './keyFigures.js';
import { METHOD_NOTE } from './method.js';
import { standInName } from './own-name.js';
import { sentenceAround } from './quote.js';
import { rankings } from './rankings.js';
import { provincialTotals } from './totals.js';
import {
  type CitySummary,
  type FactRef,
  type FigureRef,
  PROVINCIAL_SUMMARY_VERSION,
  type Preface,
  type ProvincialSummary,
  type SharedMeasure,
  type SummaryWarning,
  type UnsummedReason,
} from './types.js';
import { checkReports } from './validate.js';

export interface SummarizeOptions {
  /**
   * Cities the province has, in the order to list them (short names as the reports write them). Cities
   * listed here but absent from the reports show up as reporting nothing; default: the reports' cities.
   */
  cities?: string[];
  /**
   * The input's own preface (編者按), for when the reports come without it (`extractReports` leaves it out):
   * e.g. the `preface` sections of `extract()`, as `{ text, origin, span }`. Kept after any preface reports.
   */
  prefaces?: Preface[];
  /**
   * About this many characters of each city's own sentences in its part of the briefing (default 140 for 13 cities
   * or more; fewer cities share 13 × 140 characters, up to 420 each).
   */
  excerptLength?: number;
  /**
   * Sentences a person chose for a city's part (a reviewed extraction): spans in the city's input, by city name
   * as the reports write it. A city listed here prints exactly these, in source order.
   */
  chosenSentences?: Record<string, Span[]>;
  /** Word lists and tables (default `defaultLexicon`). */
  lexicon?: Lexicon;
  /**
   * The order of the cities when `cities` does not give it: `'official'` (default) lists them as the province
   * does, by their administrative codes (南京、无锡、徐州……), when every one is a city the gazetteer knows, whatever
   * order the files came in (a folder lists 常州 before 南京); `'input'` keeps the order of the reports.
   */
  order?: 'official' | 'input';
}

/** The options summarize knows; any other is refused (USAGE), never ignored. */
export const SUMMARIZE_OPTIONS = [
  'cities',
  'prefaces',
  'excerptLength',
  'chosenSentences',
  'lexicon',
  'order',
] as const satisfies readonly (keyof SummarizeOptions)[];

export const DEFAULT_EXCERPT_LENGTH = 140;

/**
 * The characters of the cities' own sentences a briefing holds: 13 cities at {@link DEFAULT_EXCERPT_LENGTH} (with the
 * overview and the 版记, seven pages). Fewer cities share it, up to three times the default each: a briefing of two
 * cities quotes each more fully, not the same five lines on a page left half empty.
 */
const BRIEFING_EXCERPT_LENGTH = 13 * DEFAULT_EXCERPT_LENGTH;
const MAX_DEFAULT_EXCERPT_LENGTH = 3 * DEFAULT_EXCERPT_LENGTH;

/** About this many characters a city when `excerptLength` is not given, for `cities` cities. */
export function defaultExcerptLength(cities: number): number {
  const share = Math.round(BRIEFING_EXCERPT_LENGTH / Math.max(1, cities));
  return Math.min(MAX_DEFAULT_EXCERPT_LENGTH, Math.max(DEFAULT_EXCERPT_LENGTH, share));
}

/**
 * Adds city reports up into a province-wide summary: each city's own key sentences (the excerpt), honest totals
 * per indicator, the measures cities share, each city's firsts, laws and brands. Sections of kind `preface`
 * become the summary's prefaces. Percentages, figures per head or on average (人均, 平均) and `other` figures are
 * never summed; they are listed in `unsummed`. A city given twice (two files, or a file and a record) is one city,
 * with a warning.
 */
export function summarize(reports: readonly CityReport[], options: SummarizeOptions = {}): ProvincialSummary {
  if (!Array.isArray(reports)) {
    throw new JianbaoError('USAGE', 'summarize: reports must be an array of CityReports', {
      where: 'summarize(reports)',
      snippet: reports === null ? 'null' : typeof reports,
    });
  }
  checkReports(reports);
  checkKnownOptions('summarize', options, SUMMARIZE_OPTIONS);
  const lexicon = options.lexicon ?? defaultLexicon;
  const given = options.excerptLength;
  if (given !== undefined && (!Number.isInteger(given) || given < 20 || given > 100_000)) {
    throw new JianbaoError(
      'USAGE',
      `summarize: options.excerptLength must be a whole number from 20 to 100000 (got ${given})`,
      {
        where: 'options.excerptLength',
      },
    );
  }
  if (options.order !== undefined && options.order !== 'official' && options.order !== 'input') {
    throw new JianbaoError(
      'USAGE',
      `summarize: options.order must be 'official' or 'input' (got ${String(options.order)})`,
      { where: 'options.order' },
    );
  }
  const prefaces: Preface[] = reports
    .filter((r) => r.kind === 'preface')
    .map(
      (r): Preface => ({
        text: r.text,
        origin: r.origin,
        span: r.span,
        ...(r.title ? { title: r.title } : {}),
      }),
    )
    .concat(options.prefaces ?? []);
  const cityReports = reports.filter((r) => r.kind !== 'preface');
  const budget = given ?? defaultExcerptLength(new Set(cityReports.map((r) => r.city ?? r)).size);
  if (cityReports.length === 0 && (options.cities ?? []).length === 0) {
    const origins = [...new Set(reports.map((r) => r.origin ?? '(input)'))].join(', ') || '(no input)';
    throw new JianbaoError('INPUT_EMPTY', `summarize(): no city reports to summarize in ${origins}`, {
      where: origins,
    });
  }

  // One city however it is spelt: 蘇州 in one file and 苏州 in another are the same city, named as first seen.
  const names: string[] = [];
  const nameByKey = new Map<string, string>();
  const nameFor = (spelling: string): string => {
    const key = normalizeCityName(spelling)?.code ?? spelling;
    const known = nameByKey.get(key);
    if (known !== undefined) return known;
    nameByKey.set(key, spelling);
    names.push(spelling);
    return spelling;
  };
  for (const city of options.cities ?? []) nameFor(city);
  const nameOf = new Map<CityReport, string>();
  const perOrigin = new Map<string | null, number>();
  for (const r of cityReports) perOrigin.set(r.origin, (perOrigin.get(r.origin) ?? 0) + 1);
  cityReports.forEach((report, index) => {
    const alone = perOrigin.get(report.origin) === 1;
    nameOf.set(
      report,
      nameFor(
        report.city ?? standInName(report, report.origin, report.script, alone) ?? `未识别地区${index + 1}`,
      ),
    );
  });

  if (options.cities === undefined && options.order !== 'input') officialOrder(names);

  const common = commonBrands(cityReports);
  const chosen = chosenByCity(options.chosenSentences ?? {}, nameFor);
  const figuresByCity = new Map<string, FigureRef[]>(names.map((n) => [n, []]));
  const cities = new Map<string, CitySummary>();
  const textsByCity = new Map<string, string[]>();
  for (const report of cityReports) {
    const city = nameOf.get(report) ?? '';
    const lineAt = lineIndexOf(report);
    const cut = (span: Span) => {
      const quote = sentenceAround(report.text, report.span[0], span);
      return { ...quote, line: lineAt(span[0]) };
    };
    const fact = (text: string, span: Span): FactRef => ({
      city,
      origin: report.origin,
      text,
      span,
      ...cut(span),
    });
    const figures = report.metrics.map((metric) => ({
      city,
      origin: report.origin,
      metric,
      ...cut(metric.span),
    }));
    for (const figure of figures) figuresByCity.get(city)?.push(figure); // no spread: 150,000 figures overflow it
    const existing = cities.get(city);
    const summary = existing ?? emptyCity(city, report);
    if (existing) summary.origins.push(report.origin);
    summary.figureCount += figures.length;
    for (const f of report.firsts)
      summary.firsts.push({ ...fact(f.text, f.span), scope: f.scope, subject: f.subject });
    for (const l of report.laws) summary.laws.push(fact(l.title, l.span));
    for (const b of report.brands) summary.brands.push(fact(b.text, b.span));
    for (const t of report.titles ?? []) summary.titles.push(fact(t.text, t.span));
    for (const d of report.dates) summary.dates.push(d.iso);
    // A city given twice quotes its first report (the second restates it); a person's choice wins.
    if (!existing || chosen.has(city)) {
      const pieces = selectExcerpt(report, {
        budget,
        lexicon,
        commonBrands: common,
        lineAt,
        ...(chosen.has(city) ? { chosen: chosen.get(city) ?? [] } : {}),
      });
      summary.excerpt = existing && chosen.has(city) ? [...summary.excerpt, ...pieces] : pieces;
    }
    cities.set(city, summary);
    const texts = textsByCity.get(city);
    const own = ownWords(report);
    if (texts) texts.push(own);
    else textsByCity.set(city, [own]);
  }

  const all = names.flatMap((n) => figuresByCity.get(n) ?? []);
  const isRate = (f: FigureRef) => f.metric.family === 'rate' || f.metric.category === 'rate';
  // A figure per head or on average (人均可支配收入, 平均工资) adds up to nothing, whoever declared it.
  const averages = memo(lexicon, 'average-words', (lex) => new RegExp(alternation(lex.words.AVERAGE_WORDS)));
  const isAverage = (f: FigureRef) => averages.test(foldToHans(f.metric.label));
  // A figure of no known indicator is added only where the input declared it (a sheet's column: 立法件数).
  const unknown = (f: FigureRef) => f.metric.category === 'other' && f.metric.declared !== true;
  const reasonOf = (f: FigureRef): UnsummedReason | null =>
    isRate(f) ? 'rate' : isAverage(f) ? 'average' : unknown(f) ? 'other' : null;
  const reasons = all.map(reasonOf);
  const summable = all.filter((_, i) => reasons[i] === null);
  const totals = provincialTotals(summable, names, lexicon);
  for (const name of names) {
    const summary = cities.get(name);
    if (summary) summary.keyFigures = keyFigures(figuresByCity.get(name) ?? []);
  }
  const warnings: SummaryWarning[] = [];
  for (const summary of cities.values()) {
    if (summary.origins.length < 2) continue;
    const origins = [...new Set(summary.origins.map((o) => o ?? '(input)'))];
    // Twice in one file (its part, and a row of a table after the parts) is said once: in that file.
    const where = origins.length === 1 ? `in ${origins[0]}` : `(${origins.join('、')})`;
    warnings.push({
      code: 'DUPLICATE_CITY',
      message: `${summary.city} is given ${summary.origins.length} times ${where}: merged into one part, each figure counted once`,
      city: summary.city,
      origins: summary.origins,
    });
  }

  return {
    schemaVersion: PROVINCIAL_SUMMARY_VERSION,
    script: sharedScript(reports.map((r) => r.script)),
    cities: names.map((name) => cities.get(name) ?? emptyCity(name, null)),
    totals,
    rankings: rankings(totals),
    prefaces,
    latestDate: latestDate(reports),
    unsummed: all.flatMap((f, i) => {
      const reason = reasons[i] ?? null;
      return reason === null ? [] : [{ ...f, reason }];
    }),
    measures: sharedMeasures(names, textsByCity, lexicon),
    method: METHOD_NOTE,
    warnings,
  };
}

/** Sorts the names in place by the gazetteer's codes (GB/T 2260), when it knows every one; else leaves them. */
function officialOrder(names: string[]): void {
  const codes = new Map(names.map((name) => [name, normalizeCityName(name)?.code]));
  if ([...codes.values()].some((code) => code === undefined)) return;
  names.sort((a, b) => ((codes.get(a) as string) < (codes.get(b) as string) ? -1 : 1));
}

function emptyCity(city: string, report: CityReport | null): CitySummary {
  return {
    city,
    reported: report !== null,
    origin: report?.origin ?? null,
    origins: report ? [report.origin] : [],
    source: report?.source ?? null,
    title: report?.title ?? null,
    span: report?.span ?? [0, 0],
    script: report?.script ?? 'hans',
    date: report?.date ?? null,
    excerpt: [],
    keyFigures: [],
    figureCount: 0,
    firsts: [],
    laws: [],
    brands: [],
    titles: [],
    dates: [],
  };
}

/** Lines of a report's own text (see `lineIndex`), offset by the line it starts on in its input. */
function lineIndexOf(report: CityReport): (offset: number) => number {
  const lineAt = lineIndex(report.text);
  const first = report.line ?? 1;
  return (offset) => first + lineAt(offset - report.span[0]) - 1;
}

/** Brand terms three or more cities name (the province-wide campaign's slogan) tell nothing about one city. */
export function commonBrands(reports: readonly CityReport[]): Set<string> {
  const count = new Map<string, Set<string>>();
  for (const report of reports) {
    for (const brand of report.brands) {
      const key = foldToHans(brand.text);
      const set = count.get(key) ?? new Set<string>();
      set.add(report.city ?? '');
      count.set(key, set);
    }
  }
  const common = new Set<string>();
  for (const report of reports) {
    for (const brand of report.brands)
      if ((count.get(foldToHans(brand.text))?.size ?? 0) >= 3) common.add(brand.text);
  }
  return common;
}

/** Measures shared by the cities, most-shared first (ties in lexicon order). */
/**
 * A report's words as measures are read from them: without the column names a sheet's declared figures are stated
 * under (代表建议：812件), which say what was counted, not what the city did.
 */
function ownWords(report: CityReport): string {
  let text = report.text;
  for (const metric of report.metrics) {
    if (metric.declared !== true) continue;
    const end = metric.span[0] - report.span[0] - 1;
    const start = end - metric.label.length;
    if (start < 0 || text.slice(start, end) !== metric.label || !/[：:]/.test(text.charAt(end))) continue;
    text = `${text.slice(0, start)}${' '.repeat(metric.label.length)}${text.slice(end)}`;
  }
  return text;
}

function sharedMeasures(
  names: readonly string[],
  texts: Map<string, string[]>,
  lexicon: Lexicon,
): SharedMeasure[] {
  const folded = new Map(names.map((n) => [n, foldToHans((texts.get(n) ?? []).join('\n'))]));
  return lexicon.measures
    .map((m) => ({
      id: m.id,
      phrase: m.phrase,
      cities: names.filter((n) => m.words.some((w) => folded.get(n)?.includes(w))),
    }))
    .filter((m) => m.cities.length > 0)
    .sort((a, b) => b.cities.length - a.cities.length);
}

function chosenByCity(chosen: Record<string, Span[]>, nameFor: (s: string) => string): Map<string, Span[]> {
  const out = new Map<string, Span[]>();
  for (const [city, spans] of Object.entries(chosen)) out.set(nameFor(city), spans);
  return out;
}

function sharedScript(scripts: readonly Script[]): Script {
  const [first] = scripts;
  if (!first) return 'hans';
  return scripts.every((s) => s === first) ? first : 'mixed';
}

function latestDate(reports: readonly CityReport[]): string | null {
  const full = /^\d{4}-\d{2}-\d{2}$/;
  const dates = reports
    .flatMap((r) => [r.date ?? '', ...r.dates.map((d) => d.iso)])
    .filter((d) => full.test(d))
    .sort();
  return dates.at(-1) ?? null;
}
