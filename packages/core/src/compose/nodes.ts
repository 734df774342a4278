import type { BlockNode, FigureRun, Inline, ParagraphNode, SourceRef } from '../document/schema.js';
import type { CityAmount, FigureRef, ProvincialTotal } from '../summarize/types.js';
import { type DisplayQualifier, figureText } from './figureText.js';

/** A heading before numbering: `numbered: false` for 附 and the like. Numbers come from position later. */
export interface DraftHeading {
  type: 'draftHeading';
  level: 1 | 2 | 3 | 4;
  text: string;
  numbered: boolean;
  /** Id for an unnumbered heading (numbered ones get theirs from their number). */
  slug?: string;
}
export type DraftBlock = BlockNode | DraftHeading;

export const text = (value: string): Inline => ({ type: 'text', value });
export const emphasis = (value: string): Inline => ({ type: 'emphasis', value });

export function paragraph(
  children: Inline[],
  options: Partial<Pick<ParagraphNode, 'indent' | 'align'>> = {},
): ParagraphNode {
  return {
    type: 'paragraph',
    children: mergeText(children),
    indent: options.indent ?? true,
    align: options.align ?? 'justify',
  };
}

export function heading(level: 1 | 2 | 3 | 4, value: string, numbered = true, slug?: string): DraftHeading {
  return slug
    ? { type: 'draftHeading', level, text: value, numbered, slug }
    : { type: 'draftHeading', level, text: value, numbered };
}

/** How figures are printed throughout one document. */
export interface FigureStyle {
  lowerBound: 'yu' | 'zhishao';
}

export function sourceRef(figure: FigureRef): SourceRef {
  return {
    city: figure.city,
    origin: figure.origin,
    span: figure.metric.span,
    text: figure.metric.text,
    quote: figure.quote,
  };
}

function run(
  amount: { value: number; valueMax: number | null; qualifier: DisplayQualifier },
  figure: FigureRef,
  city: string | null,
  sources: readonly FigureRef[],
  style: FigureStyle,
  withUnit: boolean,
): FigureRun {
  const { unit, category } = figure.metric;
  return {
    type: 'figure',
    value: figureText({ ...amount, unit }, { withUnit, lowerBound: style.lowerBound }),
    number: amount.value,
    numberMax: amount.valueMax,
    unit,
    qualifier: amount.qualifier,
    category,
    city,
    sources: sources.map(sourceRef),
  };
}

/** One city's figure as it reported it. */
export function figureRun(figure: FigureRef, style: FigureStyle, withUnit = true): FigureRun {
  return run(figure.metric, figure, figure.city, [figure], style, withUnit);
}

/** A city's amount in one (category, unit): one figure or the sum of several, with every source. */
export function amountRun(amount: CityAmount, style: FigureStyle, withUnit = true): FigureRun {
  const [first] = amount.figures;
  if (!first) throw new Error('unreachable: a city amount without figures');
  return run(amount, first, amount.city, amount.figures, style, withUnit);
}

/** A province-wide total, citing every figure counted in it. */
export function totalRun(total: ProvincialTotal, style: FigureStyle, withUnit = true): FigureRun {
  const counted = total.contributions.filter((c) => c.counted);
  const [first] = counted;
  if (!first) throw new Error('unreachable: a total without figures');
  return run(
    { value: total.value, valueMax: null, qualifier: total.qualifier },
    first,
    null,
    counted,
    style,
    withUnit,
  );
}

/** Adjacent text runs joined, so a paragraph reads as few runs as it can. */
function mergeText(children: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const child of children) {
    const last = out.at(-1);
    if (child.type === 'text' && last?.type === 'text') out[out.length - 1] = text(last.value + child.value);
    else if (!(child.type === 'text' && child.value === '')) out.push(child);
  }
  return out;
}
