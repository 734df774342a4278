import type { ProvincialTotal, Ranking } from './types.js';

/** Cities ranked by their amount in each total, largest first; equal amounts share a rank (1, 2, 2, 4). */
export function rankings(totals: readonly ProvincialTotal[]): Ranking[] {
  return totals.map((total) => {
    const sorted = [...total.byCity].sort((a, b) => b.value - a.value);
    let previous: number | null = null;
    let rank = 0;
    const entries = sorted.map((amount, index) => {
      if (amount.value !== previous) rank = index + 1;
      previous = amount.value;
      return {
        rank,
        city: amount.city,
        value: amount.value,
        valueMax: amount.valueMax,
        qualifier: amount.qualifier,
      };
    });
    return { indicator: total.indicator, unit: total.unit, entries };
  });
}
