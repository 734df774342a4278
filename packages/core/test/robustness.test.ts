/**
 * Hostile and odd input (issue 10): each gets a defined outcome — a valid briefing that keeps every character,
 * or a JianbaoError with a stable code naming where. Small inputs live in test/fixtures/hostile/; the big and
 * binary ones are generated here, never committed.
 */
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_SECTIONS,
  decodeBytes,
  exampleDocument,
  isJianbaoError,
  type JianbaoError,
  readSource,
  readSourceAsync,
  validateDocument,
} from '../src/index.js';
import { type PipelineRun, runPipeline } from './helpers/pipeline.js';
import { ARTICLE_CITIES_HANS } from './seed-article.js';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`./fixtures/hostile/${name}`, import.meta.url)));

/** The JianbaoError `run` throws (sync or async); fails the test on success or on any other error. */
async function failure(run: () => unknown): Promise<JianbaoError> {
  let outcome: unknown;
  try {
    await run();
  } catch (error) {
    outcome = error;
  }
  if (!isJianbaoError(outcome)) throw new Error(`expected a JianbaoError, got ${String(outcome)}`);
  return outcome;
}

/** What every successful run must hold: sections partition the text, every span slices to its own text. */
function expectWhole(run: PipelineRun): void {
  const { source, extraction, document } = run;
  let at = 0;
  for (const section of extraction.sections) {
    expect(section.span[0]).toBe(at);
    at = section.span[1];
    for (const metric of section.metrics) {
      expect(source.text.slice(metric.span[0], metric.span[1])).toBe(metric.text);
    }
  }
  expect(at).toBe(source.text.length);
  expect(validateDocument(document)).toEqual(document);
}

const figures = (run: PipelineRun) => run.extraction.sections.flatMap((s) => s.metrics.map((m) => m.text));

describe('empty and tiny input', () => {
  test('an empty file is INPUT_EMPTY naming the file', async () => {
    const error = await failure(() => runPipeline(fixture('empty.txt'), { origin: 'empty.txt' }));
    expect(error.code).toBe('INPUT_EMPTY');
    expect(error.message).toBe('empty.txt is empty');
  });

  test('spaces, tabs, line breaks and ideographic spaces only are INPUT_EMPTY, said so', async () => {
    const error = await failure(() =>
      runPipeline(fixture('whitespace-only.txt'), { origin: 'whitespace-only.txt' }),
    );
    expect(error.code).toBe('INPUT_EMPTY');
    expect(error.message).toBe('whitespace-only.txt is empty (only whitespace)');
  });

  test('one character is a briefing with one section and no figures', async () => {
    const run = await runPipeline(fixture('one-character.txt'), { origin: 'one-character.txt' });
    expectWhole(run);
    expect(run.source.text).toBe('市');
    expect(run.extraction.sections).toHaveLength(1);
    expect(figures(run)).toEqual([]);
  });

  test('numbers without units give only the percentage as a figure; years and bare numbers are not figures', async () => {
    const run = await runPipeline(fixture('numbers-only.txt'), { origin: 'numbers-only.txt' });
    expectWhole(run);
    expect(figures(run)).toEqual(['45.6%']);
  });
});

describe('size limits', () => {
  // Just over 20 MiB of ordinary report text (3 bytes a character in UTF-8).
  const line = '南京市人大常委会组织专题调研120次。\n';
  const big = line.repeat(Math.ceil((DEFAULT_MAX_BYTES + 1) / new TextEncoder().encode(line).length));

  test('20 MB of text is INPUT_TOO_LARGE at the default limit, as a string and as bytes', async () => {
    const bytes = new TextEncoder().encode(big);
    expect(bytes.length).toBeGreaterThan(DEFAULT_MAX_BYTES);
    for (const input of [big, bytes]) {
      const error = await failure(() => runPipeline(input, { origin: 'big.txt' }));
      expect(error.code).toBe('INPUT_TOO_LARGE');
      expect(error.message).toBe(
        `big.txt: input is ${bytes.length} bytes, over the limit of ${DEFAULT_MAX_BYTES} bytes (option maxBytes)`,
      );
    }
  });

  test('with a raised limit the 20 MB are read whole', () => {
    const source = readSource(new TextEncoder().encode(big), {
      origin: 'big.txt',
      maxBytes: 32 * 1024 * 1024,
    });
    expect(source.text).toBe(big);
  });

  test('a lower limit applies to small input too, and the full pipeline runs under it', async () => {
    const small = line.repeat(100); // 100 × 52 bytes
    const error = await failure(() => runPipeline(small, { maxBytes: 1000 }));
    expect(error.code).toBe('INPUT_TOO_LARGE');
    expectWhole(await runPipeline(small, { maxBytes: 6000 }));
  });

  const cities = ARTICLE_CITIES_HANS;
  // 10,000 sections of two lines each, the 13 cities in turn, section i reporting i + 1 research visits.
  const tiny = Array.from(
    { length: 10_000 },
    (_, i) => `## ${cities[i % 13]}市\n组织调研${i + 1}次。\n`,
  ).join('');

  test('10,000 tiny sections are INPUT_TOO_MANY_SECTIONS at the default limit, naming the line', async () => {
    const error = await failure(() => runPipeline(tiny, { origin: 'tiny.md' }));
    expect(error.code).toBe('INPUT_TOO_MANY_SECTIONS');
    // Section 1001 is the heading on line 2001.
    expect(error.message).toBe(
      `tiny.md: more than ${DEFAULT_MAX_SECTIONS} sections (option maxSections); section 1001 starts at line 2001`,
    );
    expect(error.details.where).toBe('tiny.md, line 2001');
  });

  test('with a raised limit they are 10,000 sections adding up to 13 cities', async () => {
    const run = await runPipeline(tiny, { origin: 'tiny.md', maxSections: 10_000 });
    expectWhole(run);
    expect(run.extraction.sections).toHaveLength(10_000);
    const research = run.summary.totals.find((t) => t.category === 'research' && t.unit === '次');
    // Nanjing has sections 0, 13, 26 …: it reported 1 + 14 + 27 + … research visits.
    let nanjing = 0;
    for (let i = 0; i < 10_000; i += 13) nanjing += i + 1;
    expect(research?.byCity.find((c) => c.city === '南京')?.value).toBe(nanjing);
    expect(research?.value).toBe((10_000 * 10_001) / 2);
  });

  test('a table over maxTableRows, when given, is DOCUMENT_TOO_MANY_ROWS naming the table', async () => {
    const three = cities
      .slice(0, 3)
      .map((c) => `## ${c}市\n组织调研12次。\n`)
      .join('');
    // Three cities and the total: four rows and a header.
    const error = await failure(() => runPipeline(three, { maxTableRows: 4 }));
    expect(error.code).toBe('DOCUMENT_TOO_MANY_ROWS');
    expect(error.message).toMatch(
      /^Table 表1　各市主要工作数据 at children\.\d+\.rows has 5 rows, over the limit of 4/,
    );
    expectWhole(await runPipeline(three, { maxTableRows: 5 }));
    // No limit unless one is asked for: the renderers split a long table across pages.
    const doc = await exampleDocument();
    const table = doc.children.find((b) => b.type === 'table');
    if (table?.type !== 'table') throw new Error('the example document has a table');
    table.rows = Array.from({ length: 2000 }, () => table.rows[0] ?? []);
    expect(validateDocument(doc)).toBeTruthy();
    expect((await failure(() => validateDocument(doc, { maxTableRows: 500 }))).code).toBe(
      'DOCUMENT_TOO_MANY_ROWS',
    );
  });

  test('one 200,000-character paragraph without punctuation is one section, every figure read', async () => {
    const phrase = '南京市人大常委会组织调研12次接待选民1300人次'; // 25 characters, two figures
    const para = phrase.repeat(8000);
    expect(para).toHaveLength(200_000);
    const run = await runPipeline(para, { origin: 'para.txt' });
    expectWhole(run);
    expect(run.extraction.sections).toHaveLength(1);
    expect(figures(run)).toHaveLength(16_000);
    // A run-on "sentence" of 200,000 characters is not quoted in the briefing, and nothing cites all of it.
    const quotes = [...JSON.stringify(run.document).matchAll(/"quote":"([^"]*)"/g)].map((m) => m[1] ?? '');
    for (const quote of quotes) expect(quote.length).toBeLessThanOrEqual(2 * 120 + 10);
    expect(JSON.stringify(run.document).length).toBeLessThan(100_000);
  });
});

describe('encodings', () => {
  const XUZHOU = '徐州市人大常委会组织专题调研48次，接待选民2600余人次。\n';

  test('GB18030, and UTF-16 LE/BE with and without a BOM, decode to the same text and figures', async () => {
    for (const name of [
      'gb18030.txt',
      'utf16le-bom.txt',
      'utf16be-bom.txt',
      'utf16le-no-bom.txt',
      'utf16be-no-bom.txt',
    ]) {
      const run = await runPipeline(fixture(name), { origin: name });
      expect(run.source.text, name).toBe(XUZHOU);
      expect(figures(run), name).toEqual(['48次', '2600余人次']);
    }
  });

  test('BOM-less UTF-16 of ASCII text is detected in both byte orders', () => {
    const text = 'Nanjing: 120 visits\n';
    const le = new Uint8Array(text.length * 2);
    const be = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      le[2 * i] = text.charCodeAt(i);
      be[2 * i + 1] = text.charCodeAt(i);
    }
    expect(decodeBytes(le)).toBe(text);
    expect(decodeBytes(be)).toBe(text);
  });

  test('invalid UTF-8 is INPUT_ENCODING at the byte offset, with the bytes around it', async () => {
    const error = await failure(() =>
      runPipeline(fixture('invalid-utf8.txt'), { origin: 'invalid-utf8.txt' }),
    );
    expect(error.code).toBe('INPUT_ENCODING');
    // Four 3-byte characters, then the stray 0xc3.
    expect(error.details.where).toBe('invalid-utf8.txt, byte offset 12');
    expect(error.details.snippet).toBe('82 e4 ba ba [c3] 28 e5 a4 a7');
  });

  test('random binary is INPUT_ENCODING naming a byte offset', async () => {
    let seed = 20240115;
    const bytes = Uint8Array.from({ length: 64 * 1024 }, () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed >>> 24;
    });
    const error = await failure(() => runPipeline(bytes, { origin: 'random.bin' }));
    expect(error.code).toBe('INPUT_ENCODING');
    expect(error.details.where).toMatch(/^random\.bin, byte offset \d+$/);
  });

  test('control characters: in a file they are INPUT_ENCODING at their offset; in a string they are kept', async () => {
    const error = await failure(() =>
      runPipeline(fixture('control-characters.txt'), { origin: 'control-characters.txt' }),
    );
    expect(error.code).toBe('INPUT_ENCODING');
    // 常州市人大常委会 is 8 characters of 3 bytes: the 0x01 is byte 24.
    expect(error.message).toBe('control-characters.txt looks binary (control byte 0x01) at byte offset 24');
    const text = new TextDecoder().decode(fixture('control-characters.txt'));
    const run = await runPipeline(text);
    expectWhole(run);
    expect(run.source.text).toBe(text);
    expect(figures(run)).toEqual(['20次']);
  });
});

describe('scripts and characters', () => {
  test('mixed scripts (Simplified, Traditional, Latin, Hangul) keep every character and every Chinese figure', async () => {
    const run = await runPipeline(fixture('mixed-scripts.md'), { origin: 'mixed-scripts.md' });
    expectWhole(run);
    expect(run.source.meta).toEqual({ city: '苏州', date: '2024-03-01' });
    expect(run.extraction.script).toBe('mixed');
    expect(run.source.text).toContain('서울');
    expect(figures(run)).toEqual(['36次', '1200人次', '5批次', '120余家']);
  });

  test('right-to-left text is kept and does not disturb the Chinese figures around it', async () => {
    const run = await runPipeline(fixture('rtl.txt'), { origin: 'rtl.txt' });
    expectWhole(run);
    expect(run.source.text).toContain('ביקורים');
    expect(run.source.text).toContain('زيارة');
    expect(figures(run)).toEqual(['45次', '800余人次']);
  });

  test('emoji and Extension B characters are kept whole: no span cuts a surrogate pair', async () => {
    const run = await runPipeline(fixture('emoji-rare-han.txt'), { origin: 'emoji-rare-han.txt' });
    expectWhole(run);
    for (const char of ['👍', '🎉', '𠀀', '𠀁', '𪚥']) expect(run.source.text).toContain(char);
    expect(figures(run)).toEqual(['12期', '600余人次']);
    const isLow = (i: number) => /[\uDC00-\uDFFF]/.test(run.source.text[i] ?? '');
    for (const section of run.extraction.sections) {
      for (const at of [section.span[0], section.span[1], ...section.metrics.flatMap((m) => m.span)]) {
        expect(isLow(at), `offset ${at}`).toBe(false);
      }
    }
    // The figures' sentences, which the briefing cites, carry the emoji as written.
    const quotes = JSON.stringify(run.document);
    expect(quotes).toContain('👍');
  });
});

describe('structured input and containers', () => {
  test('a .docx that is not a zip is INPUT_FORMAT showing its first bytes', async () => {
    const error = await failure(() => runPipeline(fixture('not-a-zip.docx'), { origin: 'not-a-zip.docx' }));
    expect(error.code).toBe('INPUT_FORMAT');
    expect(error.message).toBe('not-a-zip.docx is not a .docx file (no zip signature)');
    expect(error.details.snippet).toBe('50 4b 20 74 68 69 73 20');
  });

  test('a zip signature followed by garbage is INPUT_FORMAT, not a crash', async () => {
    const bytes = Uint8Array.from([
      0x50,
      0x4b,
      0x03,
      0x04,
      ...Array.from({ length: 200 }, (_, i) => (i * 37) & 255),
    ]);
    const error = await failure(() => runPipeline(bytes, { origin: 'broken.docx' }));
    expect(error.code).toBe('INPUT_FORMAT');
    expect(error.message).toMatch(/^broken\.docx /);
  });

  /** A .docx whose document part holds `paragraphs` copies of one paragraph. */
  const docx = (paragraphs: number) => {
    const body = '<w:p><w:r><w:t>南京市人大常委会组织调研12次</w:t></w:r></w:p>'.repeat(paragraphs);
    return zipSync({ 'word/document.xml': strToU8(`<w:document><w:body>${body}</w:body></w:document>`) });
  };
  /** The same zip with every header claiming an uncompressed size of `size` bytes. */
  const understated = (zip: Uint8Array, size: number) => {
    const lie = zip.slice();
    const view = new DataView(lie.buffer);
    for (let i = 0; i + 4 <= lie.length; i++) {
      const signature = view.getUint32(i, true);
      if (signature === 0x04034b50) view.setUint32(i + 22, size, true); // local file header
      if (signature === 0x02014b50) view.setUint32(i + 24, size, true); // central directory
    }
    return lie;
  };

  test('a zip bomb is INPUT_TOO_LARGE on its declared size, before inflating', async () => {
    const bomb = docx(500_000); // ~32 MB of XML
    expect(bomb.length).toBeLessThan(200_000);
    const error = await failure(() => runPipeline(bomb, { origin: 'bomb.docx' }));
    expect(error.code).toBe('INPUT_TOO_LARGE');
    expect(error.message).toMatch(
      /^bomb\.docx: word\/document\.xml: uncompressed document is \d+ bytes, over the limit/,
    );
  });

  test('a zip bomb that understates its size is stopped while inflating', async () => {
    const error = await failure(() =>
      runPipeline(understated(docx(20_000), 1000), { origin: 'liar.docx', maxBytes: 100_000 }),
    );
    expect(error.code).toBe('INPUT_TOO_LARGE');
  });

  test('a .docx that understates its size within the limit is read whole, not cut at the stated size', async () => {
    const source = await readSourceAsync(understated(docx(100), 1000), { origin: 'liar.docx' });
    expect(source.text.split('\n').filter((l) => l === '南京市人大常委会组织调研12次')).toHaveLength(100);
  });

  test('JSON with a wrong type is INPUT_SCHEMA naming the field path', async () => {
    const error = await failure(() =>
      runPipeline(fixture('wrong-types.json'), { origin: 'wrong-types.json' }),
    );
    expect(error.code).toBe('INPUT_SCHEMA');
    expect(error.details.where).toBe('wrong-types.json, field [1].metrics[0].value');
    expect(error.details.snippet).toBe('"二十"');
  });

  test('CSV with a bad row is INPUT_SCHEMA naming the row (the header is row 1)', async () => {
    const error = await failure(() => runPipeline(fixture('bad-row.csv'), { origin: 'bad-row.csv' }));
    expect(error.code).toBe('INPUT_SCHEMA');
    expect(error.message).toBe('bad-row.csv, row 3: column date: expected YYYY, YYYY-MM or YYYY-MM-DD');
    expect(error.details.snippet).toContain('2024-13-40');
  });

  test('front matter that is not YAML is INPUT_FORMAT naming the line', async () => {
    const error = await failure(() => runPipeline(fixture('not-yaml.md'), { origin: 'not-yaml.md' }));
    expect(error.code).toBe('INPUT_FORMAT');
    expect(error.message).toBe('not-yaml.md, line 3: front matter is not valid YAML');
  });
});
