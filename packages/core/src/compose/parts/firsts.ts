import type { Inline } from '../../document/schema.js';
import { foldToHans } from '../../lexicon/fold.js';
import type { FactRef } from '../../summarize/types.js';
import { type DraftBlock, emphasis, factRun, factWords, heading, paragraph, text } from '../nodes.js';
import { notQuoted } from '../quoted.js';
import { cityName } from '../vocabulary.js';
import type { PartContext } from './context.js';

/**
 * 创新与首创: every first as the full claim its city states (在省内率先作出……的决定), city by city, but those the
 * city's part already quotes, run on in one paragraph (南京市：……；……。无锡市：……。), in both styles: no bullets.
 */
export function firsts({ summary, options }: PartContext): DraftBlock[] {
  const byCity = summary.cities
    .map((c) => ({
      city: c.city,
      claims: distinct(options.parts.cities ? notQuoted(c, c.firsts) : c.firsts),
    }))
    .filter((c) => c.claims.length > 0);
  if (byCity.length === 0) return [];
  const blocks: DraftBlock[] = [heading(1, '创新与首创')];
  // Official style runs the cities on in one paragraph: 南京市：……。无锡市：……。
  blocks.push(paragraph(byCity.flatMap((c) => [emphasis(`${cityName(c.city)}：`), ...claims(c.claims)])));
  return blocks;
}

/** The claims of a city, each quoted with its source, joined by ； and closed by 。. */
function claims(facts: readonly FactRef[]): Inline[] {
  return facts.flatMap((f, i) => [factRun(f, claim(f)), text(i === facts.length - 1 ? '。' : '；')]);
}

/** A claim as the source states it, without a trailing clause mark. */
function claim(fact: FactRef): string {
  return factWords(fact).replace(/[，,。；;、：:]+$/u, '');
}

function distinct(facts: readonly FactRef[]): FactRef[] {
  const seen = new Set<string>();
  return facts.filter((f) => {
    const key = foldToHans(claim(f));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
