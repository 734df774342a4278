import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type ProvincialSummary, readBriefingInput, summarizeInputs } from '@jianbao/core';
import { describe, expect, it } from 'vitest';
import { DATA_FILE_VERSION, dataFile, readDataFile } from '../src/data-file.js';
import { datasetDir } from './helpers/run-cli.js';

async function bundledSummary(): Promise<ProvincialSummary> {
  const files = (await readdir(datasetDir)).filter((f) => /^\d\d-.*\.md$/.test(f)).sort();
  const inputs = await Promise.all(
    files.map(async (f) => readBriefingInput(await readFile(join(datasetDir, f)), { origin: f })),
  );
  return summarizeInputs(inputs);
}

describe('the data file (version 2): each figure once, the summary naming it', () => {
  it('reads back to exactly the summary it was written from, through JSON text', async () => {
    const summary = await bundledSummary();
    const text = JSON.stringify(dataFile('jianbao test', [], summary, []));
    const data = JSON.parse(text);
    expect(data.version).toBe(DATA_FILE_VERSION);
    expect(readDataFile(data).summary).toEqual(JSON.parse(JSON.stringify(summary)));
    // Each figure is stored once; the totals and the cities' key figures name them instead of repeating them.
    const figures = (data.figures as unknown[]).map((f) => JSON.stringify(f));
    expect(new Set(figures).size).toBe(figures.length);
    expect(figures.length).toBeGreaterThan(50);
    expect(JSON.stringify(data.summary.totals)).not.toContain('"quote"');
    expect(
      JSON.stringify(data.summary.cities.map((c: { keyFigures: unknown }) => c.keyFigures)),
    ).not.toContain('"quote"');
    expect(text.length).toBeLessThan(JSON.stringify(summary).length);
  });

  it('reads a file written before version 2 (no version) as it is', async () => {
    const summary = JSON.parse(JSON.stringify(await bundledSummary()));
    const old = { generator: 'jianbao 0.1.0', inputs: [], summary, warnings: [] };
    expect(readDataFile(old).summary).toEqual(summary);
  });

  it('refuses a version it does not know and a figure the file lacks, with INPUT_SCHEMA', async () => {
    const data = JSON.parse(JSON.stringify(dataFile('jianbao test', [], await bundledSummary(), [])));
    expect(() => readDataFile({ ...data, version: 3 })).toThrow(
      expect.objectContaining({ code: 'INPUT_SCHEMA', message: expect.stringMatching(/version 3/) }),
    );
    data.summary.totals[0].contributions[0].figure = data.figures.length;
    expect(() => readDataFile(data)).toThrow(
      expect.objectContaining({
        code: 'INPUT_SCHEMA',
        message: expect.stringMatching(/summary\.totals\.0\.contributions\.0/),
      }),
    );
  });
});
