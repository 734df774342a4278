import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { composeBriefing } from '../src/compose/composeBriefing.js';
import { extract, reportsOf } from '../src/extract/extract.js';
import { readSource } from '../src/ingest/read-source.js';
import { summarize } from '../src/summarize/summarize.js';
import { documentText } from './helpers/briefing.js';

/**
 * The bundled dataset's briefing, as text, against a golden copy that was read line by line against the thirteen
 * reports (each sentence found in its city's file, each figure with its own words, the overview's counts of cities
 * and its totals added up by hand). When composition changes on purpose, read the diff the same way before
 * updating test/fixtures/golden/jiangsu-briefing.txt — never copy the new output over it unread.
 */
test('the bundled dataset composes into the reviewed briefing', async () => {
  const dir = fileURLToPath(new URL('../../../apps/demo/data/jiangsu/', import.meta.url));
  const reports = readdirSync(dir)
    .filter((f) => /^\d\d-.*\.md$/.test(f))
    .sort()
    .flatMap((name) => {
      const source = readSource(readFileSync(`${dir}${name}`, 'utf8'), { origin: name });
      return reportsOf(source, extract(source), { preface: true });
    });
  const doc = await composeBriefing(summarize(reports), { date: '2024-01-15' });
  const golden = readFileSync(new URL('./fixtures/golden/jiangsu-briefing.txt', import.meta.url), 'utf8');
  expect(`${documentText(doc)}\n`).toBe(golden);
});
