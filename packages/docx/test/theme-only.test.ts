import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { layoutLiterals, sourcesIn } from '../../pdf/test/helpers/layout-literals.js';

const src = (path: string) => fileURLToPath(new URL(`../src/${path}`, import.meta.url));

describe('the theme decides the layout', () => {
  it('no Word handler, style or footer holds a layout number, colour, mm, pt or 号 of its own', () => {
    const files = [
      ...sourcesIn(src('handlers')),
      src('styles.ts'),
      src('footers.ts'),
      src('inlines.ts'),
      src('render.ts'),
    ];
    expect(files.length).toBeGreaterThan(10);
    expect(layoutLiterals(files)).toEqual([]);
  });
});
