/**
 * Issue 18: every scanner is linear. Each case times one input kind at n and 4n on an adversarial shape (the
 * ones an outside attack found, and their kin) and asserts the ratio is at most 6× (linear is about 4×, the
 * quadratic code these replace was 9–16×). No wall-clock limit: this runs on any machine.
 */
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { chineseRunStarts, parseChineseInteger } from '../src/extract/numbers.js';
import { extract, isJianbaoError, readSource } from '../src/index.js';
import { csvTable } from '../src/ingest/csv.js';
import { docxText } from '../src/ingest/docx.js';
import { loadYamlParser } from '../src/ingest/front-matter.js';
import { citiesTables, type TableBlock, type TableElement } from '../src/ingest/html-table.js';
import { readSourceWith } from '../src/ingest/read-source.js';
import { splitSections } from '../src/split/split.js';
import { growth } from './helpers/complexity.js';

const LIMIT = 6;

/** Runs `fn`, accepting a JianbaoError as an outcome (some shapes are refused, which must be linear too). */
function settle(fn: () => unknown): unknown {
  try {
    return fn();
  } catch (error) {
    if (!isJianbaoError(error)) throw error;
    return error;
  }
}

function expectLinear(make: (n: number) => unknown, run: (input: never) => unknown, n: number): void {
  const g = growth(make as (n: number) => never, (input) => settle(() => run(input)), n, { limit: LIMIT });
  expect(g.ratio, `t(n)=${g.small.toFixed(1)} ms, t(4n)=${g.large.toFixed(1)} ms`).toBeLessThanOrEqual(LIMIT);
}

const docx = (xml: string, extra: Record<string, Uint8Array> = {}): Uint8Array =>
  zipSync({ ...extra, 'word/document.xml': strToU8(`<w:document><w:body>${xml}</w:body></w:document>`) });
const readDocx = (bytes: Uint8Array) =>
  readSourceWith('readSourceAsync', bytes, { origin: 'a.docx' }, { docx: docxText });

describe('.docx', () => {
  test.each([
    ['unclosed <w:p>', '<w:p>', 40_000],
    // Linear and fast (one tag to the document's end): at 40,000 its 2 ms was noise-sized under a full run's load.
    ['<w:p x without a closing >', '<w:p x', 160_000],
    ['unclosed <w:t> in a paragraph', '<w:p><w:t>南', 20_000],
    ['<w:t> runs without </w:t>', '<w:t>南京', 40_000],
  ])('%s', (_name, unit, n) => {
    expectLinear((k) => docx(`<w:p><w:r><w:t>南京</w:t></w:r></w:p>${unit.repeat(k)}`), readDocx, n);
  });

  test('a zip of many tiny entries before the document', () => {
    const make = (k: number) => {
      const files: Record<string, Uint8Array> = {};
      for (let i = 0; i < k; i++) files[`x/${i}`] = strToU8('a');
      return docx('<w:p><w:r><w:t>南京</w:t></w:r></w:p>', files);
    };
    expectLinear(make, readDocx, 5_000);
  });
});

describe('figures (extract)', () => {
  const extractText = (text: string) => extract(readSource(text, { origin: 'a.txt' }));
  test.each([
    ['十 repeated', (k: number) => '十'.repeat(k)],
    ['二 repeated', (k: number) => '二'.repeat(k)],
    ['zeros, then a bad unit', (k: number) => `${'零'.repeat(k)}十十`],
    ['十十五名 repeated', (k: number) => '十十五名，'.repeat(k / 5)],
    ['12% repeated', (k: number) => '12%'.repeat(k / 3)],
    ['digits and 萬 alternating', (k: number) => '1萬1萬'.repeat(k / 4)],
    // A label looks back for the 《 of a title ending right before its figure: never further than a title reaches.
    ['a stray 》 before every figure', (k: number) => '》2部'.repeat(k / 3)],
    ['titles listed before every figure', (k: number) => '制定《甲》《乙》2部，'.repeat(k / 11)],
    // Amounts given in turn look back for their list's 、 within the list only, not on to the text's next one.
    ['amounts given in turn, no 、 anywhere', (k: number) => '甲和乙分别为1件和2件，'.repeat(k / 12)],
  ])('%s', (_name, make) => {
    // Sizes that take tens of milliseconds at n: a ratio of a few milliseconds is mostly a busy machine's noise.
    expectLinear((k: number) => `南京市人大常委會：${make(k)}`, extractText, 60_000);
  });
});

describe('chineseRunStarts', () => {
  test('marks exactly the positions where parseChineseInteger reads the rest of the run', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'〇零一二兩三五九十百千'), minLength: 1, maxLength: 12 }),
        (run) => {
          const text = `十${run}名`;
          const { end, valid } = chineseRunStarts(text, 0);
          expect(end).toBe(text.length - 1);
          for (let p = 0; p < end; p++) {
            if ('百千'.includes(text[p] ?? '')) continue; // never a numeral's first character
            const expected = Number.isNaN(parseChineseInteger(text.slice(p, end))) ? 0 : 1;
            expect(valid[p], `${text} at ${p}`).toBe(expected);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('splitSections', () => {
  test('a labelled paragraph of many sentences, each opening with a word and a colon that names no city', () => {
    expectLinear((k: number) => `南京市：组织调研12次${'。甲乙：'.repeat(k / 4)}`, splitSections, 200_000);
  });
});

describe('Markdown front matter', () => {
  const make = (k: number) =>
    `---\ncity: 南京\n${Array.from({ length: k }, (_, i) => `k${i}: v`).join('\n')}\n---\n南京市组织调研12次`;
  test('many keys, read as key: value lines', () => {
    // 60,000 keys: at 20,000 (5 ms) a busy machine's noise made the ratio 6–8 now and then.
    expectLinear(make, (text: string) => readSource(text, { origin: 'a.md' }), 60_000);
  });
  test('many keys, read by the full YAML parser (readSourceAsync)', async () => {
    const yaml = await loadYamlParser();
    expectLinear(
      make,
      (text: string) => readSourceWith('readSourceAsync', text, { origin: 'a.md' }, { yaml }),
      4_000,
    );
  });
});

describe('a web page’s tables', () => {
  test('one table of many rows, read as cities’ figures', () => {
    // root, <table>, then per row a <tr> and its two cells, each cell's text a block of its own.
    const make = (k: number) => {
      const elements: TableElement[] = [
        { tag: '#root', parent: -1 },
        { tag: 'table', parent: 0 },
      ];
      const blocks: TableBlock[] = [];
      const row = (cells: string[]) => {
        const tr = elements.push({ tag: 'tr', parent: 1 }) - 1;
        for (const text of cells) blocks.push({ owner: elements.push({ tag: 'td', parent: tr }) - 1, text });
      };
      row(['城市', '代表建议（件）']);
      for (let i = 0; i < k; i++) row([`第${i}市`, String(i)]);
      return { elements, blocks };
    };
    expectLinear(
      make,
      ({ elements, blocks }: ReturnType<typeof make>) =>
        citiesTables(elements, blocks, (text, owner) => ({ owner, text })),
      4_000,
    );
  });
});

describe('structured input', () => {
  test('CSV: many figure rows for one city', () => {
    const make = (k: number) =>
      `city,text,label,value,unit\n南京,南京市组织调研12次,,,\n${'南京,,调研,12,次\n'.repeat(k)}`;
    expectLinear(
      make,
      (text: string) =>
        extract(readSourceWith('readSourceAsync', text, { origin: 'a.csv' }, { csv: csvTable })),
      10_000,
    );
  });

  test('JSON: identical supplied figures, all in the prose', () => {
    const make = (k: number) =>
      JSON.stringify({
        city: '南京',
        text: '组织调研12次，'.repeat(k),
        metrics: Array.from({ length: k }, () => ({ value: 12, unit: '次', label: '调研' })),
      });
    expectLinear(make, (text: string) => extract(readSource(text, { origin: 'a.json' })), 1_000);
  });
});
