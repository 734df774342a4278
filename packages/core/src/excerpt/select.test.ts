import { describe, expect, it } from 'vitest';
import { extract, reportsOf } from '../extract/extract.js';
import { readSource } from '../ingest/read-source.js';
import { summarize } from '../summarize/summarize.js';

const excerpts = (text: string) => {
  const source = readSource(text, { origin: 'economy.txt' });
  return summarize(reportsOf(source, extract(source))).cities.map((city) => ({
    city: city.city,
    text: city.excerpt.map((piece) => piece.text).join(' / '),
  }));
};

describe('the excerpt of a report whose figures the lexicon does not know', () => {
  // A quarter's economy, not a congress's work: GDP, output, trade and income are no indicator of the lexicon's,
  // yet they are what the report says. Each city's part must keep them, within the length budget.
  const text = [
    '绍兴市',
    '前三季度，全市地区生产总值达到5230亿元，同比增长5.8%。规模以上工业增加值增长7.2%，高新技术产业增加值增长9.4%。全市进出口总额2240亿元，增长6.6%。各级各部门要咬定目标不放松，全力冲刺全年任务。',
    '（绍兴市统计局）',
    '台州市',
    '前三季度，全市生产总值4410亿元，增长5.5%。城镇居民人均可支配收入58200元，增长4.3%；农村居民人均可支配收入35100元，增长6.1%。',
    '（台州市发展和改革委员会）',
    '',
  ].join('\n');

  it('keeps every sentence that carries figures, and leaves out the exhortation', () => {
    const [shaoxing, taizhou] = excerpts(text);
    expect(shaoxing?.text).toContain('全市地区生产总值达到5230亿元，同比增长5.8%');
    expect(shaoxing?.text).toContain('规模以上工业增加值增长7.2%');
    expect(shaoxing?.text).toContain('全市进出口总额2240亿元');
    expect(shaoxing?.text).not.toContain('咬定目标');
    expect(taizhou?.text).toContain('全市生产总值4410亿元');
    expect(taizhou?.text).toContain('城镇居民人均可支配收入58200元');
  });

  it('keeps a sentence of one such figure and a verb of work done, when the budget has room; not a bare fact', () => {
    const [lishui] = excerpts(
      [
        '丽水市',
        '一季度，全市新增经营主体2.1万户，同比增长8.5%。办理涉企经营许可事项6300件。港口完成货物吞吐量1600万吨。全市常住人口252万人。',
        '（丽水市营商办）',
        '',
      ].join('\n'),
    );
    expect(lishui?.text).toContain('全市新增经营主体2.1万户，同比增长8.5%');
    expect(lishui?.text).toContain('办理涉企经营许可事项6300件');
    expect(lishui?.text).toContain('港口完成货物吞吐量1600万吨');
    // A figure with no work done (a census) says nothing of the quarter's work.
    expect(lishui?.text).not.toContain('常住人口');
  });

  it('keeps a sentence that says only how a named thing changed (增长6.9%), not one of a bare level', () => {
    const [huzhou] = excerpts(
      [
        '湖州市',
        '一季度，全市地区生产总值达到980亿元，同比增长5.9%。规模以上工业增加值增长6.9%。全市常住人口344万人。',
        '（湖州市统计局）',
        '',
      ].join('\n'),
    );
    expect(huzhou?.text).toContain('规模以上工业增加值增长6.9%');
    expect(huzhou?.text).not.toContain('常住人口');
  });

  it('keeps what was newly built or started (新建, 新开工) and capacity in 万千瓦, as work done', () => {
    const [quzhou] = excerpts(
      [
        '衢州市',
        '1-9月，全市实现地区生产总值1650亿元，增长6.1%。全市新建5G基站1800个。新开工亿元以上项目126个。光伏装机容量达到210万千瓦，清洁能源产业规模突破600亿元。',
        '（衢州市统计局）',
        '',
      ].join('\n'),
    );
    expect(quzhou?.text).toContain('全市新建5G基站1800个');
    expect(quzhou?.text).toContain('新开工亿元以上项目126个');
    expect(quzhou?.text).toContain('光伏装机容量达到210万千瓦');
  });
});

describe('the excerpt of a digest whose paragraphs open with the city’s label', () => {
  it('leaves the label (南京市：, 【无锡】) out: the part’s heading names the city; the span starts after it', () => {
    const text = [
      '南京市：组织代表开展专题视察12次，收集意见建议320条。',
      '',
      '【无锡】市人大常委会举办代表培训班6期，培训代表540人次。',
      '',
    ].join('\n');
    const source = readSource(text, { origin: 'digest.txt' });
    const cities = summarize(reportsOf(source, extract(source))).cities;
    expect(cities.map((c) => [c.city, c.excerpt[0]?.text])).toEqual([
      ['南京', '组织代表开展专题视察12次，收集意见建议320条。'],
      ['无锡', '市人大常委会举办代表培训班6期，培训代表540人次。'],
    ]);
    for (const piece of cities.flatMap((c) => c.excerpt)) expect(text.slice(...piece.span)).toBe(piece.text);
  });
});

describe('the excerpt of a report with a table in it', () => {
  it('quotes no row of a table (its cells a tab apart): a row is no sentence', () => {
    const text = [
      '宿迁市',
      '市十七届人大三次会议期间，代表提出建议377件，已全部办结，满意率达到93.5%。',
      '项目\t2023年\t2024年',
      '满意率\t90.1%\t93.5%',
      '（宿迁市人大常委会办公室）',
      '',
    ].join('\n');
    const [suqian] = excerpts(text);
    expect(suqian?.text).toContain('代表提出建议377件');
    expect(suqian?.text).not.toContain('90.1%');
    // A sentence of prose with a tab in it (a Word paragraph's tab after its number) is quoted as any sentence is.
    const [tabbed] = excerpts(text.replace('市十七届', '1.\t市十七届'));
    expect(tabbed?.text).toContain('代表提出建议377件');
  });
});
