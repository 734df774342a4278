import * as z from 'zod/mini';
import { BRIEFING_PARTS, type BriefingPart } from '../compose/options.js';
import { CATEGORIES, type Category } from '../types.js';

/**
 * The briefing document: one typed tree that every renderer lays out. Renderers never look at city
 * data and never invent wording — every string a reader sees is decided here, in compose.
 * The zod schema is the single source of truth; the TypeScript types are inferred from it.
 */
export const BRIEFING_DOCUMENT_VERSION = 2 as const;

/**
 * The composed part a block belongs to (editorsNote, overview, cities, firsts, laws, closing …): the anchors
 * `insertSection` places a section by. Absent on the masthead, the title and blocks a caller adds.
 */
const part = z.optional(z.enum(BRIEFING_PARTS as unknown as [BriefingPart, ...BriefingPart[]]));

const count = z.int().check(z.nonnegative());
const span = z.tuple([count, count]);
const nonEmpty = () => z.string().check(z.minLength(1));

/** Where a figure was read: enough for a reviewer to check it without the source files. */
export const sourceRefSchema = z.object({
  city: z.nullable(z.string()),
  /** The input file (or null for an anonymous string). */
  origin: z.nullable(z.string()),
  /** `[start, end)` of the figure in that input, UTF-16 code units. */
  span,
  /** The figure (or the quoted words) as written there. */
  text: z.string(),
  /** The sentence it stands in, as written there. */
  quote: z.string(),
  /** 1-based line of the input where it starts: the reference a person looks up (第12行). */
  line: z.int().check(z.positive()),
});

export const textRunSchema = z.object({ type: z.literal('text'), value: z.string() });
export const emphasisRunSchema = z.object({ type: z.literal('emphasis'), value: z.string() });
export const figureRunSchema = z.object({
  type: z.literal('figure'),
  /** What the reader sees, qualifier included (逾8300名, 約300項, 1198次). */
  value: z.string(),
  number: z.number(),
  numberMax: z.nullable(z.number()),
  unit: z.string(),
  /** City qualifiers, plus `at_least` for sums with a 余/多/超 part. */
  qualifier: z.enum(['exact', 'more_than', 'nearly', 'over', 'approx', 'range', 'at_least']),
  category: z.enum(CATEGORIES as [Category, ...Category[]]),
  /** What it counts, in the source's words (举办代表培训班); for a total, the indicator's name. */
  label: z.string(),
  /**
   * The comparability key, the figure's `Indicator` (`thing|measure|role`): figures are added only within one
   * indicator. A figure built with `build.figure` and no indicator carries its label, comparable with nothing else.
   */
  indicator: z.string(),
  /** The city it belongs to; null for a province-wide total. */
  city: z.nullable(z.string()),
  /** One source for a city figure; every contributing figure for a total. */
  sources: z.array(sourceRefSchema).check(z.minLength(1)),
});
/**
 * A city's own words, quoted (a kept sentence, trimmed): its runs as printed (converted to the briefing's
 * script, PDF damage repaired) and the source span it was cut from. Figures inside it print as the source
 * wrote them and keep their own sources. This is how the 摘编 cites every sentence it prints.
 */
export const excerptRunSchema = z.object({
  type: z.literal('excerpt'),
  children: z.array(z.discriminatedUnion('type', [textRunSchema, figureRunSchema])).check(z.minLength(1)),
  source: sourceRefSchema,
});
export const inlineSchema = z.discriminatedUnion('type', [
  textRunSchema,
  emphasisRunSchema,
  figureRunSchema,
  excerptRunSchema,
]);

const inlines = z.array(inlineSchema);

export const mastheadSchema = z.object({
  type: z.literal('masthead'),
  part,
  /** The briefing's name, printed large and red (人大工作簡報). */
  name: nonEmpty(),
  /** 第12期 — as printed. */
  issue: z.string(),
  office: z.string(),
  /** As printed (2024年1月15日). */
  date: z.string(),
  /** 內部資料 and the like; null for none. */
  classification: z.nullable(z.string()),
});
export const titleSchema = z.object({
  type: z.literal('title'),
  part,
  text: nonEmpty(),
  subtitle: z.nullable(z.string()),
});
export const paragraphSchema = z.object({
  type: z.literal('paragraph'),
  part,
  children: inlines,
  /** Two-character first-line indent (body text); false for centred or flush lines. */
  indent: z.boolean(),
  align: z.enum(['left', 'center', 'right', 'justify']),
});
export const editorsNoteSchema = z.object({
  type: z.literal('editorsNote'),
  part,
  /** 編者按 / 编者按, as printed before the first paragraph. */
  label: z.string(),
  children: z.array(paragraphSchema).check(z.minLength(1)),
});
export const headingSchema = z.object({
  type: z.literal('heading'),
  part,
  level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  /** 一、 (一) 1. (1) — generated in compose from the heading's position. */
  numbering: z.string(),
  text: nonEmpty(),
  /** Stable id for bookmarks and cross-references. */
  id: nonEmpty(),
});
export const tableCellSchema = z.object({ children: inlines });
export const tableSchema = z.object({
  type: z.literal('table'),
  part,
  caption: z.nullable(z.string()),
  columns: z
    .array(
      z.object({
        align: z.enum(['left', 'center', 'right']),
        /** Relative width; renderers scale the widths to the text block. */
        width: z.number().check(z.positive()),
      }),
    )
    .check(z.minLength(1)),
  /** Header rows, repeated on every page. */
  header: z.array(z.array(tableCellSchema)),
  rows: z.array(z.array(tableCellSchema)),
  /** Notes printed under the table (how 余/近/超 are counted …). */
  notes: z.array(z.string()),
});
export const chartSchema = z.object({
  type: z.literal('chart'),
  part,
  /** `bar`: horizontal bars; `column`: vertical columns. */
  kind: z.enum(['bar', 'column']),
  title: z.string(),
  unit: z.string(),
  categories: z.array(z.string()).check(z.minLength(1)),
  series: z
    .array(z.object({ name: z.string(), values: z.array(z.nullable(z.number())) }))
    .check(z.minLength(1)),
  /** Printed under the chart; null for none. */
  note: z.nullable(z.string()),
});
export const listSchema = z.object({
  type: z.literal('list'),
  part,
  ordered: z.boolean(),
  items: z.array(inlines),
});
export const sourceNoteSchema = z.object({
  type: z.literal('sourceNote'),
  part,
  /** The whole note as printed, e.g. （來源：南京市人大常委會研究室）. */
  children: inlines,
});
export const pageBreakSchema = z.object({ type: z.literal('pageBreak'), part });
export const closingSchema = z.object({
  type: z.literal('closing'),
  part,
  /** 報/送/發 lines: label as printed (報：) and recipients. */
  recipients: z.array(z.object({ label: z.string(), text: z.string() })),
  office: z.string(),
  /** As printed (2024年1月15日印發). */
  printDate: z.string(),
  /** 共印50份 — as printed; null for none. */
  copies: z.nullable(z.string()),
});

export const blockSchema = z.discriminatedUnion('type', [
  mastheadSchema,
  titleSchema,
  editorsNoteSchema,
  headingSchema,
  paragraphSchema,
  tableSchema,
  chartSchema,
  listSchema,
  sourceNoteSchema,
  pageBreakSchema,
  closingSchema,
]);

export const briefingDocumentSchema = z.object({
  type: z.literal('briefing'),
  version: z.literal(BRIEFING_DOCUMENT_VERSION),
  meta: z.object({
    title: z.string(),
    subject: z.string(),
    keywords: z.array(z.string()),
    /** The compiling office. */
    author: z.string(),
    language: z.enum(['zh-CN', 'zh-TW']),
    script: z.enum(['hans', 'hant']),
    style: z.enum(['official', 'modern']),
    /** ISO date of the briefing; renderers use it for creation dates so output is deterministic. */
    date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  }),
  children: z.array(blockSchema),
});

export type SourceRef = z.infer<typeof sourceRefSchema>;
export type TextRun = z.infer<typeof textRunSchema>;
export type EmphasisRun = z.infer<typeof emphasisRunSchema>;
export type FigureRun = z.infer<typeof figureRunSchema>;
export type ExcerptRun = z.infer<typeof excerptRunSchema>;
export type Inline = z.infer<typeof inlineSchema>;
export type MastheadNode = z.infer<typeof mastheadSchema>;
export type TitleNode = z.infer<typeof titleSchema>;
export type EditorsNoteNode = z.infer<typeof editorsNoteSchema>;
export type HeadingNode = z.infer<typeof headingSchema>;
export type ParagraphNode = z.infer<typeof paragraphSchema>;
export type TableCell = z.infer<typeof tableCellSchema>;
export type TableNode = z.infer<typeof tableSchema>;
export type ChartNode = z.infer<typeof chartSchema>;
export type ListNode = z.infer<typeof listSchema>;
export type SourceNoteNode = z.infer<typeof sourceNoteSchema>;
export type PageBreakNode = z.infer<typeof pageBreakSchema>;
export type ClosingNode = z.infer<typeof closingSchema>;
export type BlockNode = z.infer<typeof blockSchema>;
export type BlockType = BlockNode['type'];
export type BriefingDocument = z.infer<typeof briefingDocumentSchema>;

/** Every block kind, so renderers and tests can check they handle them all. */
const typesOf = (union: { _zod: { def: { options: readonly unknown[] } } }): string[] =>
  union._zod.def.options.map(
    (option) =>
      ((option as z.ZodMiniObject).shape.type as z.ZodMiniLiteral<string>)._zod.def.values[0] as string,
  );
export const BLOCK_TYPES = typesOf(blockSchema) as BlockType[];
export const INLINE_TYPES = typesOf(inlineSchema) as Inline['type'][];
