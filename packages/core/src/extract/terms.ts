import type { Law, Span, Term } from '../types.js';
import { isShorthand } from './laws.js';

/**
 * Marked terms: titles in 《》 (laws when they end like one), and text in “” or 「」 — a law when it names one
 * (“南京科技進步條例”), a brand or slogan when short (四個走在前, 132、找代表), else quoted speech.
 */

export interface MarkedTerms {
  laws: Law[];
  titles: Term[];
  brands: Term[];
  /** Spans (of the marks' content) where no figure is read: titles and brand terms. */
  shields: Span[];
}

const MARKED = /《([^《》\n]{1,100})》|[“「]([^“”「」\n]{1,300})[”」]/g;

/** Law titles end with one of these (both scripts). */
const LAW_ENDING =
  /(?:條例|条例|規定|规定|辦法|办法|決定|决定|決議|决议|規則|规则|細則|细则|章程|準則|准则|規程|规程|(?<![方做想看說说寫写手用])法)$/;

/** Quotes longer than this, or holding a full stop, are speech, not a brand. */
const BRAND_MAX = 24;
const SENTENCE_END = /[。！？!?]/;

export function findMarkedTerms(text: string): MarkedTerms {
  const laws: Law[] = [];
  const titles: Term[] = [];
  const brands: Term[] = [];
  const shields: Span[] = [];
  MARKED.lastIndex = 0;
  for (let m = MARKED.exec(text); m !== null; m = MARKED.exec(text)) {
    const inner = m[1] ?? m[2] ?? '';
    const span: Span = [m.index + 1, m.index + 1 + inner.length];
    const isLaw = inner.length >= 4 && LAW_ENDING.test(inner) && !isShorthand(inner);
    if (m[1] !== undefined) {
      if (isLaw) laws.push({ title: inner, span, marked: true });
      else if (isShorthand(inner)) brands.push({ text: inner, span });
      else titles.push({ text: inner, span });
      shields.push(span);
    } else if (isLaw) {
      laws.push({ title: inner, span, marked: true });
      shields.push(span);
    } else if (inner.length <= BRAND_MAX && !SENTENCE_END.test(inner)) {
      // Shorthand (一法一条例) in quotes is a brand like any slogan.
      brands.push({ text: inner, span });
      shields.push(span);
    }
  }
  return { laws, titles, brands, shields };
}
