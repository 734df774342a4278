import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { keepLayouts } from './keep-layouts.js';

const require = createRequire(import.meta.url);
const SERIF = join(
  dirname(require.resolve('@expo-google-fonts/noto-serif-sc/package.json')),
  '400Regular/NotoSerifSC_400Regular.ttf',
);

interface Run {
  glyphs: { id: number }[];
  positions: Record<string, number>[];
  advanceWidth: number;
}
const layoutOf = (font: Font, text: string, ...rest: unknown[]) =>
  (font.layout as unknown as (text: string, ...rest: unknown[]) => Run)(text, ...rest);
const plain = (run: Run) => ({
  ids: run.glyphs.map((glyph) => glyph.id),
  positions: run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]),
  advanceWidth: run.advanceWidth,
});

/** Counts the shaping fontkit does (its layout engine), under the font's `layout`. */
function countShaping(font: Font): { count: number } {
  const counter = { count: 0 };
  const engine = (font as unknown as { _layoutEngine: { layout: (...args: unknown[]) => unknown } })
    ._layoutEngine;
  const layout = engine.layout;
  engine.layout = function counted(...args: unknown[]) {
    counter.count++;
    return layout.apply(this, args);
  };
  return counter;
}

const TEXTS = ['南京市', '“12345”热线', 'GDP 增长 5.8%', '（一）', 'Jiangsu office'];

describe('a font parsed once per process keeps how it shaped each string', () => {
  const fresh = create(readFileSync(SERIF)) as Font;
  const kept = create(readFileSync(SERIF)) as Font;
  keepLayouts(kept);

  it('lays out every string as fontkit does, even after a run it returned was changed in place', () => {
    for (const text of TEXTS) {
      const first = layoutOf(kept, text);
      expect(plain(first)).toEqual(plain(layoutOf(fresh, text)));
      // pdfkit scales a run's positions in place (1000 / unitsPerEm): the next caller must not see that.
      for (const position of first.positions)
        for (const key in position) position[key] = (position[key] ?? 0) * 2;
      expect(plain(layoutOf(kept, text))).toEqual(plain(layoutOf(fresh, text)));
    }
  });

  it('shapes a string once; a call with features is shaped every time', () => {
    const font = create(readFileSync(SERIF)) as Font;
    keepLayouts(font);
    const shaping = countShaping(font);
    layoutOf(font, '南京市');
    layoutOf(font, '南京市');
    layoutOf(font, '无锡市');
    expect(shaping.count).toBe(2);
    layoutOf(font, '南京市', ['kern']);
    layoutOf(font, '南京市', ['kern']);
    expect(shaping.count).toBe(4);
    expect(plain(layoutOf(font, '南京市', ['kern']))).toEqual(plain(layoutOf(fresh, '南京市', ['kern'])));
  });

  it('is applied once to a font, and leaves other fonts shaping as before', () => {
    const font = create(readFileSync(SERIF)) as Font;
    keepLayouts(font);
    const once = font.layout;
    keepLayouts(font);
    expect(font.layout).toBe(once);
    const shaping = countShaping(fresh);
    layoutOf(fresh, '南京市');
    layoutOf(fresh, '南京市');
    expect(shaping.count).toBe(2);
  });
});
