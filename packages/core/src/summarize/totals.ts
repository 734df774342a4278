import { parseIndicator, thingName } from '../extract/indicators.js';
import { foldToHans } from '../lexicon/fold.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { CATEGORIES, type Role, type UnitFamily } from '../types.js';
import { addFigures, combineQualifiers, sum } from './bounds.js';
import type { CityAmount, Contribution, FigureRef, ProvincialTotal } from './types.js';

/**
 * Province-wide totals, one per indicator: figures are added only when they count the same thing the same way
 * (see `Metric.indicator`). A figure that restates another of its city (`restates`, or the same value of the same
 * thing given again, e.g. by a second file for the same city) is listed but counted once. `cities` is every city in
 * input order, for the `missing` lists.
 */
export function provincialTotals(
  figures: readonly FigureRef[],
  cities: readonly string[],
  lexicon: Lexicon,
): ProvincialTotal[] {
  const repeats = repeatsAcrossCopies(figures);
  const groups = new Map<string, FigureRef[]>();
  for (const figure of figures) {
    const group = groups.get(figure.metric.indicator);
    if (group) group.push(figure);
    else groups.set(figure.metric.indicator, [figure]);
  }
  const totals = distinctNames([...groups.values()].map((group) => totalOf(group, cities, lexicon, repeats)));
  const categoryOrder = (t: ProvincialTotal) => CATEGORIES.indexOf(t.category);
  return totals.sort(
    (a, b) =>
      categoryOrder(a) - categoryOrder(b) || b.cities.length - a.cities.length || firstAt(a) - firstAt(b),
  );
}

/**
 * A total is named in its figures' own words when two cities or more give it and every figure says the same
 * (视察调研 in each city's column: 视察调研合计136次, not the lexicon's 监督活动); otherwise it keeps the lexicon's
 * name. Two totals of one thing counted differently (代表建议收到, 代表建议办结: a sheet's headers) so print apart
 * instead of twice under one name.
 */
function distinctNames(totals: ProvincialTotal[]): ProvincialTotal[] {
  const own = totals.map((total) => {
    if (total.cities.length < 2) return total.name;
    const labels = new Set(total.contributions.map((c) => foldToHans(c.metric.label)));
    const [label] = labels;
    return labels.size === 1 && label !== undefined ? label : total.name;
  });
  const uses = new Map<string, number>();
  for (const name of own) uses.set(name, (uses.get(name) ?? 0) + 1);
  // Two totals that the same words would name (代表 there are, 代表 who took part) keep the lexicon's names,
  // which tell them apart (人大代表, 参与活动的人大代表).
  return totals.map((total, index) => {
    const name = own[index] as string;
    return name === total.name || (uses.get(name) ?? 0) > 1 ? total : { ...total, name };
  });
}

const firstAt = (total: ProvincialTotal) => total.contributions[0]?.metric.span[0] ?? 0;

/**
 * A city given twice (a report and a record of it, two files) states its facts twice, and the copies may read one
 * fact differently (8300 deputies all there are in one, 8300 taking part in the other): a figure whose value and
 * unit family an earlier copy of the same city already gave is that fact again, whatever its indicator.
 */
function repeatsAcrossCopies(figures: readonly FigureRef[]): Set<FigureRef> {
  const firstOrigin = new Map<string, string | null>();
  const repeats = new Set<FigureRef>();
  for (const figure of figures) {
    const m = figure.metric;
    const key = [figure.city, m.value, m.valueMax, m.family].join('\u0000');
    const origin = figure.origin ?? null;
    if (!firstOrigin.has(key)) firstOrigin.set(key, origin);
    else if (firstOrigin.get(key) !== origin) repeats.add(figure);
  }
  return repeats;
}

function totalOf(
  group: readonly FigureRef[],
  cities: readonly string[],
  lexicon: Lexicon,
  repeats: ReadonlySet<FigureRef>,
): ProvincialTotal {
  const [first] = group;
  if (!first) throw new Error('unreachable: empty group');
  const seen = new Set<string>();
  const contributions: Contribution[] = group.map((figure) => {
    const m = figure.metric;
    // Within one city, one value of one indicator is one fact, however often (or in however many files) it is given.
    const key = [figure.city, m.value, m.valueMax].join('\u0000');
    const counted = m.restates === null && !seen.has(key) && !repeats.has(figure);
    seen.add(key);
    return { ...figure, counted };
  });
  const counted = contributions.filter((c) => c.counted);
  const byCity: CityAmount[] = [];
  const countedByCity = new Map<string, Contribution[]>();
  for (const c of counted) {
    const list = countedByCity.get(c.city ?? '');
    if (list) list.push(c);
    else countedByCity.set(c.city ?? '', [c]);
  }
  for (const city of cities) {
    const own = countedByCity.get(city);
    if (!own) continue;
    const amount = addFigures(own.map((c) => c.metric));
    byCity.push({ city, ...amount, figures: own.map(({ counted: _, ...figure }) => figure) });
  }
  const reporting = new Set(byCity.map((a) => a.city));
  const { thing, role } = parseIndicator(first.metric.indicator);
  return {
    indicator: first.metric.indicator,
    // People who took part are not all there are: 参与活动的人大代表 is a different total from 人大代表.
    name: `${role === 'participants' && first.metric.family === 'people' ? '参与活动的' : ''}${thingName(thing, lexicon) ?? foldToHans(first.metric.label)}`,
    family: first.metric.family as UnitFamily,
    role: role as Role,
    category: first.metric.category,
    unit: mostUsedUnit(counted.length > 0 ? counted : contributions),
    value: sum(counted.map((c) => c.metric.value)),
    qualifier: combineQualifiers(counted.map((c) => c.metric.qualifier)),
    contributions,
    byCity,
    cities: byCity.map((a) => a.city),
    missing: cities.filter((city) => !reporting.has(city)),
  };
}

/** How a total of mixed units of one family is counted (80余场 + 73期 + 275次 is 逾428次). */
const FAMILY_UNIT: Partial<Record<UnitFamily, string>> = {
  times: '次',
  items: '件',
  people: '人',
  person_times: '人次',
};

/** The unit of a total: the one all its figures use (folded: 項 and 项 are one), else its family's plain unit. */
function mostUsedUnit(figures: readonly FigureRef[]): string {
  const units = new Set(figures.map((f) => foldToHans(f.metric.unit)));
  const [only] = units;
  if (units.size === 1 && only !== undefined) return only;
  return FAMILY_UNIT[figures[0]?.metric.family as UnitFamily] ?? only ?? '';
}
