import type {
  ChartNode,
  ClosingNode,
  EditorsNoteNode,
  EmphasisRun,
  ExcerptRun,
  FigureRun,
  HeadingNode,
  Inline,
  ListNode,
  MastheadNode,
  PageBreakNode,
  ParagraphNode,
  SourceNoteNode,
  SourceRef,
  TableCell,
  TableNode,
  TextRun,
  TitleNode,
} from './schema.js';

/**
 * Typed constructors for every node of the BriefingDocument, with the defaults compose uses (body paragraphs
 * indented and justified, headings numbered). A string stands for one text run wherever inlines are taken.
 * Place what they build with `insertSection`, which numbers headings and checks the result.
 */

/** Inlines from a string (one text run) or runs as given. */
export type Content = string | Inline[];
const runs = (content: Content): Inline[] => (typeof content === 'string' ? [text(content)] : content);

export const text = (value: string): TextRun => ({ type: 'text', value });
export const emphasis = (value: string): EmphasisRun => ({ type: 'emphasis', value });

/** A figure with its sources; the qualifier defaults to `exact`, the category to `other`, the indicator to the label. */
export function figure(
  fields: Pick<FigureRun, 'value' | 'number' | 'unit' | 'label' | 'sources'> &
    Partial<Pick<FigureRun, 'numberMax' | 'qualifier' | 'category' | 'indicator' | 'city'>>,
): FigureRun {
  return {
    type: 'figure',
    value: fields.value,
    number: fields.number,
    numberMax: fields.numberMax ?? null,
    unit: fields.unit,
    qualifier: fields.qualifier ?? 'exact',
    category: fields.category ?? 'other',
    label: fields.label,
    indicator: fields.indicator ?? fields.label,
    city: fields.city ?? null,
    sources: fields.sources,
  };
}

/** Words quoted from a source, with the span they were cut from. */
export function excerpt(children: string | Array<TextRun | FigureRun>, source: SourceRef): ExcerptRun {
  return { type: 'excerpt', children: typeof children === 'string' ? [text(children)] : children, source };
}

export function paragraph(
  content: Content,
  options: { indent?: boolean; align?: ParagraphNode['align'] } = {},
): ParagraphNode {
  return {
    type: 'paragraph',
    children: runs(content),
    indent: options.indent ?? true,
    align: options.align ?? 'justify',
  };
}

/**
 * A heading. Numbered ones (the default) get their number (一、 （一） 1. （1）) and, without an `id` of yours, their
 * id (`h-3`, `h-3-1`) from their position when `insertSection` or `renumberHeadings` runs.
 */
export function heading(
  level: HeadingNode['level'],
  content: string,
  options: { id?: string; numbered?: boolean } = {},
): HeadingNode {
  const numbered = options.numbered ?? true;
  return {
    type: 'heading',
    level,
    // A placeholder until renumbered: non-empty marks it as numbered.
    numbering: numbered ? '#' : '',
    text: content,
    id: options.id ?? NEW_HEADING_ID,
  };
}
/** The id of a heading built without one: renumbering gives it its positional id. */
export const NEW_HEADING_ID = 'h-new';

export function table(fields: {
  caption?: string | null;
  header?: Content[];
  rows: Content[][];
  /** Per column (default: the first left, the others right). */
  align?: Array<'left' | 'center' | 'right'>;
  /** Relative widths per column (default equal). */
  widths?: number[];
  notes?: string[];
}): TableNode {
  const count = Math.max(fields.header?.length ?? 0, ...fields.rows.map((row) => row.length), 1);
  const cell = (content: Content): TableCell => ({ children: runs(content) });
  return {
    type: 'table',
    caption: fields.caption ?? null,
    columns: Array.from({ length: count }, (_, i) => ({
      align: fields.align?.[i] ?? (i === 0 ? 'left' : 'right'),
      width: fields.widths?.[i] ?? 1,
    })),
    header: fields.header ? [fields.header.map(cell)] : [],
    rows: fields.rows.map((row) => row.map(cell)),
    notes: fields.notes ?? [],
  };
}

export function chart(
  fields: Pick<ChartNode, 'title' | 'unit' | 'categories' | 'series'> &
    Partial<Pick<ChartNode, 'kind' | 'note'>>,
): ChartNode {
  return {
    type: 'chart',
    kind: fields.kind ?? 'bar',
    title: fields.title,
    unit: fields.unit,
    categories: fields.categories,
    series: fields.series,
    note: fields.note ?? null,
  };
}

export function list(items: Content[], options: { ordered?: boolean } = {}): ListNode {
  return { type: 'list', ordered: options.ordered ?? false, items: items.map(runs) };
}

/** （来源：…） as printed. */
export const sourceNote = (content: Content): SourceNoteNode => ({
  type: 'sourceNote',
  children: runs(content),
});

export const pageBreak = (): PageBreakNode => ({ type: 'pageBreak' });

export function editorsNote(
  paragraphs: Array<string | ParagraphNode>,
  options: { label?: string } = {},
): EditorsNoteNode {
  return {
    type: 'editorsNote',
    label: options.label ?? '编者按',
    children: paragraphs.map((p) => (typeof p === 'string' ? paragraph(p) : p)),
  };
}

export function masthead(
  fields: Pick<MastheadNode, 'name' | 'issue' | 'office' | 'date'> &
    Partial<Pick<MastheadNode, 'classification'>>,
): MastheadNode {
  return { type: 'masthead', ...fields, classification: fields.classification ?? null };
}

export const title = (content: string, subtitle: string | null = null): TitleNode => ({
  type: 'title',
  text: content,
  subtitle,
});

export function closing(
  fields: Pick<ClosingNode, 'office' | 'printDate'> & Partial<Pick<ClosingNode, 'recipients' | 'copies'>>,
): ClosingNode {
  return {
    type: 'closing',
    recipients: fields.recipients ?? [],
    office: fields.office,
    printDate: fields.printDate,
    copies: fields.copies ?? null,
  };
}
