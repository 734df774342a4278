/** Issue 18 in the CLI's own modules: no uncoded crash on huge outputs; JSON written in pieces. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTable } from '../src/format/table.js';
import { batched, jsonChunks, jsonPieces, WHOLE_INPUT_CHARS } from '../src/io/json-stream.js';

describe('formatTable (fault 6)', () => {
  it('lays out 200,000 rows (no Math.max over a spread of them)', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [String(i), '代表']);
    const table = formatTable([{ header: 'n', align: 'right' }, { header: 'label' }], rows);
    expect(table.split('\n')).toHaveLength(200_002);
    expect(table.split('\n')[2]).toBe('     0  代表');
  });
});

describe('jsonChunks (fault 6: extract --json of a large input)', () => {
  it('joins to exactly JSON.stringify(value, null, 2) for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect([...jsonChunks(value)].join('')).toBe(JSON.stringify(value, null, 2));
      }),
      { numRuns: 500 },
    );
  });

  it('joins to exactly JSON.stringify(value) when compact (0 spaces), for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect([...jsonChunks(value, 0)].join('')).toBe(JSON.stringify(value));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves out undefined fields and writes undefined array items as null, as JSON.stringify does', () => {
    const value = { a: undefined, b: [undefined, 1], c: { d: null } };
    expect([...jsonChunks(value)].join('')).toBe(JSON.stringify(value, null, 2));
  });

  it('gives pieces of bounded size, so no string holds the whole text', () => {
    const figure = { value: 12, unit: '%', label: '满意率', span: [0, 3] };
    const big = { sections: [{ metrics: new Array(100_000).fill(figure) }] };
    const pieces = [...batched(jsonChunks(big), '\n')];
    expect(pieces.join('')).toBe(`${JSON.stringify(big, null, 2)}\n`);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(2 ** 16 + 100);
    expect(pieces.length).toBeGreaterThan(50);
  });

  it('jsonPieces: one string for the JSON of an input of up to 4 M characters (12 MB of Chinese), bounded pieces above', () => {
    const figure = { value: 12, unit: '%', label: '满意率', span: [0, 3] };
    const big = { sections: [{ metrics: new Array(100_000).fill(figure) }] };
    const whole = [...jsonPieces(big, 0, WHOLE_INPUT_CHARS)];
    expect(whole).toEqual([`${JSON.stringify(big)}\n`]);
    for (const inputChars of [WHOLE_INPUT_CHARS + 1, undefined]) {
      const pieces = [...jsonPieces(big, 2, inputChars)];
      expect(pieces.join('')).toBe(`${JSON.stringify(big, null, 2)}\n`);
      expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(2 ** 16 + 100);
    }
  });

  it('jsonPieces: JSON too long for one string (RangeError) is written in bounded pieces; other errors are thrown', () => {
    const figure = { value: 12, unit: '%', label: '满意率', span: [0, 3] };
    const big = { sections: [{ metrics: new Array(100_000).fill(figure) }] };
    const tooLong = (): string => {
      throw new RangeError('Invalid string length');
    };
    const pieces = [...jsonPieces(big, 0, 10, tooLong)];
    expect(pieces.join('')).toBe(`${JSON.stringify(big)}\n`);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(2 ** 16 + 100);
    const broken = (): string => {
      throw new TypeError('Converting circular structure to JSON');
    };
    expect(() => jsonPieces(big, 0, 10, broken)).toThrow(TypeError);
  });
});
