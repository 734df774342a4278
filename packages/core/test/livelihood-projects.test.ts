import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/extract.js';
import { readSource } from '../src/ingest/read-source.js';
import { documentText, of, plain } from './helpers/briefing.js';
import { briefingOfTexts } from './helpers/texts.js';

/**
 * Reports of livelihood projects (民生实事) count what the projects built: beds, parks, estates. Each is a thing of
 * its own; the briefing had added 1800 beds, 1250 beds and 24 parks and 900 beds into 各市项目合计3974件.
 */
const REPORTS: Record<string, string> = {
  扬州: '扬州市今年新增城镇就业4.2万人，新增养老床位1800张。',
  镇江: '镇江市全年安排民生实事项目15类、投入资金28.6亿元，建成口袋公园24个，新增养老床位1250张。',
  泰州: '泰州市新增养老床位900张，改造老旧小区46个。',
};

const briefing = () => briefingOfTexts(REPORTS, '2024-11-20');

const labels = (text: string) =>
  extract(readSource(text, { origin: 'a.txt' })).sections.flatMap((s) =>
    s.metrics.map((m) => [m.text, m.label]),
  );

describe('what livelihood projects built', () => {
  it('adds beds to beds only: never parks or estates into one 项目 total', async () => {
    const doc = await briefing();
    const all = documentText(doc);
    expect(all).toContain('各市新增养老床位合计3950张');
    expect(all).not.toMatch(/项目合计/);
    const [table] = of(doc, 'table');
    expect(table?.header[0]?.map((cell) => plain(cell.children))).toEqual(['城市', '新增养老床位（张）']);
    expect(table?.rows.at(-1)?.map((cell) => plain(cell.children))).toEqual(['合计', '3950']);
  });

  it('names a sum of money by its own words, not with a neighbour’s noun (投入资金实事项目)', () => {
    expect(labels(REPORTS.镇江 as string).slice(0, 2)).toEqual([
      ['15类', '安排民生实事项目'],
      ['28.6亿元', '投入资金'],
    ]);
  });

  it('cuts a long label where its preposition opens a phrase, never inside a word (织代表对…)', () => {
    expect(labels('市人大常委会组织代表对民生实事项目开展专题视察12次。')).toEqual([
      ['12次', '对民生实事项目开展专题视察'],
    ]);
  });
});
