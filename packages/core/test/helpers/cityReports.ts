import { declaredMetric } from '../../src/extract/declared.js';
import type { Category, CityReport, Metric, Qualifier } from '../../src/types.js';

/** [as written, value, unit, qualifier, category, label, valueMax?] — located by its first unused occurrence. */
export type MetricSpec = [string, number, string, Qualifier, Category, string, number?];

export interface ReportSpec {
  city: string | null;
  text: string;
  source?: string;
  kind?: 'city' | 'preface';
  metrics?: MetricSpec[];
  firsts?: string[];
  laws?: string[];
  brands?: string[];
  dates?: Array<[text: string, iso: string]>;
}

/**
 * Builds CityReports over one invented input (the sections' texts joined by newlines), with spans into
 * that input, the way extraction would — so summarize and compose can be tested by hand. Each figure's family,
 * role and indicator are read from its label and unit as a declared figure's are.
 */
export function buildReports(
  specs: ReportSpec[],
  origin = 'hand.txt',
): { input: string; reports: CityReport[] } {
  let input = '';
  const reports: CityReport[] = [];
  for (const spec of specs) {
    const start = input.length;
    input += spec.text;
    const used = new Map<string, number>();
    const find = (needle: string): [number, number] => {
      const from = used.get(needle) ?? 0;
      const at = spec.text.indexOf(needle, from);
      if (at < 0) throw new Error(`fixture: ${needle} not in ${spec.text}`);
      used.set(needle, at + needle.length);
      return [start + at, start + at + needle.length];
    };
    const metrics: Metric[] = (spec.metrics ?? []).map(
      ([text, value, unit, qualifier, category, label, max]) =>
        declaredMetric({
          value,
          valueMax: max ?? null,
          unit,
          qualifier,
          category,
          label,
          text,
          span: find(text),
        }),
    );
    reports.push({
      kind: spec.kind ?? 'city',
      city: spec.city,
      source: spec.source ?? null,
      span: [start, input.length],
      metrics,
      firsts: (spec.firsts ?? []).map((text) => ({
        text,
        span: find(text),
        scope: null,
        kind: 'first_in_scope' as const,
        subject: null,
      })),
      laws: (spec.laws ?? []).map((title) => ({ title, span: find(title), marked: true })),
      dates: (spec.dates ?? []).map(([text, iso]) => ({ text, iso, span: find(text) })),
      titles: [],
      brands: (spec.brands ?? []).map((text) => ({ text, span: find(text) })),
      origin,
      date: null,
      script: 'hans',
      text: spec.text,
    });
    input += '\n';
  }
  return { input, reports };
}
