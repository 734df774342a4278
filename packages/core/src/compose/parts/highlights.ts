import type { Inline } from '../../document/schema.js';
import type { CitySummary, FigureRef } from '../../summarize/types.js';
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
  for (const city of summary.cities) {
    const sentences = citySentences(city, figures).slice(0, options.highlights);
    blocks.push(heading(2, cityName(city.city)), paragraph(sentences.flat()));
  }
  return blocks;
}

/** Candidate sentences in the order they are used; always at least two. */
export function citySentences(city: CitySummary, style: FigureStyle): Inline[][] {
  const name = cityName(city.city);
  // Rates and uncategorised figures say least on their own: they come last.
  const weight = (f: FigureRef) => (f.metric.category === 'other' ? 2 : f.metric.category === 'rate' ? 1 : 0);
  const key = [...city.keyFigures].sort((a, b) => weight(a) - weight(b));
  const firstBatch = key.slice(0, FIGURES_PER_SENTENCE);
  const secondBatch = key.slice(FIGURES_PER_SENTENCE, FIGURES_PER_SENTENCE * 2);
  const sentences: Inline[][] = [];
  if (firstBatch.length > 0) sentences.push(figureSentence(name, firstBatch, style));
  if (city.firsts.length > 0) {
    sentences.push([
      text(
        `创新做法上，${city.firsts
          .slice(0, 2)
          .map((f) => trimEnd(f.text))
          .join('；')}。`,
      ),
    ]);
  }
  if (city.laws.length > 0) {
    const titles = city.laws
      .slice(0, 3)
      .map((l) => `《${l.text}》`)
      .join('');
    sentences.push([text(`立法和决定方面，涉及${titles}${city.laws.length > 3 ? '等' : ''}。`)]);
  }
  if (city.brands.length > 0) {
    const brands = city.brands
      .slice(0, 3)
      .map((b) => `“${b.text}”`)
      .join('');
    sentences.push([text(`工作中突出${brands}${city.brands.length > 3 ? '等' : ''}品牌和抓手。`)]);
  }
  if (secondBatch.length > 0) sentences.push(figureSentence('此外，', secondBatch, style));
  if (city.figureCount === 0) sentences.push([text(`${name}材料以工作做法为主，未列出统计数字。`)]);
  if (sentences.length < 2) sentences.push([text(`详情见${name}报送材料。`)]);
  return sentences;
}

/** 南京市确定调研课题36项，举办代表讲坛80余场。 — the label says what each figure counts. */
function figureSentence(lead: string, batch: readonly FigureRef[], style: FigureStyle): Inline[] {
  const out: Inline[] = [text(lead)];
  batch.forEach((figure, i) => {
    if (i > 0) out.push(text('，'));
    out.push(text(figure.metric.label || CATEGORY_NAMES[figure.metric.category]), figureRun(figure, style));
  });
  out.push(text('。'));
  return out;
}

/** A phrase cut from prose may end in a comma or full stop; the sentence adds its own. */
function trimEnd(phrase: string): string {
  return phrase.replace(/[，。；、,.;\s]+$/u, '');
}
