import { CATEGORIES, type Category } from '../types.js';
import { addFigures, combineQualifiers, sum } from './bounds.js';
import type { CityAmount, Contribution, FigureRef, ProvincialTotal } from './types.js';

/**
 * Province-wide totals, one per (category, unit): 人次 is never added to 名, nor one category to another.
 * A figure a city repeats word for word (same value, qualifier, unit, category and label — 9400多名 named
 * twice) is listed but counted once. `cities` is every city in input order, for the `missing` lists.
 */
export function provincialTotals(
  figures: readonly FigureRef[],
  cities: readonly string[],
): ProvincialTotal[] {
  const groups = new Map<string, FigureRef[]>();
  for (const figure of figures) {
    const key = `${figure.metric.category}\u0000${figure.metric.unit}`;
    const group = groups.get(key);
    if (group) group.push(figure);
    else groups.set(key, [figure]);
  }
  const totals = [...groups.values()].map((group) => totalOf(group, cities));
  const categoryOrder = (c: Category) => CATEGORIES.indexOf(c);
  return totals.sort(
    (a, b) =>
      categoryOrder(a.category) - categoryOrder(b.category) ||
      b.cities.length - a.cities.length ||
      firstAt(a) - firstAt(b),
  );
}

const firstAt = (total: ProvincialTotal) => total.contributions[0]?.metric.span[0] ?? 0;

function totalOf(group: readonly FigureRef[], cities: readonly string[]): ProvincialTotal {
  const [first] = group;
  if (!first) throw new Error('unreachable: empty group');
  const seen = new Set<string>();
  const contributions: Contribution[] = group.map((figure) => {
    const m = figure.metric;
    const key = [figure.city, m.value, m.valueMax, m.qualifier, m.label].join('\u0000');
    const counted = !seen.has(key);
    seen.add(key);
    return { ...figure, counted };
  });
  const counted = contributions.filter((c) => c.counted);
  const byCity: CityAmount[] = [];
  for (const city of cities) {
    const own = counted.filter((c) => c.city === city);
    if (own.length === 0) continue;
    const amount = addFigures(own.map((c) => c.metric));
    byCity.push({ city, ...amount, figures: own.map(({ counted: _, ...figure }) => figure) });
  }
  const reporting = byCity.map((a) => a.city);
  return {
    category: first.metric.category,
    unit: first.metric.unit,
    value: sum(counted.map((c) => c.metric.value)),
    qualifier: combineQualifiers(counted.map((c) => c.metric.qualifier)),
    contributions,
    byCity,
    cities: reporting,
    missing: cities.filter((city) => !reporting.includes(city)),
  };
}
