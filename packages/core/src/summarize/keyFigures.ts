import { CATEGORIES } from '../types.js';
import type { FigureRef } from './types.js';

/**
 * A city's most telling figure per category, in category order: a figure that is not a restatement, the largest
 * value of the most common family, earlier in the text breaking ties. For the CLI's table and the web page.
 */
export function keyFigures(figures: readonly FigureRef[]): FigureRef[] {
  const picked: FigureRef[] = [];
  for (const category of CATEGORIES) {
    let best: FigureRef | undefined;
    for (const candidate of figures) {
      if (candidate.metric.category !== category || candidate.metric.restates !== null) continue;
      if (!best || candidate.metric.value > best.metric.value) best = candidate;
    }
    if (best) picked.push(best);
  }
  return picked;
}
