import { describe, expect, it } from 'vitest';
import { buildReports } from '../../test/helpers/cityReports.js';
import { handReports } from '../../test/helpers/handReports.js';
import { JianbaoError } from '../errors.js';
import { extractReports } from '../extract/extract.js';
import { summarize } from './summarize.js';
import type { ProvincialSummary } from './types.js';

const totalOf = (summary: ProvincialSummary, category: string, unit: string) =>
  summary.totals.find((t) => t.category === category && t.unit === unit);

describe('summarize: province totals as honest bounds', () => {
  const { input, reports } = handReports();
  const summary = summarize(reports);

  it('keeps the cities in input order and the preface apart', () => {
    expect(summary.cities.map((c) => c.city)).toEqual(['甲', '乙', '丙', '丁']);
    expect(summary.prefaces.map((p) => p.text)).toEqual(['编者按：现将三市做法摘编如下。']);
  });

  it('adds exact figures to an exact total and lists who reported nothing', () => {
    // training 期: 甲 12 + 丙 8 = 20, all exact.
    const total = totalOf(summary, 'training', '期');
    expect(total).toMatchObject({
      value: 20,
      qualifier: 'exact',
      cities: ['甲', '丙'],
      missing: ['乙', '丁'],
    });
    expect(total?.contributions.map((c) => c.metric.text)).toEqual(['12期', '8期']);
  });

  it('makes a sum with a 余 part a lower bound, and never adds 人次 to 期 or 名', () => {
    // training 人次: 甲 860 (exact) + 乙 1500余 = 2360, at least.
    expect(totalOf(summary, 'training', '人次')).toMatchObject({ value: 2360, qualifier: 'at_least' });
    // research 次: 乙 45 + 丙 1.2万余 (12000) = 12045, at least.
    expect(totalOf(summary, 'research', '次')).toMatchObject({ value: 12045, qualifier: 'at_least' });
  });

  it('names two totals of one thing counted differently by their figures’ words, never one name twice', () => {
    const { reports } = buildReports(
      (['甲', '乙', '丙'] as const).map((city, i) => ({
        city,
        text: `代表建议收到：${100 + i}件。代表建议办结：${90 + i}件。`,
        metrics: [
          [`${100 + i}件`, 100 + i, '件', 'exact', 'suggestions', '代表建议收到'],
          [`${90 + i}件`, 90 + i, '件', 'exact', 'suggestions', '代表建议办结'],
        ],
      })),
    );
    const totals = summarize(reports).totals.filter((t) => t.category === 'suggestions');
    expect(totals.map((t) => [t.name, t.value])).toEqual([
      ['代表建议收到', 303],
      ['代表建议办结', 273],
    ]);
  });

  it('never names two totals alike by their figures’ words: 代表 in 名 keeps the lexicon’s 人大代表 beside 代表 in 人次', () => {
    const { reports } = buildReports(
      (['甲', '乙'] as const).map((city, i) => ({
        city,
        text: `全市共有代表${8000 + i}名。接待代表${300 + i}人次。`,
        metrics: [
          [`${8000 + i}名`, 8000 + i, '名', 'exact', 'deputies', '代表'],
          [`${300 + i}人次`, 300 + i, '人次', 'exact', 'deputies', '代表'],
        ],
      })),
    );
    const deputies = summarize(reports).totals.filter((t) => t.category === 'deputies');
    // The 人次 are no deputies of the lexicon's (a count of visits): their total keeps the figures' word.
    expect(deputies.map((t) => [t.name, t.unit])).toEqual([
      ['人大代表', '名'],
      ['代表', '人次'],
    ]);
  });

  it('makes a sum with a 近 part approximate, and counts a restated figure once', () => {
    // deputies 名: 甲 1200余 (stated twice, counted once) + 乙 近3000 + 丙 250 = 4450, approximate.
    const total = totalOf(summary, 'deputies', '名');
    expect(total).toMatchObject({ value: 4450, qualifier: 'approx', missing: ['丁'] });
    expect(total?.contributions.map((c) => [c.city, c.metric.text, c.counted])).toEqual([
      ['甲', '1200余名', true],
      ['甲', '1200余名', false],
      ['乙', '近3000名', true],
      ['丙', '250名', true],
    ]);
  });

  it('counts a range by its lower end as a lower bound', () => {
    const total = totalOf(summary, 'visits', '户');
    expect(total).toMatchObject({ value: 30000, qualifier: 'at_least', cities: ['丙'] });
    // A lone figure keeps its own reading in the city's amount.
    expect(total?.byCity[0]).toMatchObject({ city: '丙', value: 30000, valueMax: 40000, qualifier: 'range' });
  });

  it('never sums percentages, but keeps them', () => {
    expect(summary.totals.some((t) => t.unit === '%')).toBe(false);
    expect(summary.unsummed.map((f) => [f.city, f.metric.text, f.reason])).toEqual([['甲', '98%', 'rate']]);
    expect(summary.cities[0]?.keyFigures.map((f) => f.metric.text)).toContain('98%');
  });

  it('gives each figure the sentence it stands in, cut from the input', () => {
    const figure = totalOf(summary, 'training', '人次')?.contributions[1];
    expect(figure?.quote).toBe('乙市近3000名代表进站履职，参训1500余人次。');
    expect(input.slice(...(figure?.quoteSpan ?? [0, 0]))).toBe(figure?.quote);
    expect(input.slice(...(figure?.metric.span ?? [0, 0]))).toBe('1500余人次');
  });

  it('picks per city the largest figure of each category that is not a restatement', () => {
    // 甲's training figures: 12期 and 860人次: 860 is the larger.
    expect(summary.cities[0]?.keyFigures.map((f) => f.metric.text)).toEqual(['1200余名', '860人次', '98%']);
    expect(summary.cities[2]?.keyFigures.map((f) => f.metric.text)).toEqual([
      '250名',
      '8期',
      '1.2万余次',
      '3万至4万户',
    ]);
  });

  it('ranks cities within each total, largest first', () => {
    const ranking = summary.rankings.find((r) => r.indicator === 'deputies|people|stock');
    expect(ranking?.entries.map((e) => [e.rank, e.city, e.value])).toEqual([
      [1, '乙', 3000],
      [2, '甲', 1200],
      [3, '丙', 250],
    ]);
  });

  it('collects firsts, laws and brands with their sentences, and the latest date', () => {
    const [jia, , bing, ding] = summary.cities;
    expect(jia?.firsts.map((f) => f.text)).toEqual(['在全省率先建立代表履职档案']);
    expect(jia?.laws.map((l) => [l.text, l.quote])).toEqual([
      ['甲市代表工作条例', '制定《甲市代表工作条例》。'],
    ]);
    expect(bing?.firsts.map((f) => f.text)).toEqual(['首次开展代表述职']);
    expect(ding?.brands.map((b) => b.text)).toEqual(['丁家议事']);
    expect(ding?.figureCount).toBe(0);
    expect(summary.latestDate).toBe('2024-01-05');
    expect(jia?.source).toBe('甲市人大办');
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });

  it('lists expected cities that sent no report as missing everywhere', () => {
    const withWu = summarize(reports, { cities: ['甲', '乙', '丙', '丁', '戊'] });
    expect(withWu.cities.map((c) => c.city)).toEqual(['甲', '乙', '丙', '丁', '戊']);
    expect(totalOf(withWu, 'training', '期')?.missing).toEqual(['乙', '丁', '戊']);
    expect(withWu.cities.map((c) => c.reported)).toEqual([true, true, true, true, false]);
  });
});

describe('summarize: city names', () => {
  it('treats one city spelt in both scripts as one city, named as first seen', () => {
    const { reports } = buildReports([
      {
        city: '蘇州',
        text: '開展調研45次。',
        metrics: [['45次', 45, '次', 'exact', 'research', '開展調研']],
      },
      {
        city: '苏州',
        text: '开展调研30次。',
        metrics: [['30次', 30, '次', 'exact', 'research', '开展调研']],
      },
      { city: '連云港', text: '开展调研5次。', metrics: [['5次', 5, '次', 'exact', 'research', '开展调研']] },
    ]);
    const summary = summarize(reports, { cities: ['苏州', '连云港', '淮安'] });
    expect(summary.cities.map((c) => [c.city, c.figureCount])).toEqual([
      ['苏州', 2],
      ['连云港', 1],
      ['淮安', 0],
    ]);
    // 45 + 30 = 75 for 苏州; with 连云港's 5 the province total is 80.
    expect(summary.totals[0]).toMatchObject({ value: 80, cities: ['苏州', '连云港'], missing: ['淮安'] });
  });
});

describe('summarize: the order of the cities', () => {
  const reportsIn = (cities: string[]) =>
    buildReports(
      cities.map((city) => ({
        city,
        text: '开展调研5次。',
        metrics: [['5次', 5, '次', 'exact', 'research', '开展调研']],
      })),
    ).reports;

  it('lists the cities as the province does, by their codes, whatever order the files came in', () => {
    const summary = summarize(reportsIn(['常州', '南京', '宿迁', '无锡']));
    expect(summary.cities.map((c) => c.city)).toEqual(['南京', '无锡', '常州', '宿迁']);
    expect(summary.totals[0]?.cities).toEqual(['南京', '无锡', '常州', '宿迁']);
  });

  it('keeps the reports’ order when asked, when a city is unknown to the gazetteer, or when `cities` gives one', () => {
    const order = (cities: string[], options = {}) =>
      summarize(reportsIn(cities), options).cities.map((c) => c.city);
    expect(order(['常州', '南京'], { order: 'input' })).toEqual(['常州', '南京']);
    expect(order(['常州', '东湖', '南京'])).toEqual(['常州', '东湖', '南京']);
    expect(order(['常州', '南京'], { cities: ['常州', '南京'] })).toEqual(['常州', '南京']);
    expect(() => summarize(reportsIn(['南京']), { order: 'code' as 'input' })).toThrow(/options\.order/);
  });
});

describe('summarize: bad input', () => {
  it('rejects a figure whose span lies outside its report, naming where', () => {
    const { reports } = buildReports([
      { city: '甲', text: '开展调研45次。', metrics: [['45次', 45, '次', 'exact', 'research', '调研']] },
    ]);
    const metric = reports[0]?.metrics[0];
    if (metric) metric.span = [40, 43];
    try {
      summarize(reports);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(JianbaoError);
      expect((error as JianbaoError).code).toBe('INPUT_SCHEMA');
      expect((error as JianbaoError).message).toMatch(/hand\.txt.*甲.*metrics\[0\].*offset 40/);
      expect((error as JianbaoError).details.where).toBe('reports[0].metrics[0].span');
    }
  });

  it('rejects input without a single city report', () => {
    const { reports } = buildReports([{ kind: 'preface', city: null, text: '编者按：无。' }]);
    expect(() => summarize(reports)).toThrow(expect.objectContaining({ code: 'INPUT_EMPTY' }));
    expect(() => summarize([])).toThrow(/no city reports/);
  });

  it('rejects a report whose text does not match its span', () => {
    const { reports } = buildReports([{ city: '甲', text: '开展调研。' }]);
    if (reports[0]) reports[0].span = [0, 99];
    expect(() => summarize(reports)).toThrow(/span \[0, 99\)/);
  });
});

describe('summarize: how much of each city a briefing quotes', () => {
  // Eleven sentences of work, each with its figures (our own words): about 300 characters.
  const report = (city: string) =>
    [
      `${city}市新建代表联络站12个，累计建成代表之家40个。`,
      '常委会组织代表开展专题视察9次、专题调研15次。',
      '各级代表走访联系群众2.1万人次，收集意见建议980条。',
      '闭会期间代表提出建议260件，已全部办结。',
      '常委会审议法规草案5件，听取和审议专项工作报告11项。',
      '举办代表履职培训班4期，培训代表510人次。',
      '全市设立基层立法联系点8个，收集立法意见建议360条。',
      '开展代表接待日活动420余场，接待群众1.3万人次。',
      '组织执法检查4次，开展专题询问2次，提出审议意见25条。',
      '推动解决群众急难愁盼问题870个，民生实事项目12项全部完成。',
      '编印代表履职手册3000册，开设代表讲坛36期。',
    ].join('');
  const reportsOf = (cities: string[]) =>
    cities.flatMap((city) =>
      extractReports(report(city), { origin: `${city}.txt` }).map((r) => ({ ...r, city })),
    );
  const quoted = (cities: string[], options = {}) =>
    summarize(reportsOf(cities), options).cities.map((c) => c.excerpt.map((p) => p.text).join('').length);

  it('quotes a city of a two-city briefing more fully than one of thirteen, and every city alike', () => {
    const two = quoted(['甲', '乙']);
    const thirteen = quoted(['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸', '子', '丑', '寅']);
    expect(new Set(two).size).toBe(1);
    expect(Math.min(...two)).toBeGreaterThan(Math.max(...thirteen) + 80);
    // Thirteen cities: about 140 characters each (a sentence may run over), as before.
    expect(Math.max(...thirteen)).toBeLessThanOrEqual(200);
  });

  it('takes the length given over the default', () => {
    expect(Math.max(...quoted(['甲', '乙'], { excerptLength: 40 }))).toBeLessThanOrEqual(60);
  });
});
