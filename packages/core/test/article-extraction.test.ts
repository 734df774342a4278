import { describe, expect, it } from 'vitest';
import { extract, reportsOf } from '../src/extract/extract.js';
import { readSource } from '../src/ingest/read-source.js';
import { defaultLexicon } from '../src/lexicon/lexicon.js';
import { summarize } from '../src/summarize/summarize.js';
import type { ExtractedSection, Metric } from '../src/types.js';
import { SEED_NOTE, seedArticle } from './seed-article.js';

/**
 * What each figure of the example article counts (issue 14), checked against the article as a person reads it:
 * categories, laws with and without 《》, firsts as claims with their scope, and figures stated twice.
 */
describe.skipIf(!seedArticle)(`the example article's figures ${SEED_NOTE}`, () => {
  const source = readSource(seedArticle ?? '', { origin: 'article.txt' });
  const extraction = extract(source);
  const section = (city: string | null) =>
    extraction.sections.find(
      (s) => s.city === city || (city === null && s.kind === 'preface'),
    ) as ExtractedSection;
  const figure = (city: string | null, text: string, nth = 0): Metric => {
    const found = section(city).metrics.filter((m) => m.text.replace(/\s+/g, '') === text);
    if (!found[nth]) throw new Error(`no figure ${text} (#${nth}) in ${city}`);
    return found[nth];
  };

  it('is the extraction contract, version 2', () => {
    expect(extraction.schemaVersion).toBe(2);
    const metrics = extraction.sections.flatMap((s) => s.metrics);
    expect(metrics.length).toBeGreaterThan(130);
    for (const m of metrics) {
      expect(m.indicator.split('|')).toHaveLength(3);
      // The measure: the family, a family of its own by unit, or the unit's own way of counting (件次).
      expect(m.indicator.split('|')[1]).toMatch(
        m.family === 'other'
          ? /^other:/
          : m.unit.endsWith('次') && m.family === 'items'
            ? /^item_times$/
            : new RegExp(`^${m.family}$`),
      );
    }
  });

  it('labels say what is counted: never a bare verb, a place word or empty', () => {
    const bare = new Set([...defaultLexicon.words.LEAD_VERBS, '在鎮', '無錫全市', '另有', '市', '']);
    for (const m of extraction.sections.flatMap((s) => s.metrics)) {
      expect(m.label.length, `${m.text}: ${m.label}`).toBeGreaterThanOrEqual(2);
      expect(m.label.length, `${m.text}: ${m.label}`).toBeLessThanOrEqual(16);
      expect(bare.has(m.label), `${m.text}: ${m.label}`).toBe(false);
    }
    // The cases, read by hand.
    expect(figure('南京', '59位').label).toBe('常委會組成人員');
    expect(figure('南京', '298名').label).toBe('列席常委會會議的市人大代表');
    expect(figure('南京', '24名').label).toBe('基層市人大代表');
    expect(figure('無錫', '8300余名').label).toBe('代表');
    expect(figure('鎮江', '3900多名').label).toBe('五級人大代表');
    expect(figure('常州', '190場次').label).toContain('人大代表講堂');
    expect(figure('無錫', '164期').label).toBe('舉辦代表培訓班');
    expect(figure('無錫', '16710個').label).toBe('推動解決群眾急難愁盼問題');
  });

  it('puts the figures the issue found miscategorized in their categories', () => {
    expect(figure(null, '近10萬名').category).toBe('deputies');
    expect(figure('南通', '9400多名', 0).category).toBe('deputies');
    expect(figure('南通', '9400多名', 1).category).toBe('deputies');
    expect(figure('泰州', '7200多名').category).toBe('deputies');
    expect(figure('揚州', '11個').category).toBe('platforms');
    expect(figure('鎮江', '6189條').category).toBe('suggestions');
    expect(figure('常州', '102萬名').category).toBe('participation');
    expect(figure('淮安', '十項').category).toBe('other');
  });

  it('tells how a figure counts: all deputies of a city are a stock, those who attended a meeting take part', () => {
    expect(figure('無錫', '8300余名').role).toBe('stock');
    expect(figure('南京', '298名').role).toBe('participants');
    expect(figure('無錫', '73期').role).toBe('activity');
    expect(figure('無錫', '16710個').role).toBe('outcome');
    expect(figure('南京', '20篇').role).toBe('output');
    // So the stock and the meeting's deputies are never one indicator.
    expect(figure('無錫', '8300余名').indicator).not.toBe(figure('南京', '298名').indicator);
    // 項 and 项 are one unit wherever it is a key: the indicator holds the unit's family, not its spelling.
    expect(figure('南京', '36項').indicator).toBe('research_topics|items|output');
  });

  it('marks a figure stated twice in one city, so a sum counts it once (無錫 16710, 泰州 7200, 南通 9400)', () => {
    expect(figure('無錫', '16710個', 1).restates).toEqual(figure('無錫', '16710個', 0).span);
    expect(figure('泰州', '7200多名', 1).restates).toEqual(figure('泰州', '7200多名', 0).span);
    expect(figure('南通', '9400多名', 1).restates).toEqual(figure('南通', '9400多名', 0).span);
    const summary = summarize(reportsOf(source, extraction));
    const solved = summary.totals.find((t) => t.indicator === 'problems_solved|items|outcome');
    const wuxi = solved?.byCity.find((c) => c.city === '無錫');
    expect(wuxi?.value).toBe(16710);
    const deputies = summary.totals.find((t) => t.indicator === 'deputies|people|stock');
    expect(deputies?.byCity.find((c) => c.city === '泰州')?.value).toBe(7200);
  });

  it('keeps questions answered on the spot (鎮江 2771條 現場解答問題) out of the problems solved', () => {
    const answered = figure('鎮江', '2771條');
    expect(answered.indicator).toBe('questions_answered|items|outcome');
    const summary = summarize(reportsOf(source, extraction));
    const solved = summary.totals.find((t) => t.indicator === 'problems_solved|items|outcome');
    expect(solved?.cities).not.toContain('鎮江');
    // 無錫 16710個, 徐州 1868個, 常州 1929個, 南通 81個, 泰州 5740餘件.
    expect(solved?.value).toBe(16710 + 1868 + 1929 + 81 + 5740);
  });

  it('never adds figures of different indicators: every total holds one indicator', () => {
    const summary = summarize(reportsOf(source, extraction));
    for (const total of summary.totals) {
      for (const c of total.contributions) expect(c.metric.indicator).toBe(total.indicator);
    }
    // The sums of unlike things: 102萬 citizens who clicked "like" never meet the deputies.
    const citizens = figure('常州', '102萬名').indicator;
    for (const total of summary.totals) {
      const indicators = new Set(total.contributions.map((c) => c.metric.indicator));
      expect(indicators.size).toBe(1);
      if (total.indicator === citizens) expect(total.cities).toEqual(['常州']);
    }
  });

  it('finds laws named without 《》, and keeps shorthand (一法一條例, 一辦法四規則) out of the laws', () => {
    const laws = (city: string) => section(city).laws.map((l) => [l.title, l.marked]);
    expect(laws('淮安')).toEqual(
      expect.arrayContaining([
        ['優化營商環境條例', false],
        ['餐廚垃圾管理條例', false],
      ]),
    );
    expect(laws('常州')).toEqual(
      expect.arrayContaining([
        ['新能源產業促進條例', false],
        ['勞動教育促進條例', false],
        ['河道保護管理條例', false],
      ]),
    );
    const all = extraction.sections.flatMap((s) => s.laws.map((l) => l.title));
    expect(all).not.toContain('一法一條例');
    expect(all).not.toContain('一辦法四規則');
    const brands = extraction.sections.flatMap((s) => s.brands.map((b) => b.text));
    expect(brands).toEqual(expect.arrayContaining(['一法一條例', '一辦法四規則']));
  });

  it('reads every first as a full claim with its scope, and no goal as a first', () => {
    const firsts = extraction.sections.flatMap((s) => s.firsts.map((f) => ({ city: s.city, ...f })));
    const claim = (city: string, starts: string) =>
      firsts.find((f) => f.city === city && f.text.startsWith(starts));
    expect(claim('南京', '在省內率先作出')).toMatchObject({ scope: '省內', kind: 'first_in_scope' });
    expect(claim('泰州', '靖江在蘇中蘇北地區設立首家人大開發區委員會')).toMatchObject({
      scope: '蘇中蘇北地區',
      subject: '靖江',
    });
    expect(claim('泰州', '興化在省內率先提出')).toMatchObject({ scope: '省內', subject: '興化' });
    expect(claim('揚州', '《揚州市產業科創促進條例》是該市首部科技領域法規')).toMatchObject({
      scope: '該市',
    });
    expect(claim('揚州', '首次實現法規當年調研')).toMatchObject({ kind: 'first_time', scope: null });
    expect(claim('常州', '在全省率先出臺')?.text).toContain('國土空間規劃監督辦法');
    expect(claim('無錫', '建成全省首個')?.text).toContain('數字化平臺系統');
    // Every claim says what was done (not 率先整體好轉, 在全省率先出台, 首次在同一年內完成).
    for (const f of firsts) {
      expect(f.text.length, f.text).toBeGreaterThanOrEqual(8);
      expect(f.text).not.toMatch(/率先整體好轉/);
    }
    expect(firsts).toHaveLength(20);
  });
});
