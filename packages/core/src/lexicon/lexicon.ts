import { JianbaoError } from '../errors.js';
import * as excerpt from './excerpt.data.js';
import * as facts from './facts.data.js';
import { INDICATORS, type IndicatorEntry } from './indicators.data.js';
import { MEASURES, type MeasureEntry } from './measures.data.js';
import { UNITS, type UnitEntry } from './units.data.js';
import * as words from './words.data.js';

export type { IndicatorEntry, MeasureEntry, UnitEntry };

type WordLists<T> = { readonly [K in keyof T]: readonly string[] };

/**
 * Every word list and table the extractor and the excerpt read, as data. Words are Simplified; text of either
 * script is folded to Simplified before it is matched. Pass your own (see `extendLexicon`) through the options
 * of `extract`, `summarize` and `composeBriefing`; the default is `defaultLexicon`.
 */
export interface Lexicon {
  units: readonly UnitEntry[];
  indicators: readonly IndicatorEntry[];
  measures: readonly MeasureEntry[];
  words: WordLists<typeof words>;
  facts: WordLists<typeof facts>;
  excerpt: WordLists<typeof excerpt>;
}

export const defaultLexicon: Lexicon = Object.freeze({
  units: UNITS,
  indicators: INDICATORS,
  measures: MEASURES,
  words,
  facts,
  excerpt,
});

/** What a user adds: more units, indicators, measures, and more words for any list. */
export interface LexiconAdditions {
  units?: readonly UnitEntry[];
  indicators?: readonly IndicatorEntry[];
  measures?: readonly MeasureEntry[];
  words?: Partial<WordLists<typeof words>>;
  facts?: Partial<WordLists<typeof facts>>;
  excerpt?: Partial<WordLists<typeof excerpt>>;
}

/**
 * The default lexicon (or `base`) with your additions: your indicators and measures come first (so they win a tie
 * with a built-in entry), your words join their lists. Unknown keys are refused with `USAGE`.
 */
export function extendLexicon(additions: LexiconAdditions, base: Lexicon = defaultLexicon): Lexicon {
  const known = ['units', 'indicators', 'measures', 'words', 'facts', 'excerpt'];
  for (const key of Object.keys(additions ?? {})) {
    if (!known.includes(key)) {
      throw new JianbaoError('USAGE', `extendLexicon: unknown key "${key}"; known: ${known.join(', ')}`, {
        where: key,
      });
    }
  }
  const lists = <T extends Record<string, readonly string[]>>(
    name: string,
    own: T,
    more: Partial<Record<string, readonly string[]>> | undefined,
  ): T => {
    const out: Record<string, readonly string[]> = { ...own };
    for (const [key, list] of Object.entries(more ?? {})) {
      if (!(key in own)) {
        throw new JianbaoError(
          'USAGE',
          `extendLexicon: unknown list "${name}.${key}"; known: ${Object.keys(own).join(', ')}`,
          { where: `${name}.${key}` },
        );
      }
      if (!Array.isArray(list) || list.some((w) => typeof w !== 'string' || w === '')) {
        throw new JianbaoError('USAGE', `extendLexicon: ${name}.${key} must be a list of words`, {
          where: `${name}.${key}`,
        });
      }
      out[key] = [...(own[key] ?? []), ...list];
    }
    return out as T;
  };
  return {
    units: [...(additions.units ?? []), ...base.units],
    indicators: [...(additions.indicators ?? []), ...base.indicators],
    measures: [...(additions.measures ?? []), ...base.measures],
    words: lists('words', base.words, additions.words),
    facts: lists('facts', base.facts, additions.facts),
    excerpt: lists('excerpt', base.excerpt, additions.excerpt),
  };
}

/** Compiled forms of a lexicon, made once per lexicon object. */
const compiled = new WeakMap<Lexicon, Map<string, unknown>>();

/** `make(lexicon)` once per lexicon and key: tables and regexes built from the word lists. */
export function memo<T>(lexicon: Lexicon, key: string, make: (lexicon: Lexicon) => T): T {
  let cache = compiled.get(lexicon);
  if (!cache) {
    cache = new Map();
    compiled.set(lexicon, cache);
  }
  if (!cache.has(key)) cache.set(key, make(lexicon));
  return cache.get(key) as T;
}

/** A regex alternation of words, longest first, escaped. */
export function alternation(list: readonly string[]): string {
  return [...new Set(list)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}
