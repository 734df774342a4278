import type { Qualifier } from '../types.js';
import type { AmountQualifier, BoundQualifier } from './types.js';

/**
 * What a sum of figures can honestly claim. An approximate part (近, 约) can lie on either side, so it
 * makes the whole approximate; otherwise any 余/多/超 or range part makes the sum a lower bound.
 */
export function combineQualifiers(qualifiers: readonly AmountQualifier[]): BoundQualifier {
  if (qualifiers.some((q) => q === 'nearly' || q === 'approx')) return 'approx';
  if (qualifiers.some((q) => q === 'more_than' || q === 'over' || q === 'range' || q === 'at_least')) {
    return 'at_least';
  }
  return 'exact';
}

/** The amount several figures add up to: a lone figure keeps its own qualifier (and range end). */
export function addFigures(
  figures: ReadonlyArray<{ value: number; valueMax: number | null; qualifier: Qualifier }>,
): {
  value: number;
  valueMax: number | null;
  qualifier: AmountQualifier;
} {
  const [only] = figures;
  if (figures.length === 1 && only) {
    return {
      value: only.value,
      valueMax: only.qualifier === 'range' ? only.valueMax : null,
      qualifier: only.qualifier,
    };
  }
  return {
    value: sum(figures.map((f) => f.value)),
    valueMax: null,
    qualifier: combineQualifiers(figures.map((f) => f.qualifier)),
  };
}

/** Adds without binary noise: 0.1 + 0.2 is 0.3 here (figures have at most a few decimals). */
export function sum(values: readonly number[]): number {
  const total = values.reduce((a, b) => a + b, 0);
  return Math.round(total * 1e6) / 1e6;
}
