/**
 * Issue 18: no uncoded crash. Inputs an outside attack found to throw RangeError / TypeError ("INTERNAL" in the
 * CLI) either work or fail with a JianbaoError that has a stable code.
 */
import { describe, expect, test } from 'vitest';
import { extract, readSource, reportsOf, summarize } from '../src/index.js';

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
