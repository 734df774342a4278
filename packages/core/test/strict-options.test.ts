import { describe, expect, it } from 'vitest';
import {
  briefingInputOf,
  composeBriefing,
  JianbaoError,
  readBriefingInput,
  readSource,
  readSourceAsync,
  summarize,
  summarizeInputs,
} from '../src/index.js';

const text = '## 南京\n南京市人大常委会组织专题调研12次。';

async function errorOf(run: () => unknown): Promise<JianbaoError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof JianbaoError) return error;
    throw error;
  }
  throw new Error('expected a JianbaoError');
}

describe('an option no entry point knows is refused, naming it and the known ones', () => {
  const input = briefingInputOf(readSource(text));
  it.each([
    ['readSource', () => readSource(text, { orgin: 'a.md' } as never), 'orgin', 'origin, format, maxBytes'],
    ['readSourceAsync', () => readSourceAsync(text, { pages: 3 } as never), 'pages', 'maxPdfPages'],
    [
      'summarize',
      () => summarize(input.reports, { excerptLen: 100 } as never),
      'excerptLen',
      'excerptLength',
    ],
    [
      'summarizeInputs',
      () => summarizeInputs([input], { chosenSentences: {} } as never),
      'chosenSentences',
      'cities',
    ],
    ['readBriefingInput', () => readBriefingInput(text, { name: 'a.md' } as never), 'name', 'origin'],
    [
      'composeBriefing',
      () => composeBriefing(summarize(input.reports), { pageSize: 'A4' } as never),
      'pageSize',
      'lowerBound',
    ],
  ])('%s', async (_name, run, key, known) => {
    const error = await errorOf(run);
    expect(error.code).toBe('USAGE');
    expect(error.message).toContain(key);
    expect(error.message).toContain(known);
  });

  it('still reads with every option it knows', async () => {
    expect((await readSourceAsync(text, { origin: 'a.md', maxBytes: 1000, maxPdfPages: 2 })).format).toBe(
      'markdown',
    );
  });
});
