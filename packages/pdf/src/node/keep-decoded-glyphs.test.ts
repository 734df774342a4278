import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { keepDecodedGlyphs } from './keep-decoded-glyphs.js';

const require = createRequire(import.meta.url);
const TRUETYPE = join(
  dirname(require.resolve('@expo-google-fonts/noto-serif-sc/package.json')),
  '400Regular/NotoSerifSC_400Regular.ttf',
);
/** A CFF-outlined font (Debian's fonts-noto-cjk), when installed. */
const CFF = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';

type Glyph = { _decode(): unknown };
const glyphOf = (font: Font, char: string) =>
  font.glyphForCodePoint(char.codePointAt(0) as number) as unknown as Glyph;

describe('a font parsed once per process keeps its glyphs decoded', () => {
  it('decodes a TrueType glyph once, to what fontkit decodes it to; another font decodes afresh', () => {
    const kept = create(readFileSync(TRUETYPE)) as Font;
    const other = create(readFileSync(TRUETYPE)) as Font;
    keepDecodedGlyphs(kept);
    const glyph = glyphOf(kept, '簡');
    const first = glyph._decode();
    expect(first).not.toBeNull();
    // Kept: the same outline, not decoded again.
    expect(glyph._decode()).toBe(first);
    // The font not kept decodes each time, to equal outlines.
    const fresh = glyphOf(other, '簡');
    expect(fresh._decode()).not.toBe(fresh._decode());
    expect(JSON.stringify(fresh._decode())).toBe(JSON.stringify(first));
  });

  it.skipIf(!existsSync(CFF))('leaves a CFF font’s glyphs as they are', () => {
    const collection = create(readFileSync(CFF)) as unknown as { fonts: Font[] };
    const font = collection.fonts[0] as Font;
    const prototype = Object.getPrototypeOf(glyphOf(font, '簡')) as Record<string, unknown>;
    const before = Object.getOwnPropertyNames(prototype).map((name) => prototype[name]);
    keepDecodedGlyphs(font);
    expect(Object.getOwnPropertyNames(prototype).map((name) => prototype[name])).toEqual(before);
  });
});
