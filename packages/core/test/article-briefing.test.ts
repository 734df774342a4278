import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../src/compose/composeBriefing.js';
import type { BriefingDocument } from '../src/document/schema.js';
import { validateDocument } from '../src/document/validate.js';
import { extract, reportsOf } from '../src/extract/extract.js';
import { readSourceAsync } from '../src/ingest/read-source-async.js';
import { foldToHans } from '../src/lexicon/fold.js';
import { normalize } from '../src/normalize/normalize.js';
import { loadScriptConverter } from '../src/script/convert.js';
import { summarize } from '../src/summarize/summarize.js';
import type { CityReport } from '../src/types.js';
import {
  ABOUT_THE_MATERIAL,
  documentText,
  excerpts,
  figures,
  of,
  plain,
  section,
} from './helpers/briefing.js';
import { wrongScriptChars } from './helpers/scriptPairs.js';
import { ARTICLE, ARTICLE_HANS, SEED_NOTE, seedArticle } from './seed-article.js';

/** The briefing an editor would print (issue 15): read from the example article and from the bundled dataset. */

const BUNDLED = fileURLToPath(new URL('../../../apps/demo/data/jiangsu/', import.meta.url));

async function briefingOf(inputs: Array<{ name: string; text: string }>, script: 'hans' | 'hant' | 'auto') {
  const reports: CityReport[] = [];
  for (const { name, text } of inputs) {
    const source = await readSourceAsync(text, { origin: name });
    reports.push(...reportsOf(source, extract(source), { preface: true }));
  }
  const summary = summarize(reports);
  const doc = await composeBriefing(summary, { date: '2024-01-15', script });
  return { reports, summary, doc };
}

/** Checks a briefing's city parts against the reports they quote, clause by clause, in the document's script. */
async function expectQuotedFromTheirCities(doc: BriefingDocument, reports: readonly CityReport[]) {
  const convert = await loadScriptConverter(doc.meta.script);
  for (const report of reports.filter((r) => r.kind === 'city')) {
    const name = report.city ?? '';
    const heading = of(doc, 'heading').find(
      (h) => h.level === 2 && foldToHans(h.text).startsWith(foldToHans(name)),
    );
    if (!heading) continue;
    const [part] = section(doc, heading.text);
    expect(part?.type, name).toBe('paragraph');
    if (part?.type !== 'paragraph') continue;
    // Its own words: every clause of every quoted piece stands, in order, in one sentence of its report.
    const own = convert(normalize(report.text).text);
    let cursor = 0;
    for (const piece of part.children) {
      if (piece.type !== 'excerpt') continue;
      for (const clause of plain(piece.children)
        .split(/[，。；！？]/)
        .filter((c) => c.length > 0)) {
        const at = own.indexOf(clause, cursor);
        expect(at, `${name}: «${clause}»`).toBeGreaterThanOrEqual(cursor);
        cursor = at + clause.length;
      }
    }
    // Closed by its own attribution.
    if (report.source)
      expect(plain(part.children).endsWith(`（${convert(report.source)}）`), name).toBe(true);
  }
}

function expectNothingAboutTheMaterial(doc: BriefingDocument) {
  const text = foldToHans(documentText(doc));
  for (const phrase of ABOUT_THE_MATERIAL) expect(text, phrase).not.toContain(phrase);
  // No internal identifier reaches the page.
  expect(documentText(doc)).not.toMatch(/deputies|problems_solved|lectures|[a-z]+_[a-z]+/);
}

/** Every printed total adds figures of one indicator, each once. */
function expectHonestTotals(
  doc: BriefingDocument,
  summary: Awaited<ReturnType<typeof briefingOf>>['summary'],
) {
  for (const run of figures(doc).filter((f) => f.city === null)) {
    const total = summary.totals.find((t) => t.indicator === run.indicator);
    expect(total, run.value).toBeDefined();
    expect(total?.cities.length).toBeGreaterThanOrEqual(3);
    for (const c of total?.contributions ?? []) expect(c.metric.indicator).toBe(run.indicator);
    expect(run.sources).toHaveLength(total?.contributions.filter((c) => c.counted).length ?? -1);
  }
}

describe.skipIf(!seedArticle)(`the example article as a briefing ${SEED_NOTE}`, async () => {
  const article = seedArticle ?? '';
  const hant = await briefingOf([{ name: 'article.txt', text: article }], 'auto');
  const hans = await briefingOf([{ name: 'article.txt', text: article }], 'hans');

  it('says nothing about the material or the method, in either script', () => {
    expectNothingAboutTheMaterial(hant.doc);
    expectNothingAboutTheMaterial(hans.doc);
  });

  it('quotes each city’s own words, clause by clause and in order, closed by its attribution', async () => {
    await expectQuotedFromTheirCities(hant.doc, hant.reports);
    await expectQuotedFromTheirCities(hans.doc, hans.reports);
  });

  it('gives all 13 cities a part, in the article’s order, with their attributions', () => {
    const parts = section(hant.doc, '各地做法').filter((b) => b.type === 'heading');
    expect(parts.map((h) => (h.type === 'heading' ? h.text : ''))).toEqual(
      ARTICLE.map(([city]) => `${city}市`),
    );
    const attributions = section(hans.doc, '各地做法').flatMap((b) =>
      b.type === 'paragraph' ? [/（([^（]+)）$/.exec(plain(b.children))?.[1]] : [],
    );
    expect(attributions).toEqual(ARTICLE_HANS.map(([, source]) => source));
  });

  it('states a title with the topic, and prints the date it is given', () => {
    expect(of(hans.doc, 'title')[0]?.text).toBe('各地人大深入开展“牢记嘱托、感恩奋进”学习实践活动');
    expect(hans.doc.children[0]).toMatchObject({ date: '2024年1月15日' });
  });

  it('opens with the article’s own editor’s note', () => {
    const [note] = of(hant.doc, 'editorsNote');
    expect(plain(note?.children[0]?.children ?? [])).toMatch(/^去年以來，省人大常委會貫徹落實省委號召/);
  });

  it('adds up only figures of one indicator that three or more cities report', () => {
    expectHonestTotals(hant.doc, hant.summary);
    expectHonestTotals(hans.doc, hans.summary);
  });

  it('prints every first as a full claim, once', () => {
    const claims = excerpts(hant.doc).map((e) => plain(e.children));
    expect(claims.some((c) => c.startsWith('在省內率先作出'))).toBe(true);
    for (const c of claims) expect(c).not.toMatch(/^率先整體好轉|率先整體好轉貢獻/);
    const firstParts = of(hant.doc, 'heading').some((h) => h.text === '創新與首創')
      ? section(hant.doc, '創新與首創')
      : [];
    const printed = firstParts.flatMap((b) =>
      b.type === 'paragraph' ? b.children.filter((r) => r.type === 'excerpt') : [],
    );
    for (const run of printed) {
      if (run.type !== 'excerpt') continue;
      // A claim printed in the firsts part is not also quoted in its city's part.
      expect(claims.filter((c) => c === plain(run.children))).toHaveLength(1);
    }
  });

  it('is in one script throughout, and valid', () => {
    for (const { doc } of [hant, hans]) {
      const text = documentText(doc);
      expect(wrongScriptChars(doc.meta.script).filter((ch) => text.includes(ch))).toEqual([]);
      expect(validateDocument(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
    }
  });

  it('sets titles side by side without a 、 between them', () => {
    const text = documentText(hant.doc);
    expect(text).toMatch(/》《/);
    expect(text).not.toMatch(/》、《/);
  });
});

describe('the bundled dataset as a briefing', async () => {
  const inputs = readdirSync(BUNDLED)
    .filter((f) => /^\d\d-.*\.md$/.test(f))
    .sort()
    .map((name) => ({ name, text: readFileSync(`${BUNDLED}${name}`, 'utf8') }));
  const { reports, summary, doc } = await briefingOf(inputs, 'auto');

  it('says nothing about the material, quotes each city in its own words, adds up honestly', async () => {
    expect(inputs).toHaveLength(13);
    expectNothingAboutTheMaterial(doc);
    await expectQuotedFromTheirCities(doc, reports);
    expectHonestTotals(doc, summary);
  });

  it('heads each city part with the report’s own title', () => {
    const titles = section(doc, '各地做法').flatMap((b) => (b.type === 'heading' ? [b.text] : []));
    expect(titles).toContain('盐城：以高质量党建引领人大履职');
    expect(titles).toHaveLength(13);
  });

  it('merges a city given twice into one part, with a warning naming both inputs, counting nothing twice', async () => {
    const twice = await briefingOf([...inputs, { name: 'again.md', text: inputs[1]?.text ?? '' }], 'auto');
    expect(twice.summary.warnings).toEqual([
      expect.objectContaining({ code: 'DUPLICATE_CITY', city: '无锡', origins: ['02-wuxi.md', 'again.md'] }),
    ]);
    expect(section(twice.doc, '各地做法').filter((b) => b.type === 'heading')).toHaveLength(13);
    for (const total of twice.summary.totals) {
      const once = summary.totals.find((t) => t.indicator === total.indicator);
      expect(total.value, total.indicator).toBe(once?.value);
    }
  });

  it('counts a fact once when a city comes again as a record that reads it another way', async () => {
    const structured = fileURLToPath(new URL('../../../apps/demo/data/jiangsu-structured/', import.meta.url));
    const records = readdirSync(structured).map((name) => ({
      name,
      text: readFileSync(`${structured}${name}`, 'utf8'),
    }));
    const both = await briefingOf([...inputs, ...records], 'auto');
    expect(both.summary.warnings.map((w) => w.city).sort()).toEqual(['南京', '无锡']);
    // Over every total, a city's counted figures never give one value of one unit family from two inputs.
    const origins = new Map<string, Set<string | null>>();
    for (const total of both.summary.totals)
      for (const c of total.contributions.filter((x) => x.counted)) {
        const key = [c.city, c.metric.value, c.metric.valueMax, c.metric.family].join('|');
        origins.set(key, (origins.get(key) ?? new Set()).add(c.origin));
      }
    expect([...origins].filter(([, from]) => from.size > 1)).toEqual([]);
    // 无锡's 8300 deputies, in its report and again in its record, are counted once.
    const wuxi8300 = both.summary.totals.flatMap((t) =>
      t.contributions.filter((c) => c.counted && c.city === '无锡' && c.metric.value === 8300),
    );
    expect(wuxi8300).toHaveLength(1);
  });
});
