import { type CityReport, extractReports, readSource, snippetAt } from '@jianbao/core';
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
  const reports: CityReport[] = [];
  const warnings: Warning[] = [];
  const errors: unknown[] = [];
  for (const item of items) {
    try {
      const source = readSource(item.content, { origin: item.origin });
      const found = extractReports(source, { origin: item.origin });
      for (const report of found) reports.push(report);
      for (const warning of warningsFor(item.origin, found)) warnings.push(warning);
    } catch (error) {
      errors.push(error);
    }
  }
  return { reports, warnings, errors };
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
