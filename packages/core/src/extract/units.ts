import { type Lexicon, memo, type UnitEntry } from '../lexicon/lexicon.js';
import type { UnitFamily } from '../types.js';

/**
 * Measure words (the lexicon's `units`), matched on the folded text so 項 and 项 are one unit. Longest match
 * wins (人次 before 人); a unit followed by a character of its `refusedBefore` began another word (条例, 人大).
 */

export interface UnitMatch {
  /** As written in the text (`％` reads as `%`). */
  unit: string;
  family: UnitFamily;
  end: number;
}

function index(lexicon: Lexicon): Map<number, UnitEntry[]> {
  return memo(lexicon, 'units', (lex) => {
    const byFirst = new Map<number, UnitEntry[]>();
    for (const entry of [...lex.units].sort((a, b) => b.unit.length - a.unit.length)) {
      const key = entry.unit.charCodeAt(0);
      const list = byFirst.get(key);
      if (list) list.push(entry);
      else byFirst.set(key, [entry]);
    }
    return byFirst;
  });
}

/** The unit written at `at` in `text`, whose folded form is `folded` (same length), or null. */
export function matchUnit(text: string, folded: string, at: number, lexicon: Lexicon): UnitMatch | null {
  const candidates = index(lexicon).get(folded.charCodeAt(at));
  if (!candidates) return null;
  for (const entry of candidates) {
    if (!folded.startsWith(entry.unit, at)) continue;
    const end = at + entry.unit.length;
    const refused = entry.refusedBefore;
    if (refused !== undefined && end < folded.length && refused.includes(folded.charAt(end))) continue;
    const written = text.slice(at, end);
    return { unit: written === '％' ? '%' : written, family: entry.family, end };
  }
  return null;
}

/** The unit's key across scripts: 項 and 项 are one unit (`％` and `%` too). */
export function unitKey(unit: string, fold: (s: string) => string): string {
  return unit === '％' ? '%' : fold(unit);
}

/** Units that make a figure a rate. */
export function isRateUnit(unit: string): boolean {
  return unit === '%' || unit.endsWith('百分點') || unit.endsWith('百分点');
}
