import {
  type CityReport,
  defaultLexicon,
  type Extraction,
  extract,
  isJianbaoError,
  normalizeCityName,
  type ProvincialSummary,
  readReview,
  readSourceAsync,
  reportsOf,
  type Source,
  type Span,
  snippetAt,
  summarize,
} from '@jianbao/core';
import type { InputError } from './error-panel';
import { type InputItem, PASTED_ORIGIN } from './inputs';
import type { Warning } from './results-table';

/** What the page knows about the current input: the city reports, and what it could not read or understand. */
export interface Analysis {
  reports: CityReport[];
  warnings: Warning[];
  /** One per input that could not be read at all (JianbaoError with where and snippet). */
  errors: InputError[];
  /**
   * The reports added up as the briefing (and the CLI) adds them: a city given twice is one city, and a fact an
   * earlier copy gave is counted once (core's rule), or null when there is no city to add up.
   */
  summary: ProvincialSummary | null;
  /** Later copies of a city another file gave first: what they repeat is not counted, what they add is. */
  repeated: Set<CityReport>;
  /** Each input read, with its extraction: what a reviewed extraction (review JSON) is written from. */
  inputs: ReadInput[];
  /** From loaded review JSON: the sentences a person chose for each city's part. */
  chosen: Record<string, Span[]>;
  /** The things the lexicon counts (its indicators' ids and names): what the figure editor offers. */
  things: KnownThing[];
}

/** A thing the lexicon counts: the first part of an indicator (`thing|family|role`), and its name. */
export interface KnownThing {
  thing: string;
  name: string;
}

/** One input as read: its source and extraction (a loaded review JSON gives both back, as reviewed). */
export interface ReadInput {
  origin: string;
  source: Source;
  extraction: Extraction;
}

function emptyAnalysis(): Analysis {
  return {
    reports: [],
    warnings: [],
    errors: [],
    summary: null,
    repeated: new Set(),
    inputs: [],
    chosen: {},
    things: defaultLexicon.indicators.map((entry) => ({ thing: entry.id, name: entry.name })),
  };
}

/**
 * Reads and extracts every input (core is pure, so this is the CLI's pipeline; the page runs it in its worker),
 * in every format the page accepts: .xlsx, .pdf and .html too (their readers are loaded only when such a file
 * is dropped). An old .doc/.xls is an error that says to save it as .docx/.xlsx. An input that fails does not
 * hide the others: its error is kept and the rest are still shown.
 */
export async function analyzeAsync(
  items: readonly InputItem[],
  renames: ReadonlyMap<string, string> = new Map(),
): Promise<Analysis> {
  const analysis = emptyAnalysis();
  forgetAllBut(items);
  for (const item of items) {
    try {
      const content = typeof item.content === 'string' ? item.content : await bytesOf(item, item.content);
      const review = reviewIn(item.origin, content);
      if (review) addReview(analysis, item, review, renames);
      else add(analysis, item, await readCached(item, content), renames);
    } catch (error) {
      analysis.errors.push({ origin: item.origin, error });
    }
  }
  return withSummary(analysis);
}

/**
 * Adds the reports up as the briefing will: every report goes to core's summarize, which makes a city given again
 * by another file (the 13 reports plus a structured nanjing.json) one city and counts each of its facts once
 * (a figure an earlier copy already gave is listed, not added; one only the later copy gives is added).
 */
function withSummary(analysis: Analysis): Analysis {
  const firstOrigin = new Map<string, string | null>();
  const origins = new Map<string, { city: string; origins: string[] }>();
  for (const report of analysis.reports) {
    if (report.kind !== 'city' || report.city === null) continue;
    const key = normalizeCityName(report.city)?.code ?? report.city;
    const origin = report.origin ?? PASTED_ORIGIN;
    if (!firstOrigin.has(key)) {
      firstOrigin.set(key, report.origin);
      origins.set(key, { city: report.city, origins: [origin] });
    } else if (firstOrigin.get(key) !== report.origin) {
      analysis.repeated.add(report);
      const seen = origins.get(key);
      if (seen && !seen.origins.includes(origin)) seen.origins.push(origin);
    }
  }
  for (const { city, origins: list } of origins.values()) {
    if (list.length < 2) continue;
    analysis.warnings.unshift({
      kind: 'duplicate',
      where: list.join('、'),
      message: `${city}的报告给了 ${list.length} 份（${list.join('、')}）：已合并为一个城市，几份中相同的数字只计一次，后几份另外给出的数字照常计入。如果其中一份不是${city}的，请改正它的市名；不要的一份请移除。`,
    });
  }
  const { summary, error } = summarizeReports(analysis.reports, analysis.chosen);
  analysis.summary = summary;
  if (error !== null) analysis.errors.push({ origin: analysis.reports[0]?.origin ?? PASTED_ORIGIN, error });
  return analysis;
}

/**
 * The reports added up as the briefing will add them, or null with nothing to add up (no city: the warnings say
 * so); an error other than that is returned to be shown.
 */
export function summarizeReports(
  reports: CityReport[],
  chosenSentences: Record<string, Span[]>,
): {
  summary: ProvincialSummary | null;
  error: unknown;
} {
  if (!reports.some((report) => report.kind === 'city')) return { summary: null, error: null };
  try {
    return { summary: summarize(reports, { chosenSentences }), error: null };
  } catch (error) {
    if (isJianbaoError(error) && error.code === 'INPUT_EMPTY') return { summary: null, error: null };
    return { summary: null, error };
  }
}

/**
 * What was read of each file, by its id: the input is re-analysed on every edit of the text box and every
 * rename, and a PDF's text layer takes a moment to read. Pasted text is read afresh (it is what changes).
 */
const read = new Map<number, { bytes: Promise<Uint8Array>; source?: Promise<Source> }>();

/** Drops what was read of files no longer in the list. */
function forgetAllBut(items: readonly InputItem[]): void {
  const current = new Set(items.map((item) => item.id));
  for (const id of read.keys()) if (!current.has(id)) read.delete(id);
}

function bytesOf(item: InputItem, file: Blob): Promise<Uint8Array> {
  const reading = async () => new Uint8Array(await file.arrayBuffer());
  if (item.id === undefined) return reading();
  let known = read.get(item.id);
  if (!known) {
    known = { bytes: reading() };
    read.set(item.id, known);
  }
  return known.bytes;
}

function readCached(item: InputItem, content: string | Uint8Array): Promise<Source> {
  const known = typeof content === 'string' || item.id === undefined ? undefined : read.get(item.id);
  if (!known) return readSourceAsync(content, { origin: item.origin });
  known.source ??= readSourceAsync(content, { origin: item.origin });
  return known.source;
}

/**
 * The parsed review document when an input is one (a .json with the contract's version, a source and sections),
 * as the CLI's `brief` decides: a reviewed extraction is briefed as it was reviewed.
 */
function reviewIn(origin: string, content: string | Uint8Array): unknown {
  if (!/\.json$/i.test(origin) || typeof content === 'string') return null;
  const head = new TextDecoder().decode(content.subarray(0, 4096));
  if (!/^\s*\{/.test(head) || !head.includes('"schemaVersion"')) return null;
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(content));
  } catch {
    return null; // not JSON after all: read as any other input, which says what is wrong with it
  }
  return value !== null && typeof value === 'object' && 'source' in value && 'sections' in value
    ? value
    : null;
}

function addReview(
  analysis: Analysis,
  item: InputItem,
  value: unknown,
  renames: ReadonlyMap<string, string> = new Map(),
): void {
  const review = readReview(value, { origin: item.origin });
  const found = renamed(reportsOf(review.source, review.extraction, { origin: item.origin }), renames);
  analysis.inputs.push({ origin: item.origin, source: review.source, extraction: review.extraction });
  for (const [city, spans] of Object.entries(review.chosenSentences)) analysis.chosen[city] = spans;
  for (const report of found) analysis.reports.push(report);
  for (const warning of warningsFor(item.origin, found)) analysis.warnings.push(warning);
}

/** The city key a rename is kept under: one key however the city is spelt (苏州, 蘇州). */
export function cityKey(name: string): string {
  return normalizeCityName(name)?.code ?? name;
}

/**
 * The reports with the person's renames applied (by city key): renaming a city to another's name merges the two,
 * as a city given twice is merged.
 */
function renamed(reports: CityReport[], renames: ReadonlyMap<string, string>): CityReport[] {
  if (renames.size === 0) return reports;
  return reports.map((report) => {
    const to = report.city === null ? undefined : renames.get(cityKey(report.city));
    return to === undefined ? report : { ...report, city: to };
  });
}

function add(
  analysis: Analysis,
  item: InputItem,
  source: Source,
  renames: ReadonlyMap<string, string> = new Map(),
): void {
  const extraction = extract(source, { origin: item.origin });
  const found = renamed(reportsOf(source, extraction, { origin: item.origin }), renames);
  analysis.inputs.push({ origin: item.origin, source, extraction });
  // No spread: a report with 150,000 figures would overflow the call stack.
  for (const report of found) analysis.reports.push(report);
  for (const warning of warningsFor(item.origin, found)) analysis.warnings.push(warning);
}

/** What was kept but not understood: sections without a city, cities without a figure, figures without a category. */
function warningsFor(origin: string, reports: readonly CityReport[]): Warning[] {
  const warnings: Warning[] = [];
  if (!reports.some((report) => report.kind === 'city' && report.city !== null)) {
    warnings.push({
      where: origin,
      message: '没有识别出任何城市：请确认每市一段，段首写明市名（如“南通市……”）。',
    });
  }
  for (const report of reports) {
    const where = `${origin} 第${report.line ?? 1}行起`;
    if (report.kind === 'city' && report.city === null) {
      warnings.push({
        where,
        message: `这一段没有识别出城市名，未计入各市：“${snippetAt(report.text, 0, 24)}”`,
      });
    } else if (report.kind === 'city' && report.metrics.length === 0) {
      warnings.push({ where, message: `${report.city}：没有识别出数字。` });
    }
    // Figures whose category no rule recognised are kept (and listed), but no total counts them.
    const unsorted = report.metrics.filter((metric) => metric.category === 'other');
    if (unsorted.length > 0) {
      const list = unsorted.map((metric) => metric.text).join('、');
      warnings.push({
        where,
        message: `${report.city ?? '此段'}：${unsorted.length} 个数字未能归类（${list}），列为“其他”，不计入全省合计。`,
      });
    }
  }
  return warnings;
}
