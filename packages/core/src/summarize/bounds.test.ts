import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Qualifier } from '../types.js';
import { addFigures, combineQualifiers } from './bounds.js';

const qualifier = fc.constantFrom<Qualifier>('exact', 'more_than', 'nearly', 'over', 'approx', 'range');
const figure = fc.record({ value: fc.integer({ min: 0, max: 1_000_000 }), qualifier });

describe('honest bounds of a sum', () => {
  it('is exact only when every part is exact, and then is the plain sum', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 2, maxLength: 20 }),
        (values) => {
          const sum = addFigures(values.map((value) => ({ value, valueMax: null, qualifier: 'exact' })));
          expect(sum).toEqual({
            value: values.reduce((a, b) => a + b, 0),
            valueMax: null,
            qualifier: 'exact',
          });
        },
      ),
    );
  });

  it('is approximate with any 近/约 part, else a lower bound with any 余/超/range part', () => {
    fc.assert(
      fc.property(fc.array(figure, { minLength: 2, maxLength: 20 }), (parts) => {
        const qs = parts.map((p) => p.qualifier);
        const { qualifier: q } = addFigures(parts.map((p) => ({ ...p, valueMax: null })));
        if (qs.includes('nearly') || qs.includes('approx')) expect(q).toBe('approx');
        else if (qs.some((x) => x !== 'exact')) expect(q).toBe('at_least');
        else expect(q).toBe('exact');
      }),
    );
  });

  it('keeps a lone figure as it was written, range end included', () => {
    expect(addFigures([{ value: 30000, valueMax: 40000, qualifier: 'range' }])).toEqual({
      value: 30000,
      valueMax: 40000,
      qualifier: 'range',
    });
    expect(combineQualifiers(['at_least', 'exact'])).toBe('at_least');
    expect(combineQualifiers(['at_least', 'nearly'])).toBe('approx');
  });

  it('adds decimals without binary noise', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in floating point; a figure sum must read 0.3.
    expect(addFigures([0.1, 0.2].map((value) => ({ value, valueMax: null, qualifier: 'exact' }))).value).toBe(
      0.3,
    );
  });
});
