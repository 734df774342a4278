import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract, reportsOf } from '../src/extract/extract.js';
import { readSource } from '../src/ingest/read-source.js';
import { summarize } from '../src/summarize/summarize.js';
import { type Indicator, ROLES, UNIT_FAMILIES } from '../src/types.js';

/**
 * `Indicator` is typed `thing|measure|role` with the role one of ROLES (issue 19: the indicator as a literal type).
 * The type is a claim about every key extraction makes; this checks it on the bundled reports and the fixtures.
 */
const dataset = fileURLToPath(new URL('../../../apps/demo/data/jiangsu/', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures/extract/', import.meta.url));
const texts = [
  ...readdirSync(dataset)
    .filter((name) => name.endsWith('.md'))
    .map((name) => readFileSync(dataset + name, 'utf8')),
  ...readdirSync(fixtures)
    .filter((name) => name.endsWith('.md'))
    .map((name) => readFileSync(fixtures + name, 'utf8')),
];
const measure = `(?:${UNIT_FAMILIES.filter((f) => f !== 'other').join('|')}|item_times|other:[^|]+)`;
// The thing is empty for a figure nothing names; such a figure is never added up: other or rate (checked below).
const WELL_FORMED = new RegExp(`^[^|]*\\|${measure}\\|(?:${ROLES.join('|')})$`);

describe('indicators', () => {
  it('type-check as thing|measure|role, and only with a role', () => {
    const ok: Indicator = 'lectures|times|activity';
    // @ts-expect-error: no role
    const noRole: Indicator = 'lectures|times';
    // @ts-expect-error: a role misspelt
    const misspelt: Indicator = 'lectures|times|activty';
    expect([ok, noRole, misspelt].map((key) => WELL_FORMED.test(key))).toEqual([true, false, false]);
  });

  it('are that shape for every figure extracted and every total summed', () => {
    let figures = 0;
    for (const text of texts) {
      const source = readSource(text, { origin: 'report.md' });
      const extraction = extract(source);
      for (const section of extraction.sections)
        for (const metric of section.metrics) {
          figures++;
          expect(metric.indicator, metric.text).toMatch(WELL_FORMED);
          if (metric.indicator.startsWith('|'))
            expect(['other', 'rate'], metric.text).toContain(metric.category);
        }
      for (const total of summarize(reportsOf(source, extraction)).totals)
        expect(total.indicator).toMatch(WELL_FORMED);
    }
    expect(figures).toBeGreaterThan(100);
  });
});
