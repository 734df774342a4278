import * as z from 'zod/mini';
import { JianbaoError } from '../errors.js';
import { extract, reportsOf } from '../extract/extract.js';
import { indicatorUnder } from '../extract/indicators.js';
import { extractedSectionSchema, extractionSchema, metricSchema } from '../extract/schema.js';
import { lazy } from '../lazy.js';
import { defaultLexicon, type Lexicon } from '../lexicon/lexicon.js';
import { check } from '../schema-issues.js';
import { summarize } from '../summarize/summarize.js';
import type { Extraction, InputFormat, Metric, Source, SourceMeta, SourcePart, Span } from '../types.js';

/**
 * A reviewed extraction: what `jianbao extract --review` writes for a person to edit (drop a figure, fix its label,
 * indicator, category or value, add one; choose the sentences a city's part quotes, by their spans) and what
 * `jianbao brief --extraction` makes the briefing from. It is the extraction contract plus the text it points into
 * (`source`) and, per city section, the spans of the sentences its part quotes (`excerpt`).
 */
export interface ReviewDocument extends Omit<Extraction, 'sections'> {
  source: {
    origin: string | null;
    format: InputFormat;
    text: string;
    meta?: SourceMeta;
    parts?: SourcePart[];
    bodyStart?: number;
  };
  sections: Array<Extraction['sections'][number] & { excerpt?: Span[] }>;
}

/** What a reviewed extraction gives back: the source, its extraction (edits marked), the chosen sentences. */
export interface Review {
  source: Source;
  extraction: Extraction;
  /** Per city (as the section names it): the spans its part quotes. */
  chosenSentences: Record<string, Span[]>;
}

/** The extraction contract with the source and the chosen sentences; built on first use. */
const reviewSchema = lazy(() => {
  const count = z.int().check(z.nonnegative());
  const span = z.tuple([count, count]);

  return z.strictObject({
    ...extractionSchema.shape,
    source: z.strictObject({
      origin: z.nullable(z.string()),
      format: z.string(),
      text: z.string(),
      meta: z.optional(z.record(z.string(), z.string())),
      parts: z.optional(z.array(z.looseObject({ span }))),
      bodyStart: z.optional(count),
    }),
    sections: z.array(
      z.object({
        ...extractedSectionSchema.shape,
        metrics: z.array(metricSchema),
        excerpt: z.optional(z.array(span)),
      }),
    ),
  });
});

/** The review document of a source: its extraction, its text, and the sentences each city's part would quote. */
export function reviewDocument(
  source: Source,
  extraction: Extraction,
  lexicon: Lexicon = defaultLexicon,
): ReviewDocument {
  const cityReports = reportsOf(source, extraction);
  const chosen = new Map<string, Span[]>();
  if (cityReports.length > 0) {
    for (const city of summarize(cityReports, { lexicon }).cities)
      chosen.set(
        city.city,
        city.excerpt.map((p) => p.span),
      );
  }
  return {
    ...extraction,
    source: {
      origin: source.origin,
      format: source.format,
      text: source.text,
      ...(Object.keys(source.meta).length > 0 ? { meta: source.meta } : {}),
      ...(source.parts ? { parts: source.parts } : {}),
      ...(source.bodyStart ? { bodyStart: source.bodyStart } : {}),
    },
    sections: extraction.sections.map((s) =>
      s.kind === 'city' && s.city !== null && chosen.has(s.city)
        ? { ...s, excerpt: chosen.get(s.city) ?? [] }
        : s,
    ),
  };
}

/**
 * Reads a reviewed extraction: checks it against the contract and against its own text (every span inside the
 * text, every figure's `text` the slice its span points to), naming the path of the first bad field
 * (`INPUT_SCHEMA … sections.2.metrics.5.text`). Figures a person added or changed are marked `reviewed`; a label
 * changed without its indicator gets the indicator its new words name.
 */
export function readReview(value: unknown, options: { origin?: string; lexicon?: Lexicon } = {}): Review {
  const where = options.origin ?? '(review)';
  const parsed = check(reviewSchema(), value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join('.') || '(root)';
    throw new JianbaoError('INPUT_SCHEMA', `${where}: ${path}: ${issue?.message ?? 'invalid'}`, {
      where: `${where}, ${path}`,
      issues: parsed.error.issues.slice(0, 10).map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  const doc = parsed.data as unknown as ReviewDocument;
  const text = doc.source.text;
  const bad = (path: string, message: string, at: number): never => {
    throw new JianbaoError('INPUT_SCHEMA', `${where}: ${path}: ${message}`, {
      where: `${where}, ${path}`,
      snippet: text.slice(Math.max(0, at - 10), at + 20),
    });
  };
  const inside = (s: Span, [from, to]: Span) => s[0] <= s[1] && s[0] >= from && s[1] <= to;
  doc.sections.forEach((section, i) => {
    if (!inside(section.span, [0, text.length]))
      bad(`sections.${i}.span`, 'lies outside the text', section.span[0]);
    section.metrics.forEach((m, k) => {
      const path = `sections.${i}.metrics.${k}`;
      if (!inside(m.span, section.span)) bad(`${path}.span`, 'lies outside its section', m.span[0]);
      if (text.slice(m.span[0], m.span[1]) !== m.text)
        bad(
          `${path}.text`,
          `is not the text at its span (${JSON.stringify(text.slice(m.span[0], m.span[1]))})`,
          m.span[0],
        );
    });
    (section.excerpt ?? []).forEach((s, k) => {
      if (!inside(s, section.span)) bad(`sections.${i}.excerpt.${k}`, 'lies outside its section', s[0]);
    });
  });
  const source: Source = {
    text,
    origin: doc.source.origin,
    format: doc.source.format as InputFormat,
    meta: doc.source.meta ?? {},
    ...(doc.source.parts ? { parts: doc.source.parts as SourcePart[] } : {}),
    ...(doc.source.bodyStart ? { bodyStart: doc.source.bodyStart } : {}),
  };
  // What the extractor reads from the same text, to tell a person's edits from its own reading.
  const lexicon = options.lexicon ?? defaultLexicon;
  const fresh = new Map<string, Metric>();
  for (const s of extract(source, { lexicon }).sections)
    for (const m of s.metrics) fresh.set(m.span.join(), m);
  const chosenSentences: Record<string, Span[]> = {};
  const sections = doc.sections.map(({ excerpt, ...section }) => {
    if (excerpt && section.city !== null) chosenSentences[section.city] = excerpt;
    return {
      ...section,
      metrics: section.metrics.map((m) => reviewed(m, fresh.get(m.span.join()), lexicon)),
    };
  });
  return { source, extraction: { schemaVersion: 2, script: doc.script, sections }, chosenSentences };
}

const SAME: ReadonlyArray<keyof Metric> = [
  'value',
  'valueMax',
  'unit',
  'qualifier',
  'label',
  'role',
  'indicator',
  'category',
];

function reviewed(metric: Metric, original: Metric | undefined, lexicon: Lexicon): Metric {
  if (original && SAME.every((key) => metric[key] === original[key])) return metric;
  const out: Metric = { ...metric, reviewed: true };
  // A corrected label names what is counted: unless the person set the indicator too, it follows the words.
  if (original && metric.label !== original.label && metric.indicator === original.indicator) {
    const reading = indicatorUnder(metric, metric.label, metric.role, lexicon);
    out.indicator = reading.indicator;
    if (metric.category === original.category) out.category = reading.category;
  }
  return out;
}
