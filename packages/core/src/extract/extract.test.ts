import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ARTICLE_CITIES } from '../../test/seed-article.js';
import { isJianbaoError } from '../errors.js';
import { readSource } from '../ingest/read-source.js';
import type { Extraction } from '../types.js';
import { extract, extractReports, reportsOf } from './extract.js';
import { loadExtractionJsonSchema } from './json-schema.js';
import { extractionSchema } from './schema.js';
import { extractionJsonSchema } from './schema.json.js';

const articlePath = fileURLToPath(
  new URL('../../../../../shared/seeds/000_25c6cbe3a67b6b86.txt', import.meta.url),
);
const hasArticle = existsSync(articlePath);
if (!hasArticle)
  console.warn(`skipping example-article tests: ${articlePath} is absent (../shared is not in a clone)`);

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(extractionJsonSchema);

describe('the extraction contract as JSON Schema', () => {
  it('is the zod schema converted (regenerate with scripts/generate-json-schema.ts after a change)', () => {
    expect(extractionJsonSchema).toEqual(z.toJSONSchema(extractionSchema));
  });

  it('is what loadExtractionJsonSchema() gives, loaded on first use', async () => {
    expect(await loadExtractionJsonSchema()).toBe(extractionJsonSchema);
  });
});

/** Every fact's span cuts its own text out of the input. */
function expectSpansCut(input: string, extraction: Extraction) {
  for (const section of extraction.sections) {
    for (const fact of [
      ...section.metrics,
      ...section.firsts,
      ...section.dates,
      ...section.titles,
      ...section.brands,
    ]) {
      expect(input.slice(fact.span[0], fact.span[1])).toBe(fact.text);
    }
    for (const law of section.laws) expect(input.slice(law.span[0], law.span[1])).toBe(law.title);
  }
}

describe.skipIf(!hasArticle)('extract() on the example article', () => {
  const input = hasArticle ? readFileSync(articlePath, 'utf8') : '';
  const extraction = hasArticle ? extract(input, { referenceDate: '2024-01-20' }) : undefined;

  it('gives the preface and 13 city sections that partition the input', () => {
    const sections = extraction?.sections ?? [];
    expect(sections.filter((s) => s.kind === 'city').map((s) => s.city)).toEqual(ARTICLE_CITIES);
    expect(sections[0]?.span[0]).toBe(0);
    expect(sections.at(-1)?.span[1]).toBe(input.length);
    expect(extraction?.script).toBe('hant');
  });

  it('validates against the JSON Schema and keeps every span on its text', () => {
    const ok = validate(JSON.parse(JSON.stringify(extraction)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    if (extraction) expectSpansCut(input, extraction);
  });

  it('reads spaced figures through the normalizer and maps them back to the text as written', () => {
    const wuxi = extraction?.sections.find((s) => s.city === '無錫');
    expect(wuxi?.metrics[0]).toMatchObject({
      value: 8300,
      unit: '名',
      qualifier: 'more_than',
      text: '8300 余名',
    });
    expect(wuxi?.dates[0]).toMatchObject({ iso: '2023-12' });
    const xuzhou = extraction?.sections.find((s) => s.city === '徐州');
    expect(xuzhou?.laws.map((l) => l.title)).toContain('徐州市快遞條例');
  });

  it('returns the city sections as reports carrying their own text', () => {
    const reports = extractReports(input, { origin: 'article.txt' });
    expect(reports).toHaveLength(13);
    for (const r of reports) {
      expect(r.text).toBe(input.slice(r.span[0], r.span[1]));
      expect(r.origin).toBe('article.txt');
    }
  });
});

describe('extract() on any input', () => {
  const alphabet = [
    ...'0123456789０１２一二兩十百千萬億余多近超約以上左右名次人次個%％ 　\n,，。、“”《》「」()第號年月日至到-+率先首全省',
    '\r\n',
    '個百分點',
    '\uFEFF',
  ];
  it('refuses text that opens as JSON and is not JSON records, and only that', () => {
    for (const input of ['{}zDSxj$', '{}', '[1, 2']) {
      expect(() => extract(input)).toThrow(
        expect.objectContaining({ code: expect.stringMatching(/^INPUT_(FORMAT|SCHEMA)$/) }),
      );
    }
    expect(extract('[南京] 新增12个联系点。').sections.length).toBeGreaterThan(0);
  });

  it('keeps input.slice(span) === text for every fact', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...alphabet), { maxLength: 80 }),
        fc.string({ maxLength: 10 }),
        (parts, noise) => {
          const input = parts.join('') + noise;
          let extraction: Extraction;
          try {
            extraction = extract(input);
          } catch (error) {
            // Text that opens as JSON is read as JSON records: broken or without a city, it is refused as such
            // (fast-check's noise found "{}zDSxj$").
            const json = /^[{[]/.test(input.replace(/^\uFEFF/, '').trimStart());
            const codes = json ? ['INPUT_EMPTY', 'INPUT_FORMAT', 'INPUT_SCHEMA'] : ['INPUT_EMPTY'];
            expect(isJianbaoError(error) && codes.includes(error.code)).toBe(true);
            return;
          }
          const text = input.replace(/^\uFEFF/, '');
          for (const section of extraction.sections) {
            expect(section.span[0]).toBeGreaterThanOrEqual(0);
            expect(section.span[1]).toBeLessThanOrEqual(text.length);
          }
          expectSpansCut(text, extraction);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('extract() on Markdown with front matter', () => {
  const md =
    '---\ncity: 南京\nsource: 南京市人大常委会研究室\ndate: 2024-01-10\ntitle: 第2期 12项\n---\n全年确定调研课题36项。\n';

  it('keeps spans in the file as decoded and finds no facts in the front matter', () => {
    const result = extract(md, { origin: 'nanjing.md' });
    expect(result.sections).toHaveLength(1);
    expect(result.sections[0]?.span).toEqual([0, md.length]);
    const metrics = result.sections[0]?.metrics ?? [];
    // Only the body's figure: 12项 in the front-matter title and the date are metadata, not report text.
    expect(metrics.map((m) => [m.value, m.unit, md.slice(m.span[0], m.span[1])])).toEqual([
      [36, '项', '36项'],
    ]);
    expect(result.sections[0]?.dates).toEqual([]);
  });
});

describe('reportsOf()', () => {
  const text =
    '編者按：\n現將各市材料摘編如下。\n南京市舉辦講壇80余場。\n（南京市人大常委會研究室）\n無錫市組織調研36次。\n（錫人宣）\n';

  it('reuses an extraction and brings the preface along only when asked', () => {
    const source = readSource(text, { origin: 'a.txt' });
    const extraction = extract(source);
    expect(reportsOf(source, extraction).map((r) => r.city)).toEqual(['南京', '無錫']);
    const withPreface = reportsOf(source, extraction, { preface: true });
    expect(withPreface.map((r) => [r.kind, r.city])).toEqual([
      ['preface', null],
      ['city', '南京'],
      ['city', '無錫'],
    ]);
    expect(withPreface[0]?.text).toBe('編者按：\n現將各市材料摘編如下。\n');
    expect(reportsOf(source, extraction)).toEqual(extractReports(source));
  });

  it('takes a plain report’s first line for its title when it reads as one: its city, a subject, a document’s name', () => {
    const titleOf = (first: string, origin = 'report.txt') => {
      const source = readSource(`${first}\n\n今年以来，全市新建5G基站1800个。\n`, { origin });
      return reportsOf(source, extract(source)).map((r) => r.title);
    };
    expect(titleOf('鹽城市前三季度經濟運行情況')).toEqual(['鹽城市前三季度經濟運行情況']);
    expect(titleOf('# 盐城市经济运行简况', 'report.md')).toEqual(['盐城市经济运行简况']);
    // A PDF's text layer whose title is set in the body's size reads so too.
    const pdfLike = readSource('盐城市经济运行情况\n\n今年以来，全市新建5G基站1800个。\n', {
      origin: 'report.txt',
    });
    expect(reportsOf({ ...pdfLike, format: 'pdf' }, extract(pdfLike)).map((r) => r.title)).toEqual([
      '盐城市经济运行情况',
    ]);
    // A headline or a line of prose is none; nor is a compilation's first city's title any other's.
    expect(titleOf('盐城：新能源产业跑出加速度')).toEqual([null]);
    expect(titleOf('盐城市前三季度经济运行平稳，主要指标好于预期。')).toEqual([null]);
    expect(titleOf('盐城市经济运行情况\n\n（南通市统计局）\n南通市经济运行情况')).toEqual([null, null]);
  });

  it('takes a Source made by hand with only its text, as extract() does (it threw a TypeError on meta)', () => {
    const bare = { text } as Parameters<typeof extract>[0];
    const extraction = extract(bare);
    expect(extraction).toEqual(extract(text));
    expect(
      reportsOf(bare as Parameters<typeof reportsOf>[0], extraction).map((r) => [r.city, r.date]),
    ).toEqual([
      ['南京', null],
      ['無錫', null],
    ]);
  });
});
