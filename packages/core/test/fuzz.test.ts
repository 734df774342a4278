/**
 * Issue 18 fuzz run: fast-check over the extractor and each ingest format. Every input either gives an
 * extraction whose figures are finite numbers within MAX_FIGURE_VALUE, or fails with a JianbaoError that has a
 * code — never a TypeError, RangeError or other uncoded error. The number of runs is bounded (CI); set
 * JIANBAO_FUZZ_RUNS to run longer and JIANBAO_FUZZ_SEED to replay a failure: the seed is printed with it.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { extract, type InputFormat, isJianbaoError, MAX_FIGURE_VALUE, readSource } from '../src/index.js';
import { anyBytes, anyText, fc, reportText } from './helpers/arbitraries.js';

const RUNS = Number(process.env.JIANBAO_FUZZ_RUNS ?? 150);
const SEED = process.env.JIANBAO_FUZZ_SEED === undefined ? undefined : Number(process.env.JIANBAO_FUZZ_SEED);

/** fc.assert with the bounded runs, and the seed in the message of any failure (fast-check prints it too). */
function fuzz<T>(property: fc.IPropertyWithHooks<T> | fc.IProperty<T>): void {
  const details = fc.check(property, { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) });
  if (details.failed) {
    throw new Error(
      `fuzz failed — replay with JIANBAO_FUZZ_SEED=${details.seed} (path ${details.counterexamplePath}): ` +
        `${JSON.stringify(details.counterexample).slice(0, 300)}\n${String(details.errorInstance)}`,
    );
  }
}

/** Reads and extracts; a JianbaoError with a code is a fine outcome, anything else throws. */
function readAndExtract(input: string | Uint8Array, format?: InputFormat, origin = 'fuzz'): void {
  try {
    const extraction = extract(readSource(input, { origin, ...(format ? { format } : {}) }));
    for (const section of extraction.sections) {
      for (const m of section.metrics) {
        expect(Number.isFinite(m.value) && Math.abs(m.value) <= MAX_FIGURE_VALUE).toBe(true);
        if (m.valueMax !== null) expect(Number.isFinite(m.valueMax)).toBe(true);
      }
    }
  } catch (error) {
    if (!isJianbaoError(error) || typeof error.code !== 'string') throw error;
  }
}

/** Runs of numerals, magnitudes, units and qualifiers: the shapes the numeral scanner must stay linear on. */
const numeralSoup = fc
  .array(
    fc.constantFrom(...'〇零一二兩两三四五六七八九十百千萬万億亿余多0123456789.,%次名万元至-近超约第年'),
    {
      maxLength: 200,
    },
  )
  .map((chars) => `南京市${chars.join('')}`);

describe('fuzz: the extractor', () => {
  test('report-like text, any text and numeral soup', () => {
    fuzz(fc.property(fc.oneof(reportText, anyText, numeralSoup), (text) => readAndExtract(text)));
  });
});

describe('fuzz: each ingest format', () => {
  test.each(['text', 'markdown', 'json', 'csv'] as const)('%s from any string or bytes', (format) => {
    fuzz(fc.property(fc.oneof(anyText, anyBytes, reportText), (input) => readAndExtract(input, format)));
  });

  const value = fc.oneof(
    fc.double(),
    fc.integer(),
    fc.string(),
    fc.constant(null),
    fc.constantFrom(1.7e308, -0, 1e15, 1e16, Number.MAX_SAFE_INTEGER),
  );
  const record = fc.record(
    {
      city: fc.oneof(fc.constantFrom('南京', '无锡', '徐州'), fc.string({ maxLength: 50 })),
      text: fc.oneof(reportText, fc.string()),
      source: fc.oneof(fc.string(), fc.constant(null)),
      date: fc.oneof(fc.constantFrom('2024', '2024-01-15', '2024-02-30'), fc.string()),
      metrics: fc.array(
        fc.record(
          {
            value,
            valueMax: value,
            unit: fc.constantFrom('次', '名', '', '%'),
            label: fc.string({ maxLength: 6 }),
          },
          { requiredKeys: ['value', 'unit', 'label'] },
        ),
        { maxLength: 5 },
      ),
    },
    { requiredKeys: ['city', 'text'] },
  );

  test('json: structured records with hostile values', () => {
    fuzz(
      fc.property(fc.oneof(record, fc.array(record, { maxLength: 4 })), (data) =>
        readAndExtract(JSON.stringify(data), 'json'),
      ),
    );
  });

  test('csv: figure rows with hostile cells', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom('南京', '12', '1.7e308', '', '"', ',', '\n'),
    );
    const row = fc
      .array(cell, { minLength: 5, maxLength: 5 })
      .map((cells) => cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(','));
    fuzz(
      fc.property(fc.array(row, { maxLength: 8 }), (rows) =>
        readAndExtract(`city,text,label,value,unit\n${rows.join('\n')}`, 'csv'),
      ),
    );
  });

  test('docx: valid packages with hostile XML, then cut short or with bytes flipped', () => {
    const xml = fc.array(
      fc.oneof(
        fc.constantFrom(
          '<w:p>',
          '</w:p>',
          '<w:p/>',
          '<w:t>',
          '</w:t>',
          '<w:tab/>',
          '<w:br/>',
          '<w:p x',
          '&amp;',
          '&#xFFFF;',
          '&#0;',
        ),
        reportText,
      ),
      { maxLength: 30 },
    );
    const damage = fc.record({
      cut: fc.nat(),
      flips: fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { maxLength: 4 }),
    });
    fuzz(
      fc.property(xml, fc.nat({ max: 40 }), fc.option(damage), (parts, entries, hurt) => {
        const files: Record<string, Uint8Array> = {};
        for (let i = 0; i < entries; i++) files[`x/${i}.xml`] = strToU8('<a/>');
        files['word/document.xml'] = strToU8(`<w:document><w:body>${parts.join('')}</w:body></w:document>`);
        let bytes = zipSync(files);
        if (hurt) {
          bytes = bytes.slice(0, Math.max(4, bytes.length - (hurt.cut % bytes.length)));
          for (const [at, byte] of hurt.flips) bytes[4 + (at % Math.max(1, bytes.length - 4))] = byte;
        }
        readAndExtract(bytes, 'docx', 'fuzz.docx');
      }),
    );
  });
});
