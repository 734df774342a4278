import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { FrontMatterSyntaxError, readFlatYaml } from './flat-yaml.js';
import { FRONT_MATTER_FIELDS, readFrontMatter } from './front-matter.js';
import { readSource } from './read-source.js';
import { readSourceAsync } from './read-source-async.js';

const FIELDS = FRONT_MATTER_FIELDS;
const flat = (yaml: string) => readFlatYaml(yaml, FIELDS);
/** What the `yaml` package reads for the fields jianbao reads. */
const full = (yaml: string) => {
  const data = (parse(yaml, { uniqueKeys: false, logLevel: 'error' }) ?? {}) as Record<string, unknown>;
  return Object.fromEntries(FIELDS.filter((key) => key in data).map((key) => [key, data[key]]));
};

describe('front matter read as key: value lines (the synchronous readers)', () => {
  test.each([
    ['plain text, a date and a year', 'city: 南京市\ndate: 2024-01-05\ntitle: 2024\nsource: 研究室'],
    [
      'quoted, with escapes and a comment',
      `city: '連云港''s'\ntitle: "代表\\t\\"之家\\"\\u4eba" # 標題\nsource: 研究室 # 來源`,
    ],
    ['null, ~ and nothing', 'city: ~\nsource:\ndate: null\ntitle: Null'],
    ['numbers as YAML reads them', 'city: 007\nsource: 1.50\ndate: 0x1A\ntitle: 1e3'],
    [
      'other keys with nested lists, maps and block scalars',
      'tags:\n  - 甲\n  - 乙\nmeta:\n  a: 1\nnote: |\n  多行\n  文字\ncity: 南京\nlist:\n- x\n- y\ntitle: 標題',
    ],
    [
      'comments, blank lines, a repeated key and CRLF',
      '# 說明\r\ncity: 無錫\r\n\r\ncity: 南京\r\n  # indented comment\r\ntitle: 標題\r\n',
    ],
    ['a colon without a space inside a value', 'title: 南京:議事廳\nsource: http://example.org/a'],
  ])('%s: the same fields as the yaml package', (_name, yaml) => {
    expect(flat(yaml)).toEqual(full(yaml));
  });

  test('any one-line plain or quoted value reads as the yaml package reads it, or is refused', () => {
    const char = fc.constantFrom('南', '京', 'a', '1', ' ', '#', ':', "'", '"', '-', '，', '.', '\\');
    const value = fc.oneof(
      fc.string({ unit: char, maxLength: 12 }),
      fc.string({ unit: char, maxLength: 12 }).map((s) => `'${s.replaceAll("'", "''")}'`),
      fc.string({ unit: char, maxLength: 12 }).map((s) => JSON.stringify(s)),
    );
    fc.assert(
      fc.property(fc.constantFrom(...FIELDS), value, (key, v) => {
        const yaml = `${key}: ${v}`;
        let expected: unknown;
        try {
          expected = full(yaml);
        } catch {
          expected = 'invalid';
        }
        let got: unknown;
        try {
          got = flat(yaml);
        } catch (error) {
          if (!(error instanceof FrontMatterSyntaxError)) throw error;
          got = 'invalid';
        }
        // Never a value the yaml package would not give: the same value, or a refusal (a coded error) where
        // the yaml package is lenient with a broken quote.
        if (got !== 'invalid') expect(got).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  test.each([
    ['a block scalar', 'title: |\n  多行標題', 2],
    ['a folded scalar', 'city: 南京\ntitle: >\n  多行', 3],
    ['a value continued on the next line', 'title: 南京市人大\n  常委會', 3],
    ['an anchor', 'city: &c 南京', 2],
    ['a tag', 'city: !!str 南京', 2],
  ])('%s is refused naming its line; readSourceAsync reads it', async (_name, yaml, line) => {
    const md = `---\n${yaml}\n---\n正文。`;
    expect(() => readSource(md, { origin: 'a.md' })).toThrow(
      expect.objectContaining({
        code: 'INPUT_FORMAT',
        message: expect.stringMatching(
          new RegExp(`^a\\.md, line ${line}: front matter uses YAML only readSourceAsync reads`),
        ),
      }),
    );
    const source = await readSourceAsync(md, { origin: 'a.md' });
    expect(source.meta).toEqual(readFrontMatter(md, 'a.md', full)?.meta);
  });

  test('YAML that is not valid is INPUT_FORMAT in both readers; a list for a field is INPUT_SCHEMA in both', async () => {
    for (const yaml of ['city: 南京\ntitle: [unclosed', 'city: a: b', 'city: "unclosed', '南京市']) {
      const md = `---\n${yaml}\n---\n正文。`;
      expect(() => readSource(md, { origin: 'a.md' })).toThrow(
        expect.objectContaining({ code: 'INPUT_FORMAT' }),
      );
      await expect(readSourceAsync(md, { origin: 'a.md' })).rejects.toThrow(
        expect.objectContaining({ code: expect.stringMatching(/^INPUT_(FORMAT|SCHEMA)$/) }),
      );
    }
    for (const yaml of ['city: [南京, 無錫]', 'city:\n  - 南京', 'city: true', 'title:\n  a: 1']) {
      const md = `---\n${yaml}\n---\n正文。`;
      expect(() => readSource(md, { origin: 'a.md' })).toThrow(
        expect.objectContaining({ code: 'INPUT_SCHEMA' }),
      );
      await expect(readSourceAsync(md, { origin: 'a.md' })).rejects.toThrow(
        expect.objectContaining({ code: 'INPUT_SCHEMA' }),
      );
    }
  });
});
