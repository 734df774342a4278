import { foldToHans } from '../lexicon/fold.js';
import { defaultLexicon, type Lexicon } from '../lexicon/lexicon.js';
import type { DateMention, First, Law, Metric, Span, Term } from '../types.js';
import { findDates } from './dates.js';
import { findFirsts } from './firsts.js';
import { findUnmarkedLaws } from './laws.js';
import { findMetrics } from './metrics.js';
import { findMarkedTerms } from './terms.js';

export interface Facts {
  metrics: Metric[];
  firsts: First[];
  laws: Law[];
  dates: DateMention[];
  titles: Term[];
  brands: Term[];
}

export interface ExtractFactsOptions {
  /** ISO date (2024-01-15) that 去年, 今年, 上半年 are read against. */
  referenceDate?: string;
  /** Word lists and tables (default `defaultLexicon`). */
  lexicon?: Lexicon;
}

/** Every fact in an already-normalized text; spans point into that text. */
export function extractFacts(text: string, options: ExtractFactsOptions = {}): Facts {
  const lexicon = options.lexicon ?? defaultLexicon;
  const folded = foldToHans(text);
  const { laws, titles, brands, shields } = findMarkedTerms(text);
  const marked: Span[] = [...shields, ...laws.map((l) => l.span)];
  const unmarked = findUnmarkedLaws(text, folded, marked, lexicon);
  return {
    metrics: findMetrics(text, folded, shields, lexicon),
    firsts: findFirsts(text, folded, shields, lexicon),
    laws: [...laws, ...unmarked].sort((a, b) => a.span[0] - b.span[0]),
    dates: findDates(text, options.referenceDate),
    titles,
    brands,
  };
}
