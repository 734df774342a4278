import {
  type CityReport,
  extractReports,
  readSource,
  readSourceAsync,
  type Source,
  snippetAt,
} from '@jianbao/core';
import type { InputItem } from './input-panel';
import type { Warning } from './results-table';

/** What the page knows about the current input: the city reports, and what it could not read or understand. */
export interface Analysis {
  reports: CityReport[];
  warnings: Warning[];
  /** One per input that could not be read at all (JianbaoError with where and snippet). */
  errors: unknown[];
}

/**
 * Reads and extracts every input in the page (core is pure, so this is the CLI's pipeline, in the browser).
 * An input that fails does not hide the others: its error is kept and the rest are still shown.
 */
export function analyze(items: readonly InputItem[]): Analysis {
  const analysis: Analysis = { reports: [], warnings: [], errors: [] };
  for (const item of items) {
    try {
      add(analysis, item, readSource(item.content, { origin: item.origin }));
    } catch (error) {
      analysis.errors.push(error);
    }
  }
  return analysis;
}

/**
 * As analyze, for every format the page accepts: .xlsx, .pdf and .html too (their readers are loaded only when
 * such a file is dropped). An old .doc/.xls is an error that says to save it as .docx/.xlsx.
 */
export async function analyzeAsync(items: readonly InputItem[]): Promise<Analysis> {
  const analysis: Analysis = { reports: [], warnings: [], errors: [] };
  for (const item of items) {
    try {
      add(analysis, item, await readCached(item));
    } catch (error) {
      analysis.errors.push(error);
    }
  }
  return analysis;
}

/**
 * A dropped file's Source, read once: the input is re-analysed on every edit of the text box, and a PDF's text
 * layer takes a moment to read. Pasted text is read afresh (it is what changes).
 */
const read = new WeakMap<Uint8Array, Promise<Source>>();

function readCached(item: InputItem): Promise<Source> {
  if (typeof item.content === 'string') return readSourceAsync(item.content, { origin: item.origin });
  const known = read.get(item.content);
  if (known) return known;
  const reading = readSourceAsync(item.content, { origin: item.origin });
  read.set(item.content, reading);
  return reading;
}

function add(analysis: Analysis, item: InputItem, source: Source): void {
  const found = extractReports(source, { origin: item.origin });
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
    const where = `${origin} 第 ${report.span[0]} 字起`;
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
