import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../src/compose/composeBriefing.js';
import { extract, reportsOf } from '../src/extract/extract.js';
import { briefingInputOf, briefingWarnings, summarizeInputs } from '../src/index.js';
import { readSourceAsync } from '../src/ingest/read-source-async.js';
import { summarize } from '../src/summarize/summarize.js';
import { documentText, of, plain } from './helpers/briefing.js';

/**
 * A statistics sheet's columns are what the office chose to count: each is one thing counted one way in every
 * city, whether the lexicon knows its name (视察次数) or not (发放宣传册件数), so each is totalled, tabulated and quoted.
 */
const SHEET = [
  '城市,发放宣传册件数,视察次数,接待群众人次,备注',
  '南京市,5,46,1200,含修订2件',
  '无锡市,3,38,980,',
  '徐州市,4,29,1500,首次开展联合视察',
  '常州市,2,33,760,',
].join('\n');

async function briefingOf(csv: string) {
  const source = await readSourceAsync(csv, { origin: 'stats.csv' });
  const extraction = extract(source);
  const summary = summarize(reportsOf(source, extraction));
  const doc = await composeBriefing(summary, { date: '2026-12-03', script: 'hans' });
  return { summary, doc };
}

describe('a statistics sheet of cities × indicators', () => {
  it('totals a column the lexicon does not know, and a column of people received, as the sheet heads them', async () => {
    const { summary } = await briefingOf(SHEET);
    const total = (name: string) => summary.totals.find((t) => t.name === name);
    expect([total('发放宣传册件数')?.value, total('发放宣传册件数')?.unit]).toEqual([14, '件']);
    expect([total('接待群众人次')?.value, total('接待群众人次')?.unit]).toEqual([4440, '人次']);
    expect(total('视察次数')?.value).toBe(146);
    // The remark's own figure (含修订2件) is the sheet's words about a row, not a column: added to nothing.
    expect(summary.unsummed.map((u) => u.metric.text)).toEqual(['2件']);
  });

  it('prints every column in the overview and the table, and every cell and remark in its city’s part', async () => {
    const { doc } = await briefingOf(SHEET);
    const all = documentText(doc);
    expect(all).toContain('发放宣传册件数合计14件');
    // The column names say what was counted, not what the cities did: no measure is read from them (接待 …).
    expect(all).not.toContain('组织代表接待和走访选民');
    expect(all).toContain('接待群众人次合计4440人次');
    const [table] = of(doc, 'table');
    expect(table?.header[0]?.map((cell) => plain(cell.children))).toEqual([
      '城市',
      '视察次数',
      '接待群众人次',
      '发放宣传册件数',
    ]);
    expect(table?.rows.at(-1)?.map((cell) => plain(cell.children))).toEqual(['合计', '146', '4440', '14']);
    for (const line of [
      '发放宣传册件数：5件',
      '视察次数：46次',
      '接待群众人次：1200人次',
      '备注：含修订2件',
      '发放宣传册件数：2件',
    ])
      expect(all).toContain(line);
  });

  it('quotes every cell, whatever it counts (经营主体 in 户), and writes a column’s numbers all one way', async () => {
    const { doc } = await briefingOf(
      [
        '城市,新设经营主体（户）,外贸进出口（亿元）',
        '衢州市,13000,420',
        '舟山市,21000,1260',
        '丽水市,15600,380',
      ].join('\n'),
    );
    const all = documentText(doc);
    for (const line of ['新设经营主体：13000户', '新设经营主体：21000户', '新设经营主体：15600户'])
      expect(all).toContain(line);
    // 15600 needs two decimals of 万: the whole column is written in full, not 1.3万 above 15600.
    const [table] = of(doc, 'table');
    expect(table?.rows.map((row) => plain(row[1]?.children ?? []))).toEqual([
      '13000',
      '21000',
      '15600',
      '49600',
    ]);
  });

  it('writes a column of small sums of money all in full (12000 beside 11800, not 1.2万), large ones cell by cell', async () => {
    const { doc } = await briefingOf(
      [
        '城市,奖补资金（元）,惠企资金（元）',
        '衢州市,12000,320000000',
        '舟山市,11800,285005000',
        '丽水市,9800,150000000',
      ].join('\n'),
    );
    const [table] = of(doc, 'table');
    const column = (at: number) => table?.rows.map((row) => plain(row[at]?.children ?? []));
    expect(column(1)).toEqual(['12000', '11800', '9800', '33600']);
    // 3.2亿 beside 28500.5万 reads; 320000000 beside 285005000 does not.
    expect(column(2)).toEqual(['3.2亿', '28500.5万', '1.5亿', '75500.5万']);
  });

  it('warns of no figure of no known indicator for a declared column', async () => {
    const input = briefingInputOf(await readSourceAsync(SHEET, { origin: 'stats.csv' }));
    const warnings = briefingWarnings([input], summarizeInputs([input]));
    // Only the remark's own figure is of no known indicator; the columns are not.
    const uncategorized = warnings.filter((w) => w.code === 'FIGURE_UNCATEGORIZED').map((w) => w.message);
    expect(uncategorized).toHaveLength(1);
    expect(uncategorized[0]).not.toContain('发放宣传册件数');
  });

  it('still adds nothing of a report’s prose that no indicator names, however alike across cities', async () => {
    const prose = [
      '# 南京',
      '南京市代表分为6个组开展活动。',
      '# 无锡',
      '无锡市代表分为4个组开展活动。',
      '# 徐州',
      '徐州市代表分为5个组开展活动。',
    ].join('\n\n');
    const source = await readSourceAsync(prose, { origin: 'prose.md' });
    const summary = summarize(reportsOf(source, extract(source)));
    expect(summary.totals.filter((t) => t.category === 'other')).toEqual([]);
    expect(summary.unsummed).toHaveLength(3);
  });
});
