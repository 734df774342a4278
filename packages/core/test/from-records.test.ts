import { describe, expect, it } from 'vitest';
import { extract, fromRecords, JianbaoError, readSource } from '../src/index.js';

const records = [
  {
    city: '南京',
    text: '南京市人大常委会组织专题调研12次。',
    metrics: [{ value: 3, unit: '场', label: '人大代表讲坛' }],
  },
  { city: '无锡市', text: '无锡市人大举办培训班5期。', source: '无锡市人大常委会研究室' },
];

function errorOf(run: () => unknown): JianbaoError {
  try {
    run();
  } catch (error) {
    if (error instanceof JianbaoError) return error;
    throw error;
  }
  throw new Error('expected a JianbaoError');
}

describe('fromRecords', () => {
  it('gives the Source a JSON file of the same records gives', () => {
    const direct = fromRecords(records, { origin: 'cities.json' });
    const viaJson = readSource(JSON.stringify(records), { origin: 'cities.json' });
    expect(direct).toEqual(viaJson);
    expect(extract(direct).sections.map((s) => s.city)).toEqual(['南京', '无锡']);
  });

  it('declares a figure in 件次 with the measure text gives it: never added to items (件, 条)', () => {
    const metricsOf = (metrics: { value: number; unit: string; label: string }[]) =>
      extract(
        fromRecords([{ city: '常州', text: '常州市人大常委会。', metrics }], { origin: 'c.json' }),
      ).sections.flatMap((section) => section.metrics);
    const [times, items] = metricsOf([
      { value: 800, unit: '件次', label: '转交群众来信' },
      { value: 30, unit: '件', label: '转交群众来信' },
    ]);
    expect(times?.indicator.split('|')[1]).toBe('item_times');
    expect(items?.indicator.split('|')[1]).toBe('items');
    // The same words in a report's text give the same key.
    const written = extract(readSource('# 常州\n\n转交群众来信800件次。', { origin: 'c.md' })).sections[0]
      ?.metrics[0];
    expect(written?.indicator.split('|').slice(0, 2)).toEqual(times?.indicator.split('|').slice(0, 2));
  });

  it('refuses a bad record with the JSON input error, naming the misspelt field', () => {
    const bad = [{ city: '南京', text: '…', metrics: [{ value: 3, unti: '场', label: '讲坛' }] }];
    const direct = errorOf(() => fromRecords(bad, { origin: 'cities.json' }));
    const viaJson = errorOf(() => readSource(JSON.stringify(bad), { origin: 'cities.json' }));
    expect(direct.code).toBe('INPUT_SCHEMA');
    expect(direct.message).toBe(viaJson.message);
    expect(direct.message).toContain('unti');
  });

  it('refuses nothing to read and options it does not know', () => {
    expect(errorOf(() => fromRecords([])).code).toBe('INPUT_SCHEMA');
    expect(errorOf(() => fromRecords([{ city: '南京', text: '  ' }])).code).toBe('INPUT_EMPTY');
    const usage = errorOf(() => fromRecords(records, { format: 'json' } as never));
    expect(usage.code).toBe('USAGE');
    expect(usage.message).toContain('"format"');
    expect(usage.message).toContain('origin');
  });
});
