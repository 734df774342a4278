import * as z from 'zod/mini';
import { CATEGORIES, QUALIFIERS, ROLES, UNIT_FAMILIES } from '../types.js';

/**
 * The extraction contract, version 2 (what `extract()` returns and `jianbao extract --json` prints) as a zod
 * schema, and as JSON Schema for consumers in other languages. Spans are `[start, end)` in UTF-16 units of the
 * input. A reviewed extraction (edited by a person) is read back with the same schema.
 */
const count = z.int().check(z.nonnegative());
const span = z
  .tuple([count, count])
  .check(z.describe('[start, end) in UTF-16 code units of the input as decoded (BOM removed)'));

const category = z.enum(CATEGORIES as [string, ...string[]]);
const qualifier = z.enum(QUALIFIERS as [string, ...string[]]);
const nonEmpty = () => z.string().check(z.minLength(1));

export const metricSchema = z.strictObject({
  value: z.number(),
  valueMax: z.nullable(z.number()),
  unit: nonEmpty().check(z.describe('the measure word as written (項 or 项)')),
  family: z
    .enum(UNIT_FAMILIES as [string, ...string[]])
    .check(
      z.describe(
        'what the unit measures: people, person_times, times, items, money, area, length, rate, other',
      ),
    ),
  qualifier,
  label: z.string().check(z.describe("what is counted, in the source's words")),
  role: z
    .enum(ROLES as [string, ...string[]])
    .check(z.describe('how it counts: stock, participants, activity, output, outcome, rate, money')),
  indicator: nonEmpty().check(
    z.describe(
      "thing|measure|role (the thing: the lexicon's, with the verb of an outcome of what is put forward, as opinions:办结, or the label's own words; the measure: the unit family, other:<unit> for a family of its own, or a unit's own such as item_times for 件次): figures are added up only when their indicators are equal",
    ),
  ),
  category,
  restates: z
    .nullable(span)
    .check(z.describe('the earlier figure of the same section this one restates, else null')),
  text: nonEmpty(),
  span,
  reviewed: z.optional(z.boolean()).check(z.describe('true when a person edited or added the figure')),
  declared: z
    .optional(z.boolean())
    .check(z.describe('true when structured input (a sheet column, a record) gave it')),
});

const located = z.object({ text: nonEmpty(), span });

export const firstSchema = z.object({
  text: nonEmpty().check(z.describe('the whole claim as the source states it')),
  span,
  scope: z
    .nullable(z.string())
    .check(z.describe('全國, 全省, 省內, 蘇中蘇北地區, 該市 … as written; null when none is said')),
  kind: z.enum(['first_in_scope', 'first_time']),
  subject: z.nullable(z.string()).check(z.describe('who, when the claim names someone other than the city')),
});

export const extractedSectionSchema = z.object({
  kind: z.enum(['preface', 'city']),
  city: z.nullable(z.string()),
  source: z.nullable(z.string()),
  span,
  metrics: z.array(metricSchema),
  firsts: z.array(firstSchema),
  laws: z.array(z.object({ title: nonEmpty(), span, marked: z.boolean() })),
  dates: z.array(
    z.object({
      text: nonEmpty(),
      iso: z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)),
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
