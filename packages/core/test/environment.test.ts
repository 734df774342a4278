import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/extract.js';
import { readSource } from '../src/ingest/read-source.js';
import { documentText, of } from './helpers/briefing.js';
import { briefingOfTexts } from './helpers/texts.js';

/**
 * Three cities' reports on the state of their environment (生态环境质量状况), in our own words. Found briefed as
 * 常州市、镇江市、泰州市工作做法, with 镇江's air-quality sentence left out: its concentration (微克/立方米) was no
 * figure, and a label read 州市2024年PM2.5平均浓度.
 */
const REPORTS: Record<string, string> = {
  常州: '常州市2024年生态环境质量状况\n\n2024年，常州市PM2.5平均浓度为31.2微克/立方米，同比下降4.3%。全年完成燃煤锅炉整治56台。',
  镇江: '镇江市2024年生态环境质量状况\n\n镇江市2024年PM2.5平均浓度33.5微克/立方米，空气质量优良天数比例79.8%。全年完成燃煤锅炉整治41台。',
  泰州: '泰州市2024年生态环境质量状况\n\n泰州市PM2.5年均浓度为30.6微克/立方米。全市完成燃煤锅炉整治38台。',
};

const figures = (text: string) =>
  extract(readSource(text, { origin: 'a.txt' })).sections.flatMap((s) =>
    s.metrics.map((m) => [m.text, m.label, m.unit]),
  );

describe('reports on the state of the environment', () => {
  it('reads a concentration as a figure, named without the city and year that open its sentence', () => {
    expect(figures('常州市2024年PM2.5平均浓度为31.2微克/立方米。')).toEqual([
      ['31.2微克/立方米', 'PM2.5平均浓度', '微克/立方米'],
    ]);
    expect(figures('断面化学需氧量平均浓度为12.4毫克/升。')).toEqual([
      ['12.4毫克/升', '断面化学需氧量平均浓度', '毫克/升'],
    ]);
    expect(figures('镇江市2024年新建公园12个。')).toEqual([['12个', '新建公园', '个']]);
  });

  it('titles the briefing by what the reports’ titles are about (…状况 is a state of things) and quotes each city’s air', async () => {
    const doc = await briefingOfTexts(REPORTS, '2025-01-20');
    expect(of(doc, 'title')[0]?.text).toBe('常州市、镇江市、泰州市2024年生态环境质量情况');
    expect(of(doc, 'heading').map((h) => h.text)).toContain('各地情况');
    expect(documentText(doc)).toContain(
      '镇江市2024年PM2.5平均浓度33.5微克/立方米，空气质量优良天数比例79.8%',
    );
  });
});
