import { type IndicatorEntry, type Lexicon, memo } from '../lexicon/lexicon.js';
import type { Category, Role, UnitFamily } from '../types.js';
import { categorize } from './categories.js';

/**
 * The indicator of a figure — `thing|family|role` — and its category. The thing is the lexicon indicator whose
 * longest word the label contains (lectures, deputy_suggestions …), or, when none does, the label itself folded
 * to Simplified: comparable only with the very same words.
 */
export interface IndicatorReading {
  indicator: string;
  /** The lexicon entry, or null when the thing is the label itself. */
  entry: IndicatorEntry | null;
  category: Category;
}

interface Word {
  word: string;
  entry: IndicatorEntry;
  order: number;
}

function words(lexicon: Lexicon): Word[] {
  return memo(lexicon, 'indicators', (lex) =>
    lex.indicators
      .flatMap((entry, order) => entry.words.map((word) => ({ word, entry, order })))
      .sort((a, b) => b.word.length - a.word.length || a.order - b.order),
  );
}

export function indicatorEntry(foldedLabel: string, family: UnitFamily, lexicon: Lexicon): IndicatorEntry | null {
  for (const { word, entry } of words(lexicon)) {
    if (entry.families && !entry.families.includes(family)) continue;
    if (foldedLabel.includes(word)) return entry;
  }
  return null;
}

export function readIndicator(
  foldedLabel: string,
  family: UnitFamily,
  role: Role,
  unitKey: string,
  foldedClause: string,
  lexicon: Lexicon,
): IndicatorReading {
  const entry = indicatorEntry(foldedLabel, family, lexicon);
  // A family of its own (户, 吨 …) compares only within one unit.
  const measure = family === 'other' ? `other:${unitKey}` : family;
  const thing = entry ? entry.id : foldedLabel;
  const category: Category =
    family === 'rate' ? 'rate' : entry ? entry.category : categorize(unitKey, foldedLabel, foldedClause);
  return { indicator: `${thing}|${measure}|${role}`, entry, category };
}

/** The parts of an indicator key. */
export function parseIndicator(indicator: string): { thing: string; family: string; role: string } {
  const [thing = '', family = '', role = ''] = indicator.split('|');
  return { thing, family, role };
}
