import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BRIEFING_WARNING_CODES, brief, fromRecords, JianbaoError } from '../src/index.js';
import { brief as briefNode } from '../src/node.js';

const jiangsu = fileURLToPath(new URL('../../../apps/demo/data/jiangsu/', import.meta.url));
const files = readdirSync(jiangsu)
  .filter((name) => /^\d\d-.*\.md$/.test(name))
  .map((name) => ({ name, bytes: readFileSync(join(jiangsu, name)) }));

const serif = () => {
  const pkg = dirname(
    createRequire(import.meta.url).resolve('@expo-google-fonts/noto-serif-sc/package.json'),
  );
  const origin = join(pkg, '400Regular', 'NotoSerifSC_400Regular.ttf');
  return { data: readFileSync(origin), origin };
};

async function errorOf(run: () => Promise<unknown>): Promise<JianbaoError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof JianbaoError) return error;
    throw error;
  }
  throw new Error('expected a JianbaoError');
}

const nanjing = { city: '南京', text: '南京市人大常委会组织专题调研12次，举办人大代表讲坛3场。' };
const wuxi = { city: '无锡市', text: '无锡市人大常委会组织专题调研20次。', source: '无锡市人大常委会研究室' };

describe('brief (jianbao/node)', () => {
  it('briefs the 13 Jiangsu reports into a PDF and a Word document with defaults only', async () => {
    const result = await briefNode(files);
    expect(new TextDecoder().decode(result.pdf?.subarray(0, 5))).toBe('%PDF-');
    expect(String.fromCharCode(...(result.docx?.subarray(0, 2) ?? []))).toBe('PK');
    expect(result.data.inputs.map((input) => input.origin)).toEqual(files.map((f) => f.name));
    expect(result.data.summary.cities).toHaveLength(13);
    expect(result.document.meta.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const warning of result.warnings) expect(BRIEFING_WARNING_CODES).toContain(warning.code);
  });
});

describe('brief', () => {
  it('renders the PDF in the fonts it is given', async () => {
    const result = await brief([nanjing, wuxi], {
      formats: ['pdf'],
      compose: { date: '2024-01-15', name: '人大工作简报' },
      pdf: { fonts: { body: serif() } },
    });
    expect(new TextDecoder().decode(result.pdf?.subarray(0, 5))).toBe('%PDF-');
    expect(result.docx).toBeUndefined();
    expect(result.document.meta.date).toBe('2024-01-15');
  });

  it('asks for fonts (FONT_NOT_FOUND, before reading) when a PDF is wanted without them', async () => {
    const error = await errorOf(() => brief([42 as never]));
    expect(error.code).toBe('FONT_NOT_FOUND');
    expect(error.message).toContain("'jianbao/node'");
    expect(error.message).toContain("formats: ['docx']");
  });

  it('takes texts, records and files together, records as one input checked as JSON is', async () => {
    const text = '## 常州\n常州市人大常委会组织专题调研8次。';
    const inputs = [
      text,
      nanjing,
      { name: 'wuxi.md', bytes: new TextEncoder().encode(`## 无锡\n${wuxi.text}`) },
      { ...wuxi, city: '徐州' },
    ];
    const result = await brief(inputs, { formats: [] });
    // Listed as the province lists them (by their codes), unless the inputs' order is asked for.
    expect(result.data.summary.cities.map((c) => c.city)).toEqual(['南京', '无锡', '徐州', '常州']);
    const kept = await brief(inputs, { formats: [], summarize: { order: 'input' } });
    // The records are one input, read where the first of them stands.
    expect(kept.data.summary.cities.map((c) => c.city)).toEqual(['常州', '南京', '徐州', '无锡']);
    expect(result.data.inputs.map((i) => [i.origin, i.format])).toEqual([
      [null, 'markdown'],
      [null, 'json'],
      ['wuxi.md', 'markdown'],
    ]);
    expect(fromRecords([nanjing]).format).toBe('json');
  });

  it('refuses a bad record with the error a JSON file of it gets', async () => {
    const bad = { city: '南京', text: '…', metrics: [{ value: 3, unti: '场', label: '讲坛' }] };
    const direct = await errorOf(() => brief([bad as never], { formats: [] }));
    const asFile = await errorOf(() =>
      brief([{ name: 'records', bytes: new TextEncoder().encode(JSON.stringify([bad])) }], { formats: [] }),
    );
    expect(direct.code).toBe('INPUT_SCHEMA');
    expect(direct.message).toContain('unti');
    expect(asFile.message).toBe(direct.message);
  });

  it('returns coded warnings (a city given twice)', async () => {
    const result = await brief([nanjing, '## 南京\n南京市人大举办培训班5期。'], { formats: [] });
    expect(result.warnings).toContainEqual(
      expect.objectContaining({ code: 'DUPLICATE_CITY', severity: 'warning', city: '南京' }),
    );
  });

  it.each([
    [{ format: 'pdf' }, '"format"'],
    [{ formats: ['pdf', 'html'] }, '"html"'],
    [{ formats: 'docx' }, '"docx"'],
    [{ formats: ['docx', 'docx'] }, 'twice'],
  ])('refuses options %j with USAGE', async (options, named) => {
    const error = await errorOf(() => brief([nanjing], options as never));
    expect(error.code).toBe('USAGE');
    expect(error.message).toContain(named);
  });

  it('names the known options when refusing one, at any level', async () => {
    const top = await errorOf(() => brief([nanjing], { colour: 'red' } as never));
    expect(top.message).toContain('known: formats, compose, summarize, pdf, docx, theme');
    const compose = await errorOf(() =>
      brief([nanjing], { formats: [], compose: { pageSize: 'A4' } as never }),
    );
    expect(compose.code).toBe('USAGE');
    expect(compose.message).toContain('pageSize');
    const docx = await errorOf(() =>
      brief([nanjing], { formats: ['docx'], docx: { color: 'red' } as never }),
    );
    expect(docx.code).toBe('USAGE');
    expect(docx.message).toContain('color');
  });

  it('refuses inputs that are none of a file, a text or a record', async () => {
    for (const inputs of [
      [],
      [null],
      [{ name: 'a.txt', bytes: 'text' }],
      [{ name: 'a.txt', bytes: new Uint8Array(1), path: 'x' }],
    ]) {
      const error = await errorOf(() => brief(inputs as never, { formats: [] }));
      expect(error.code).toBe('USAGE');
    }
  });
});
