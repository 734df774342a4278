import type { DateMention, First, Law, Metric, Term } from '../types.js';
import { findDates } from './dates.js';
import { findFirsts } from './firsts.js';
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
}

/** Every fact in an already-normalized text; spans point into that text. */
export function extractFacts(text: string, options: ExtractFactsOptions = {}): Facts {
  const { laws, titles, brands, shields } = findMarkedTerms(text);
  return {
    metrics: findMetrics(text, shields),
    firsts: findFirsts(text),
    laws,
    dates: findDates(text, options.referenceDate),
    titles,
    brands,
  };
}
