import type { Inline } from '../../document/schema.js';
import type { CitySummary, FigureRef } from '../../summarize/types.js';
import { tellingFirsts } from '../facts.js';
import { type DraftBlock, type FigureStyle, figureRun, heading, paragraph, text } from '../nodes.js';
import { CATEGORY_NAMES, cityName } from '../vocabulary.js';
import type { PartContext } from './context.js';

/** Figures per sentence: three keep a sentence readable. */
const FIGURES_PER_SENTENCE = 3;

/**
 * 三、各地亮点: every city in input order, in 2–4 sentences of the briefing's own words built from its key
 * figures, firsts, laws and brands. A city without figures (盐城 in the Jiangsu example) is written from
 * what else it reported.
 */
export function highlights({ summary, options, figures }: PartContext): DraftBlock[] {
  const blocks: DraftBlock[] = [heading(1, '各地亮点')];
  const common = commonBrands(summary.cities);
  for (const city of summary.cities) {
    const sentences = citySentences(city, figures, common).slice(0, options.highlights);
    blocks.push(heading(2, cityName(city.city)), paragraph(sentences.flat()));
  }
  return blocks;
}

/** Candidate sentences in the order they are used; at least two for a city that reported. */
export function citySentences(
  city: CitySummary,
  style: FigureStyle,
  common: ReadonlySet<string> = new Set(),
): Inline[][] {
  const name = cityName(city.city);
  // Uncategorised figures say least on their own; a rate reads only with its own label (办成率).
  const key = city.keyFigures.filter(
    (f) => f.metric.category !== 'other' && (f.metric.category !== 'rate' || /率$/.test(f.metric.label)),
  );
  const firstBatch = key.slice(0, FIGURES_PER_SENTENCE);
  const secondBatch = key.slice(FIGURES_PER_SENTENCE, FIGURES_PER_SENTENCE * 2);
  const firsts = tellingFirsts(city.firsts).map((f) => f.text);
  const laws = distinct(city.laws.map((l) => l.text));
  const brands = distinct(city.brands.map((b) => b.text)).filter((b) => !common.has(b));
  if (!city.reported) return [[text(`${name}本期未报送材料。`)]];
  const sentences: Inline[][] = [];
  // A city without figures (盐城 in the Jiangsu example) opens by saying so, so it still leads with its name.
  if (city.figureCount === 0) sentences.push([text(`${name}材料以工作做法为主，未列出统计数字。`)]);
  if (firstBatch.length > 0) {
    sentences.push(figureSentence(`${name}材料列出数字${city.figureCount}项，其中`, firstBatch, style));
  }
  if (firsts.length > 0) sentences.push([text(`创新做法上，${firsts.slice(0, 2).join('；')}。`)]);
  if (laws.length > 0) {
    const titles = laws
      .slice(0, 3)
      .map((l) => `《${l}》`)
      .join('');
    sentences.push([text(`立法和决定方面，涉及${titles}${laws.length > 3 ? '等' : ''}。`)]);
  }
  if (brands.length > 0) {
    const named = brands
      .slice(0, 3)
      .map((b) => `“${b}”`)
      .join('');
    sentences.push([text(`工作中突出${named}${brands.length > 3 ? '等' : ''}品牌和抓手。`)]);
  }
  if (secondBatch.length > 0) sentences.push(figureSentence('此外，', secondBatch, style));
  if (sentences.length < 2) sentences.push([text(`详情见${name}报送材料。`)]);
  return sentences;
}

/**
 * 代表参与8300余名、代表讲坛73期 — each figure named by its category, in the briefing's own words (the
 * source quote says exactly what was counted); a rate by its own label.
 */
function figureSentence(lead: string, batch: readonly FigureRef[], style: FigureStyle): Inline[] {
  const out: Inline[] = [text(lead)];
  batch.forEach((figure, i) => {
    if (i > 0) out.push(text('、'));
    const { category, label } = figure.metric;
    out.push(text(category === 'rate' ? label : CATEGORY_NAMES[category]), figureRun(figure, style));
  });
  out.push(text('。'));
  return out;
}

/**
 * Brands that three or more cities name (the province-wide campaign's slogan) tell nothing about one city.
 */
export function commonBrands(cities: readonly CitySummary[]): Set<string> {
  const count = new Map<string, number>();
  for (const city of cities) {
    for (const brand of new Set(city.brands.map((b) => b.text)))
      count.set(brand, (count.get(brand) ?? 0) + 1);
  }
  return new Set([...count].filter(([, n]) => n >= 3).map(([brand]) => brand));
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}
