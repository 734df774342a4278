import { JianbaoError } from '../errors.js';
import { normalizeCityName } from '../gazetteer/gazetteer.js';
import type { CityReport, Script, Span } from '../types.js';
import { keyFigures } from './keyFigures.js';
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
}

/**
 * Adds city reports up into a province-wide summary: honest totals per (category, unit), each city's key
 * figures, firsts, laws and brands, and rankings. Sections of kind `preface` become the summary's prefaces.
 * Percentages (unit `%` or category `rate`) and `other` figures are never summed; they are listed in
 * `unsummed` and still count among a city's key figures.
 */
export function summarize(reports: readonly CityReport[], options: SummarizeOptions = {}): ProvincialSummary {
  if (!Array.isArray(reports)) {
    throw new JianbaoError('USAGE', 'summarize: reports must be an array of CityReports', {
      where: 'summarize(reports)',
      snippet: reports === null ? 'null' : typeof reports,
    });
  }
  checkReports(reports);
  const prefaces: Preface[] = reports
    .filter((r) => r.kind === 'preface')
    .map((r): Preface => ({ text: r.text, origin: r.origin, span: r.span }))
    .concat(options.prefaces ?? []);
  const cityReports = reports.filter((r) => r.kind !== 'preface');
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
  cityReports.forEach((report, index) => {
    nameOf.set(report, nameFor(report.city ?? `未识别地区${index + 1}`));
  });

  const figuresByCity = new Map<string, FigureRef[]>(names.map((n) => [n, []]));
  const cities = new Map<string, CitySummary>();
  for (const report of cityReports) {
    const city = nameOf.get(report) ?? '';
    const cut = (span: Span) => sentenceAround(report.text, report.span[0], span);
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
    const summary = cities.get(city) ?? emptyCity(city, report);
    summary.figureCount += figures.length;
    for (const f of report.firsts) summary.firsts.push(fact(f.text, f.span));
    for (const l of report.laws) summary.laws.push(fact(l.title, l.span));
    for (const b of report.brands) summary.brands.push(fact(b.text, b.span));
    for (const t of report.titles ?? []) summary.titles.push(fact(t.text, t.span));
    for (const d of report.dates) summary.dates.push(d.iso);
    cities.set(city, summary);
  }

  const all = names.flatMap((n) => figuresByCity.get(n) ?? []);
  const isRate = (f: FigureRef) => f.metric.unit === '%' || f.metric.category === 'rate';
  const summable = all.filter((f) => !isRate(f) && f.metric.category !== 'other');
  const totals = provincialTotals(summable, names);
  for (const name of names) {
    const summary = cities.get(name);
    if (summary) summary.keyFigures = keyFigures(figuresByCity.get(name) ?? [], totals);
  }

  return {
    schemaVersion: PROVINCIAL_SUMMARY_VERSION,
    script: sharedScript(reports.map((r) => r.script)),
    cities: names.map((name) => cities.get(name) ?? emptyCity(name, null)),
    totals,
    rankings: rankings(totals),
    prefaces,
    latestDate: latestDate(reports),
    unsummed: all
      .filter((f) => isRate(f) || f.metric.category === 'other')
      .map((f) => ({ ...f, reason: isRate(f) ? ('rate' as const) : ('other' as const) })),
  };
}

function emptyCity(city: string, report: CityReport | null): CitySummary {
  return {
    city,
    reported: report !== null,
    origin: report?.origin ?? null,
    source: report?.source ?? null,
    span: report?.span ?? [0, 0],
    script: report?.script ?? 'hans',
    date: report?.date ?? null,
    keyFigures: [],
    figureCount: 0,
    firsts: [],
    laws: [],
    brands: [],
    titles: [],
    dates: [],
  };
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
