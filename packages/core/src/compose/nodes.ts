import type {
  BlockNode,
  ExcerptRun,
  FigureRun,
  Inline,
  ParagraphNode,
  SourceRef,
} from '../document/schema.js';
import type { CityAmount, ExcerptPiece, FactRef, FigureRef, ProvincialTotal } from '../summarize/types.js';
import { type DisplayQualifier, figureText } from './figureText.js';
import type { BriefingPart } from './options.js';

/** A heading before numbering: `numbered: false` for 附 and the like. Numbers come from position later. */
export interface DraftHeading {
  type: 'draftHeading';
  level: 1 | 2 | 3 | 4;
  text: string;
  numbered: boolean;
  /** Id for an unnumbered heading (numbered ones get theirs from their number). */
  slug?: string;
  part?: BriefingPart;
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
  /** Write 万/亿 from 10000 up (default); false for a table column whose numbers would not all take the same. */
  grouping?: boolean;
}

export function sourceRef(figure: FigureRef): SourceRef {
  return {
    city: figure.city,
    origin: figure.origin,
    span: figure.metric.span,
    text: figure.metric.text,
    quote: figure.quote,
    line: figure.line,
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
  const { unit, category, label, indicator } = figure.metric;
  return {
    type: 'figure',
    value: figureText(
      { ...amount, unit },
      { withUnit, lowerBound: style.lowerBound, ...(style.grouping === false ? { grouping: false } : {}) },
    ),
    number: amount.value,
    numberMax: amount.valueMax,
    unit,
    qualifier: amount.qualifier,
    category,
    label,
    indicator,
    city,
    sources: sources.map(sourceRef),
  };
}

/** One city's figure as it reported it. */
export function figureRun(figure: FigureRef, style: FigureStyle, withUnit = true): FigureRun {
  return run(figure.metric, figure, figure.city, [figure], style, withUnit);
}

/** A city's amount in one (category, unit): one figure or the sum of several, with every source. */
export function amountRun(amount: CityAmount, style: FigureStyle, withUnit = true, unit?: string): FigureRun {
  const [first] = amount.figures;
  if (!first) throw new Error('unreachable: a city amount without figures');
  const figure = unit === undefined ? first : { ...first, metric: { ...first.metric, unit } };
  return run(amount, figure, amount.city, amount.figures, style, withUnit);
}

/** A province-wide total, citing every figure counted in it, in the total's unit and named as its indicator. */
export function totalRun(total: ProvincialTotal, style: FigureStyle, withUnit = true): FigureRun {
  const counted = total.contributions.filter((c) => c.counted);
  const [first] = counted;
  if (!first) throw new Error('unreachable: a total without figures');
  const figure = { ...first, metric: { ...first.metric, unit: total.unit, label: total.name } };
  return run(
    { value: total.value, valueMax: null, qualifier: total.qualifier },
    figure,
    null,
    counted,
    style,
    withUnit,
  );
}

/**
 * A city's own words: one piece of its excerpt, as an excerpt run whose figures print as the source wrote them
 * (normalized) and keep their sources.
 */
export function excerptRun(
  piece: ExcerptPiece,
  city: string,
  origin: string | null,
  style: FigureStyle,
): ExcerptRun {
  const children: ExcerptRun['children'] = [];
  let at = 0;
  for (const {
    metric,
    at: [s, e],
  } of [...piece.figures].sort((a, b) => a.at[0] - b.at[0])) {
    if (s < at) continue;
    if (s > at) children.push({ type: 'text', value: piece.text.slice(at, s) });
    const ref: FigureRef = {
      city,
      origin,
      metric,
      quote: piece.quote,
      quoteSpan: piece.quoteSpan,
      line: piece.line,
    };
    children.push({ ...figureRun(ref, style), value: piece.text.slice(s, e) });
    at = e;
  }
  if (at < piece.text.length) children.push({ type: 'text', value: piece.text.slice(at) });
  return {
    type: 'excerpt',
    children,
    source: {
      city,
      origin,
      span: piece.span,
      text: piece.quote.slice(piece.span[0] - piece.quoteSpan[0], piece.span[1] - piece.quoteSpan[0]),
      quote: piece.quote,
      line: piece.line,
    },
  };
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

/** A fact's words as they print: the line breaks and spaces of a report's layout (若干规⏎定) taken out. */
export const factWords = (fact: FactRef): string => fact.text.replace(/\s+/g, '');

/** A fact the source states (a first's claim, a law's name), quoted with its source; `words` is what prints. */
export function factRun(fact: FactRef, words: string): ExcerptRun {
  return {
    type: 'excerpt',
    children: [{ type: 'text', value: words }],
    source: {
      city: fact.city,
      origin: fact.origin,
      span: fact.span,
      text: fact.text,
      quote: fact.quote,
      line: fact.line,
    },
  };
}
