/**
 * Issue 18: no uncoded crash. Inputs an outside attack found to throw RangeError / TypeError ("INTERNAL" in the
 * CLI) either work or fail with a JianbaoError that has a stable code.
 */
import { describe, expect, test } from 'vitest';
import {
  composeBriefing,
  decodeBytes,
  extract,
  MAX_FIGURE_VALUE,
  normalize,
  readSource,
  readSourceAsync,
  reportsOf,
  splitSections,
  summarize,
} from '../src/index.js';

/** The JianbaoError code `run` throws, or 'ok'. Any other error fails the test. */
function outcome(run: () => unknown): string {
  try {
    run();
    return 'ok';
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if ((error as Error).name !== 'JianbaoError' || typeof code !== 'string') throw error;
    return code;
  }
}

describe('fault 6: huge arrays and deep nesting', () => {
  test('150,000 figures in one city are summarized (no spread of a huge array)', () => {
    const source = readSource(`南京市人大常委会：${'12%'.repeat(150_000)}`, { origin: 'pct.txt' });
    const extraction = extract(source);
    const summary = summarize(reportsOf(source, extraction));
    expect(summary.cities[0]?.figureCount).toBe(150_000);
  });

  test.each([
    ['an array', `${'['.repeat(10_000)}${']'.repeat(10_000)}`],
    ['a field of a record', `{"city":"南京","text":"x","a":${'['.repeat(10_000)}${']'.repeat(10_000)}}`],
  ])('JSON nested 10,000 deep in %s is INPUT_SCHEMA', (_name, text) => {
    expect(outcome(() => readSource(text, { origin: 'deep.json' }))).toBe('INPUT_SCHEMA');
  });
});

describe('fault 10: numbers within a documented range', () => {
  test('a 400-digit number in prose is not a figure (it was "value": null in the JSON)', () => {
    const extraction = extract(
      readSource(`南京市组织调研${'9'.repeat(400)}次，开展视察12次`, { origin: 'a.txt' }),
    );
    const values = extraction.sections.flatMap((s) => s.metrics.map((m) => m.value));
    expect(values).toEqual([12]);
    expect(JSON.stringify(extraction)).not.toContain('"value":null');
  });

  test('a supplied figure beyond MAX_FIGURE_VALUE is INPUT_SCHEMA; two 1.7e308 cannot sum to Infinity', () => {
    const record = (value: number) =>
      JSON.stringify([
        { city: '南京', text: '南京', metrics: [{ value, unit: '元', label: '投资' }] },
        { city: '无锡', text: '无锡', metrics: [{ value, unit: '元', label: '投资' }] },
      ]);
    expect(outcome(() => readSource(record(1.7e308), { origin: 'a.json' }))).toBe('INPUT_SCHEMA');
    expect(outcome(() => readSource(record(MAX_FIGURE_VALUE), { origin: 'a.json' }))).toBe('ok');
  });
});

describe('fault 10: library entry points check their arguments', () => {
  const calls: Array<[string, (bad: never) => unknown]> = [
    ['readSource', (bad) => readSource(bad)],
    ['readSource options', (bad) => readSource('南京', bad ?? 0)],
    ['extract', (bad) => extract(bad)],
    ['reportsOf', (bad) => reportsOf(bad, bad)],
    ['splitSections', (bad) => splitSections(bad)],
    ['normalize', (bad) => normalize(bad)],
    ['decodeBytes', (bad) => decodeBytes(bad)],
    ['summarize', (bad) => summarize(bad)],
  ];
  test.each(calls)('%s given null, 42, true or {} is USAGE, not a TypeError', (name, call) => {
    // {} is valid options, and [] a valid (empty) list of reports.
    const bads = name === 'readSource options' ? [null, 42, true] : [null, 42, true, {}];
    for (const bad of bads) expect(outcome(() => call(bad as never))).toBe('USAGE');
  });

  test('composeBriefing given null, 42 or {} rejects with USAGE', async () => {
    for (const bad of [null, 42, {}]) {
      await expect(composeBriefing(bad as never)).rejects.toMatchObject({ code: 'USAGE' });
    }
  });

  test.each([null, Number.NaN, 0, -1, 1.5, '10'])(
    'readSource maxBytes %s is USAGE, never a limit turned off',
    (max) => {
      expect(outcome(() => readSource('南京市组织调研12次', { maxBytes: max as never }))).toBe('USAGE');
    },
  );
});

describe('fault 8: a city name is a name, not a page of text', () => {
  test.each([
    ['JSON', `{"city":"${'南'.repeat(32_000)}","text":"组织调研12次"}`, 'a.json'],
    ['CSV', `city,text\n${'南'.repeat(32_000)},组织调研12次\n`, 'a.csv'],
    ['front matter', `---\ncity: ${'南'.repeat(32_000)}\n---\n组织调研12次\n`, 'a.md'],
  ])(
    'a 32,000-character city in %s is INPUT_SCHEMA (the PDF layout of it took 25 s)',
    async (name, text, origin) => {
      const read = await readSourceAsync(text, { origin }).then(
        () => 'ok',
        (error) =>
          outcome(() => {
            throw error;
          }),
      );
      expect(read).toBe('INPUT_SCHEMA');
      // The synchronous reader, which reads front matter without a YAML library, refuses it the same way.
      if (name !== 'CSV') expect(outcome(() => readSource(text, { origin }))).toBe('INPUT_SCHEMA');
    },
  );

  test('a real long name is fine', () => {
    expect(
      outcome(() => readSource('{"city":"伊犁哈萨克自治州","text":"组织调研12次"}', { origin: 'a.json' })),
    ).toBe('ok');
  });
});
