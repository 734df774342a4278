import type { Category, CityReport, Indicator, Metric, Qualifier, Span } from '@jianbao/core';

/** A person's correction of one figure in the review table. Unset fields keep what was read. */
export interface MetricEdit {
  label?: string;
  value?: number;
  qualifier?: Qualifier;
  category?: Category;
  /** What sum it goes into: `thing|measure|role` (docs/extraction.md); figures are added only with equal ones. */
  indicator?: Indicator;
  /** Left out of the briefing (not added, not listed). */
  excluded?: boolean;
}

/**
 * A figure's identity across re-readings of the input (the page reads everything again when a file is added):
 * its file and where in it the figure stands.
 */
export function metricKey(report: CityReport, metric: Metric): string {
  return spanKey(report.origin, metric.span);
}

/** metricKey from a figure's file and span (a review document's figures have no report around them). */
export function spanKey(origin: string | null, span: Span): string {
  return `${origin ?? ''}\u0000${span[0]}\u0000${span[1]}`;
}

/** The figure as corrected (marked `reviewed`, as a reviewed extraction marks it), or null when left out. */
export function editedMetric(metric: Metric, edit: MetricEdit | undefined): Metric | null {
  if (!edit) return metric;
  if (edit.excluded) return null;
  const { excluded: _, ...fields } = edit;
  if (Object.keys(fields).length === 0) return metric;
  return { ...metric, ...fields, reviewed: true };
}

/** The reports with every correction applied: what the summary, the preview and the briefing are made from. */
export function applyEdits(
  reports: readonly CityReport[],
  edits: ReadonlyMap<string, MetricEdit>,
): CityReport[] {
  if (edits.size === 0) return [...reports];
  return reports.map((report) => {
    let changed = false;
    const metrics: Metric[] = [];
    for (const metric of report.metrics) {
      const edited = editedMetric(metric, edits.get(metricKey(report, metric)));
      if (edited !== metric) changed = true;
      if (edited) metrics.push(edited);
    }
    return changed ? { ...report, metrics } : report;
  });
}
