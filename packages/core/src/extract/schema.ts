import * as z from 'zod';
import { CATEGORIES, QUALIFIERS, ROLES, UNIT_FAMILIES } from '../types.js';

/**
 * The extraction contract, version 2 (what `extract()` returns and `jianbao extract --json` prints) as a zod
 * schema, and as JSON Schema for consumers in other languages. Spans are `[start, end)` in UTF-16 units of the
 * input. A reviewed extraction (edited by a person) is read back with the same schema.
 */
const span = z
  .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
  .describe('[start, end) in UTF-16 code units of the input as decoded (BOM removed)');

const category = z.enum(CATEGORIES as [string, ...string[]]);
const qualifier = z.enum(QUALIFIERS as [string, ...string[]]);

export const metricSchema = z
  .object({
    value: z.number().finite(),
    valueMax: z.number().finite().nullable(),
    unit: z.string().min(1).describe('the measure word as written (項 or 项)'),
    family: z
      .enum(UNIT_FAMILIES as [string, ...string[]])
      .describe(
        'what the unit measures: people, person_times, times, items, money, area, length, rate, other',
      ),
    qualifier,
    label: z.string().describe("what is counted, in the source's words"),
    role: z
      .enum(ROLES as [string, ...string[]])
      .describe('how it counts: stock, participants, activity, output, outcome, rate, money'),
    indicator: z
      .string()
      .min(1)
      .describe('thing|family|role: figures are added up only when their indicators are equal'),
    category,
    restates: span.nullable().describe('the earlier figure of the same section this one restates, else null'),
    text: z.string().min(1),
    span,
    reviewed: z.boolean().optional().describe('true when a person edited or added the figure'),
  })
  .strict();

const located = z.object({ text: z.string().min(1), span });

export const firstSchema = z.object({
  text: z.string().min(1).describe('the whole claim as the source states it'),
  span,
  scope: z
    .string()
    .nullable()
    .describe('全國, 全省, 省內, 蘇中蘇北地區, 該市 … as written; null when none is said'),
  kind: z.enum(['first_in_scope', 'first_time']),
  subject: z.string().nullable().describe('who, when the claim names someone other than the city'),
});

export const extractedSectionSchema = z.object({
  kind: z.enum(['preface', 'city']),
  city: z.string().nullable(),
  source: z.string().nullable(),
  span,
  metrics: z.array(metricSchema),
  firsts: z.array(firstSchema),
  laws: z.array(z.object({ title: z.string().min(1), span, marked: z.boolean() })),
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
  schemaVersion: z.literal(2),
  script: z.enum(['hans', 'hant', 'mixed']),
  sections: z.array(extractedSectionSchema),
});

/** JSON Schema (draft 2020-12) of the extraction contract. */
export const extractionJsonSchema = z.toJSONSchema(extractionSchema);
