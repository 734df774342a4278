import type { Metric } from '../types.js';
import { parseIndicator } from './indicators.js';

/**
 * A figure a section states again — the same number of the same thing in the same family (無錫's 16710 problems
 * solved in its opening and again later; 7200多名代表 twice) — restates the first statement: a sum counts it once.
 * The role may differ (a stock, then the same people taking part). Keyed by value, family and thing, so the pass
 * is linear.
 */
export function markRestatements(metrics: Metric[]): Metric[] {
  const first = new Map<string, Metric>();
  for (const metric of metrics) {
    if (metric.family === 'rate' || metric.restates !== null) continue;
    const { thing, family } = parseIndicator(metric.indicator);
    // A template, not [..].join: no array per figure (null reads 'null', never a number's digits).
    const key = `${metric.value}\u0000${metric.valueMax}\u0000${family}\u0000${thing}`;
    const earlier = first.get(key);
    if (earlier) metric.restates = earlier.span;
    else first.set(key, metric);
  }
  return metrics;
}
