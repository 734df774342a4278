import type { Inline } from '../../document/schema.js';
import type { ProvincialTotal } from '../../summarize/types.js';
import { type DraftBlock, factRun, factWords, heading, paragraph, text, totalRun } from '../nodes.js';
import { cityList, cityName } from '../vocabulary.js';
import type { PartContext } from './context.js';

/** A measure, a total or a law list enters the overview when this many cities share it. */
export const SHARED_BY = 3;

/**
 * A total the overview and the table print: shared by SHARED_BY cities or more, of a thing the lexicon knows and not
 * a mere head count of those who took part — unless the input declared every figure of it (a sheet's column, such
 * as 立法件数 or 接待群众人次: the office chose to count it).
 */
export function isSharedTotal(total: ProvincialTotal): boolean {
  if (total.cities.length < SHARED_BY) return false;
  if (total.contributions.every((c) => c.metric.declared === true)) return true;
  return total.category !== 'other' && total.role !== 'participants';
}

/**
 * 一、总体情况: what the cities did alike, said plainly and backed by the data — which cities share a measure
 * (南京、无锡、徐州等8个市以人大代表讲坛为载体推动学习), a province total only where three or more cities counted the
 * same indicator, and which cities made laws and decisions. Nothing about the material, units or missing data.
 */
export function overview({ summary, figures }: PartContext): DraftBlock[] {
  const reported = summary.cities.filter((c) => c.reported);
  const all = reported.length;
  const who = (cities: readonly string[]) =>
    cities.length === all ? '各市' : cityList(cities.map((c) => cityName(c)));
  const sentences: Inline[][] = [];

  const measures = summary.measures.filter((m) => m.cities.length >= SHARED_BY).slice(0, 4);
  if (measures.length > 0) {
    sentences.push([text(`${measures.map((m) => `${who(m.cities)}${m.phrase}`).join('；')}。`)]);
  }
  const totals = summary.totals.filter(isSharedTotal);
  for (const total of totals.slice(0, 3)) {
    sentences.push([text(`${who(total.cities)}${total.name}合计`), totalRun(total, figures), text('。')]);
  }
  const lawCities = reported.filter((c) => c.laws.length > 0);
  if (lawCities.length >= 2) {
    // Each name quoted with its source, as the laws part prints it.
    const names = lawCities.flatMap((c) => c.laws.slice(0, 1)).slice(0, 3);
    sentences.push([
      text(`${who(lawCities.map((c) => c.city))}制定或作出了`),
      ...names.flatMap((law) => [text('《'), factRun(law, factWords(law)), text('》')]),
      text('等法规和决定。'),
    ]);
  }
  if (sentences.length === 0) return [];
  return [heading(1, '总体情况'), paragraph(sentences.flat())];
}
