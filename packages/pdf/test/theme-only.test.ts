import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { layoutLiterals, sourcesIn } from './helpers/layout-literals.js';

const src = (path: string) => fileURLToPath(new URL(`../src/${path}`, import.meta.url));

describe('the theme decides the layout', () => {
  it('no PDF handler holds a layout number, colour, mm, pt or 号 of its own', () => {
    const files = [...sourcesIn(src('handlers')), src('layout/definition.ts')];
    expect(files.length).toBeGreaterThan(10);
    expect(layoutLiterals(files)).toEqual([]);
  });

  it('the scan finds what it looks for', () => {
    // a copy of the old masthead handler's values, written to a file of its own
    const sample = fileURLToPath(new URL('./fixtures/literal-sample.ts.txt', import.meta.url));
    expect(layoutLiterals([sample])).toHaveLength(4);
  });
});
