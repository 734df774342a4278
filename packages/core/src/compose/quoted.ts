import type { CitySummary, FactRef } from '../summarize/types.js';

/**
 * Facts a city's part already quotes (a first or a law inside one of its excerpt pieces): the firsts and laws
 * parts leave them out, so the briefing never prints the same claim twice.
 */
export function notQuoted(city: CitySummary, facts: readonly FactRef[]): FactRef[] {
  return facts.filter(
    (f) => !city.excerpt.some((piece) => piece.span[0] <= f.span[0] && f.span[1] <= piece.span[1]),
  );
}
