/**
 * Property tests over the whole core pipeline (issue 10): any string or bytes either give a valid briefing whose
 * spans are sound and whose figures trace back to the input, or a JianbaoError naming where — nothing else.
 * The renderers' share of the properties is in packages/pdf and packages/docx (rendering is slower).
 */
import { describe, expect, test } from 'vitest';
import { isJianbaoError, normalize } from '../src/index.js';
import { anyBytes, anyText, fc, reportText } from './helpers/arbitraries.js';
import {
  expectLosslessSpans,
  expectQuotesAndTotals,
  expectTraceableFigures,
  numbersIn,
} from './helpers/invariants.js';
import { runPipeline } from './helpers/pipeline.js';

const ORIGIN = 'prop.txt';

/** Runs the pipeline; a JianbaoError must name where, anything else thrown fails the property. */
async function briefingOrError(input: string | Uint8Array): Promise<void> {
  let run: Awaited<ReturnType<typeof runPipeline>>;
  try {
    run = await runPipeline(input, { origin: ORIGIN });
  } catch (error) {
    if (!isJianbaoError(error)) throw error;
    expect(error.details.where ?? error.message).toBeTruthy();
    return;
  }
  expectLosslessSpans(run);
  expectTraceableFigures(run, ORIGIN);
  expectQuotesAndTotals(run);
}

describe('the pipeline on any input', () => {
  test('any string gives a sound, traceable briefing or a JianbaoError', async () => {
    await fc.assert(fc.asyncProperty(anyText, briefingOrError), { numRuns: 2000 });
  });

  test('any bytes give a sound, traceable briefing or a JianbaoError', async () => {
    await fc.assert(fc.asyncProperty(anyBytes, briefingOrError), { numRuns: 1000 });
  });

  test('a figure whose numeral a line break splits (近十\n五%) is traced to the numeral, joined as normalize joins it', async () => {
    // What fast-check found (seed 327535096): 组织调研超十四五左右批次，… 组织调研近十\n五%.
    await briefingOrError(
      '组织调研超十四五左右批次，组织调研十五超次组织调研超10万左右次\t组织调研近十\n五%',
    );
  });

  test('normalization is idempotent on report-like text', () => {
    fc.assert(
      fc.property(reportText, (text) => {
        const once = normalize(text).text;
        expect(normalize(once).text).toBe(once);
      }),
      { numRuns: 1500 },
    );
  });
});

describe('the independent number reader the trace check relies on', () => {
  test('reads digits, decimals, full-width digits, Chinese numerals and 万/亿 as a person would', () => {
    expect(numbersIn('1198次')).toEqual([1198]);
    expect(numbersIn('2.5萬余次')).toEqual([25000]);
    expect(numbersIn('250億元')).toEqual([25_000_000_000]);
    expect(numbersIn('１２項')).toEqual([12]);
    expect(numbersIn('一千二百名')).toEqual([1200]);
    expect(numbersIn('十五期')).toEqual([15]);
    expect(numbersIn('二〇二三年')).toEqual([2023]);
    expect(numbersIn('164期4412人次')).toEqual([164, 4412]);
    expect(numbersIn('0.1余亿元')).toEqual([10_000_000]);
    expect(numbersIn('1万万元')).toEqual([100_000_000]);
  });
});
