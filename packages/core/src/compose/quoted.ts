import type { CitySummary, FactRef } from '../summarize/types.js';

/**
 * Facts a city's part already quotes (a first or a law inside one of its excerpt pieces, or inside a first printed
 * in the firsts part): the firsts and laws parts leave them out, so the briefing never prints the same words twice.
 */
export function notQuoted(
  city: CitySummary,
  facts: readonly FactRef[],
  alsoPrinted: ReadonlyArray<{ span: readonly [number, number] }> = [],
): FactRef[] {
  const printed = [...city.excerpt, ...alsoPrinted];
  return facts.filter(
    (f) => !printed.some((piece) => piece.span[0] <= f.span[0] && f.span[1] <= piece.span[1]),
  );
}
