import { describe, expect, it } from 'vitest';
import { composeBriefing, extractReports, readSource, summarize } from '../src/index.js';
import { of, plain } from './helpers/briefing.js';

/** Three cities' reports in our own words: what each collected, and what came of it (采纳 or 办结). */
const REPORTS = [
  '南京市',
  '南京市人大常委会收集意见建议3200条，采纳意见建议120条。',
  '（南京市人大常委会办公室）',
  '无锡市',
  '无锡市人大代表收集意见建议2800条，对收集到的意见建议逐条交办，已办结2300条。',
  '（无锡市人大常委会办公室）',
  '徐州市',
  '徐州市人大常委会收集意见建议1900条，采纳群众意见建议80条。',
  '（徐州市人大常委会办公室）',
  '',
].join('\n');

describe('the overview adds what came of suggestions only verb by verb', () => {
  it('sums the suggestions collected, and never 采纳 with 办结', async () => {
    const summary = summarize(extractReports(readSource(REPORTS, { origin: 'reports.txt' })));
    const names = summary.totals.map((t) => [t.name, t.value, t.cities.length]);
    expect(names).toContainEqual(['意见建议', 7900, 3]);
    expect(names).toContainEqual(['采纳意见建议', 200, 2]);
    expect(names).toContainEqual(['办结意见建议', 2300, 1]);
    const doc = await composeBriefing(summary, { date: '2024-01-15' });
    const overview = plain(of(doc, 'paragraph')[0]?.children ?? []);
    expect(overview).toContain('意见建议合计7900条');
    expect(overview).not.toContain('2500');
  });
});

describe('figures per head or on average are never summed', () => {
  it('lists 人均 and 平均 figures as unsummed (average), from a sheet or from prose, and prints no 合计 of them', async () => {
    const { readSourceAsync, briefingInputOf, summarizeInputs } = await import('../src/index.js');
    const sheet = [
      '设区市,城镇居民人均可支配收入（元）,平均工资（元）,新增就业（人）',
      '南京市,54300,12000,41000',
      '无锡市,56200,11800,26000',
      '徐州市,41200,9800,22000',
    ].join('\n');
    const source = await readSourceAsync(new TextEncoder().encode(sheet), { origin: 'sheet.csv' });
    const summary = summarizeInputs([briefingInputOf(source)]);
    expect(summary.totals.map((t) => t.name)).not.toContain('城镇居民人均可支配收入');
    expect(summary.totals.map((t) => t.name)).not.toContain('平均工资');
    const averages = summary.unsummed.filter((u) => u.reason === 'average');
    expect(averages.map((u) => u.metric.value)).toEqual([54300, 12000, 56200, 11800, 41200, 9800]);
    const doc = await composeBriefing(summary, { date: '2024-01-15' });
    const printed = JSON.stringify(doc);
    expect(printed).not.toContain('151700');
    expect(printed).not.toContain('33600');

    const prose = summarize(
      extractReports(
        readSource(
          ['甲市', '全市居民人均可支配收入54300元。', '乙市', '全市居民人均可支配收入41200元。', ''].join(
            '\n',
          ),
          { origin: 'prose.txt' },
        ),
      ),
    );
    expect(prose.unsummed.map((u) => u.reason)).toEqual(['average', 'average']);
  });
});

describe('a briefing of reports on a state of things', () => {
  it('captions its table 各市主要数据, as it heads the parts 各地情况', async () => {
    const { briefingInputOf, summarizeInputs } = await import('../src/index.js');
    const report = (city: string, n: number) =>
      briefingInputOf(
        readSource(`${city}市一季度经济运行情况\n\n一季度，全市新开工亿元以上项目${n}个，同比增长5.1%。\n`, {
          origin: `${city}.txt`,
        }),
      );
    const summary = summarizeInputs([report('南京', 120), report('无锡', 96), report('徐州', 88)]);
    const doc = await composeBriefing(summary, { date: '2024-04-15' });
    expect(of(doc, 'title')[0]?.text).toBe('南京市、无锡市、徐州市一季度经济运行情况');
    expect(of(doc, 'table')[0]?.caption).toBe('表1　各市主要数据');
    expect(of(doc, 'heading').map((h) => h.text)).toContain('各地情况');
  });
});
