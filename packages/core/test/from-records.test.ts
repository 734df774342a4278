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
