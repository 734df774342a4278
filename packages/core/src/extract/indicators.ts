import { type IndicatorEntry, type Lexicon, memo } from '../lexicon/lexicon.js';
import type { Category, Role, UnitFamily } from '../types.js';

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

/**
 * The indicator a label names. People are named by their head noun, which ends the phrase (参与…民生实事项目的市民
 * are 市民): for them the match ending last wins; otherwise the longest word, then the one ending last.
 */
export function indicatorEntry(
  foldedLabel: string,
  family: UnitFamily,
  lexicon: Lexicon,
  role?: Role,
): IndicatorEntry | null {
  return indicatorMatch(foldedLabel, family, lexicon, role)?.entry ?? null;
}

/** The lexicon entry a label names and the word it names it by. */
export function indicatorMatch(
  foldedLabel: string,
  family: UnitFamily,
  lexicon: Lexicon,
  role?: Role,
): { entry: IndicatorEntry; word: string } | null {
  let best: { entry: IndicatorEntry; word: string; end: number; length: number } | null = null;
  for (const { word, entry } of words(lexicon)) {
    if (entry.families && !entry.families.includes(family)) continue;
    if (role !== undefined && entry.roles && !entry.roles.includes(role)) continue;
    const at = foldedLabel.lastIndexOf(word);
    if (at < 0) continue;
    const candidate = { entry, word, end: at + word.length, length: word.length };
    if (!best) {
      best = candidate;
      continue;
    }
    const later = candidate.end - best.end;
    const longer = candidate.length - best.length;
    const wins =
      family === 'people'
        ? later > 0 || (later === 0 && longer > 0)
        : longer > 0 || (longer === 0 && later > 0);
    if (wins) best = candidate;
  }
  return best ? { entry: best.entry, word: best.word } : null;
}

export function readIndicator(
  foldedLabel: string,
  family: UnitFamily,
  role: Role,
  unitKey: string,
  lexicon: Lexicon,
): IndicatorReading {
  const entry = indicatorEntry(foldedLabel, family, lexicon, role);
  // A family of its own (户, 吨 …) compares only within one unit.
  const measure = family === 'other' ? `other:${unitKey}` : family;
  const thing = entry ? entry.id : foldedLabel;
  // A label the lexicon does not know counts something of its own: other (never guessed from the words around it).
  const category: Category = family === 'rate' ? 'rate' : entry ? entry.category : 'other';
  return { indicator: `${thing}|${measure}|${role}`, entry, category };
}

/** The parts of an indicator key. */
export function parseIndicator(indicator: string): { thing: string; family: string; role: string } {
  const [thing = '', family = '', role = ''] = indicator.split('|');
  return { thing, family, role };
}
