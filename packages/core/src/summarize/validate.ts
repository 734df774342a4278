import { JianbaoError, snippetAt } from '../errors.js';
import type { CityReport, Span } from '../types.js';

/**
 * Checks what summarize relies on: every fact's span lies inside its report, and `text` is the
 * report's own slice. Throws `INPUT_SCHEMA` naming the report, field and offset.
 */
export function checkReports(reports: unknown): asserts reports is CityReport[] {
  if (!Array.isArray(reports)) {
    throw new JianbaoError('INPUT_SCHEMA', 'summarize() expects an array of city reports', {
      where: '(root)',
    });
  }
  reports.forEach((report: CityReport, index) => {
    const name = `${report?.origin ?? '(input)'} report ${index} (${report?.city ?? report?.kind ?? '?'})`;
    if (typeof report?.text !== 'string' || !isSpan(report.span)) {
      throw new JianbaoError('INPUT_SCHEMA', `${name}: a city report needs text and span`, {
        where: `reports[${index}]`,
      });
    }
    if (report.text.length !== report.span[1] - report.span[0]) {
      throw new JianbaoError(
        'INPUT_SCHEMA',
        `${name}: text is ${report.text.length} characters but span [${report.span[0]}, ${report.span[1]}) covers ${
          report.span[1] - report.span[0]
        }`,
        { where: `reports[${index}].span`, snippet: snippetAt(report.text, 0) },
      );
    }
    const facts: Array<[string, ReadonlyArray<{ span: Span }>]> = [
      ['metrics', report.metrics ?? []],
      ['firsts', report.firsts ?? []],
      ['laws', report.laws ?? []],
      ['brands', report.brands ?? []],
      ['titles', report.titles ?? []],
      ['dates', report.dates ?? []],
    ];
    for (const [field, list] of facts) {
      list.forEach((fact, i) => {
        const span = fact?.span;
        if (!isSpan(span) || span[0] < report.span[0] || span[1] > report.span[1]) {
          const at = isSpan(span) ? span[0] : report.span[0];
          throw new JianbaoError(
            'INPUT_SCHEMA',
            `${name}: ${field}[${i}] has span ${JSON.stringify(span)} outside the report [${report.span[0]}, ${report.span[1]}) at offset ${at}`,
            {
              where: `reports[${index}].${field}[${i}].span`,
              snippet: snippetAt(report.text, Math.max(0, at - report.span[0])),
            },
          );
        }
      });
    }
    (report.metrics ?? []).forEach((metric, i) => {
      if (!Number.isFinite(metric.value) || typeof metric.unit !== 'string') {
        throw new JianbaoError(
          'INPUT_SCHEMA',
          `${name}: metrics[${i}] needs a finite value and a unit (got ${JSON.stringify(metric.value)} ${JSON.stringify(metric.unit)}) at offset ${metric.span[0]}`,
          {
            where: `reports[${index}].metrics[${i}]`,
            snippet: snippetAt(report.text, metric.span[0] - report.span[0]),
          },
        );
      }
    });
  });
}

function isSpan(value: unknown): value is Span {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    Number.isInteger(value[0]) &&
    Number.isInteger(value[1]) &&
    value[0] >= 0 &&
    value[1] >= value[0]
  );
}
