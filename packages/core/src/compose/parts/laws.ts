import type { Inline } from '../../document/schema.js';
import { foldToHans } from '../../lexicon/fold.js';
import type { FactRef } from '../../summarize/types.js';
import { type DraftBlock, emphasis, factRun, factWords, heading, paragraph, text } from '../nodes.js';
import { notQuoted } from '../quoted.js';
import { cityName } from '../vocabulary.js';
import type { PartContext } from './context.js';

/** 立法与决定: the laws and decisions each city names, by their full names, city by city, but those its part quotes. */
export function laws({ summary, options }: PartContext): DraftBlock[] {
  const withLaws = summary.cities
    .map((c) => {
      // Printed already: in the city's part, or inside a first that the firsts part prints.
      const shown = options.parts.cities ? c : { ...c, excerpt: [] };
      const firstsPrinted = options.parts.firsts ? notQuoted(shown, c.firsts) : [];
      return { city: c.city, titles: distinct(notQuoted(shown, c.laws, firstsPrinted)) };
    })
    .filter((c) => c.titles.length > 0);
  if (withLaws.length === 0) return [];
  const blocks: DraftBlock[] = [heading(1, '立法与决定')];
  const line = (c: { titles: FactRef[] }): Inline[] => [
    // Titles in 《》 side by side take no 、 between them (GB/T 15834-2011, the rules for 顿号).
    ...c.titles.flatMap((t) => [text('《'), factRun(t, factWords(t)), text('》')]),
    text('。'),
  ];
  // Official style runs the cities on in one paragraph: 南京市：《……》。徐州市：《……》。
  blocks.push(paragraph(withLaws.flatMap((c) => [emphasis(`${cityName(c.city)}：`), ...line(c)])));
  return blocks;
}

function distinct(laws: readonly FactRef[]): FactRef[] {
  const seen = new Set<string>();
  return laws.filter((t) => {
    const key = foldToHans(factWords(t));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
