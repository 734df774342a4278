import { z } from 'zod';
import { CATEGORIES, QUALIFIERS } from '../types.js';

/**
 * The extraction contract (what `extract()` returns and `jianbao extract --json` prints) as a zod schema, and as
 * JSON Schema for consumers in other languages. Spans are `[start, end)` in UTF-16 units of the input.
 */
const span = z
  .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
  .describe('[start, end) in UTF-16 code units of the input as decoded (BOM removed)');

const category = z.enum(CATEGORIES as [string, ...string[]]);
const qualifier = z.enum(QUALIFIERS as [string, ...string[]]);

export const metricSchema = z.object({
  value: z.number(),
  valueMax: z.number().nullable(),
  unit: z.string().min(1),
  qualifier,
  category,
  label: z.string(),
  text: z.string().min(1),
  span,
});

const located = z.object({ text: z.string().min(1), span });

export const extractedSectionSchema = z.object({
  kind: z.enum(['preface', 'city']),
  city: z.string().nullable(),
  source: z.string().nullable(),
  span,
  metrics: z.array(metricSchema),
  firsts: z.array(located),
  laws: z.array(z.object({ title: z.string().min(1), span })),
  dates: z.array(
    z.object({
      text: z.string().min(1),
      iso: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
      span,
    }),
  ),
  titles: z.array(located),
  brands: z.array(located),
});

export const extractionSchema = z.object({
  schemaVersion: z.literal(1),
  script: z.enum(['hans', 'hant', 'mixed']),
  sections: z.array(extractedSectionSchema),
});

/** JSON Schema (draft 2020-12) of the extraction contract. */
export const extractionJsonSchema = z.toJSONSchema(extractionSchema);
