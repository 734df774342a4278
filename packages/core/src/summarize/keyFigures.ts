import { CATEGORIES } from '../types.js';
import type { FigureRef, ProvincialTotal } from './types.js';

/**
 * A city's most telling figure per category, in category order: in the unit most cities used for that
 * category (so it compares across the province), the largest value; earlier in the text breaks ties.
 */
export function keyFigures(figures: readonly FigureRef[], totals: readonly ProvincialTotal[]): FigureRef[] {
  const mainUnit = new Map<string, string>();
  // totals come ordered by category, then by how many cities report the unit: the first is the main one.
  for (const total of totals) if (!mainUnit.has(total.category)) mainUnit.set(total.category, total.unit);
  const picked: FigureRef[] = [];
  for (const category of CATEGORIES) {
    const candidates = figures.filter((f) => f.metric.category === category);
    let best: FigureRef | undefined;
    for (const candidate of candidates) {
      if (!best || better(candidate, best, mainUnit.get(category))) best = candidate;
    }
    if (best) picked.push(best);
  }
  return picked;
}

function better(a: FigureRef, b: FigureRef, unit: string | undefined): boolean {
  const aMain = a.metric.unit === unit;
  const bMain = b.metric.unit === unit;
  if (aMain !== bMain) return aMain;
  return a.metric.value > b.metric.value;
}
