import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { loadParsedFont } from './font-cache.js';

const require = createRequire(import.meta.url);
// The cache reads `loca` and `post` from the bytes (see prefillTables). Fonts with a version 2 `post` table (a name per
// glyph): DejaVu Sans Mono is fixed-pitch and DejaVu Sans Oblique slanted, both facts of the PDF's font
// descriptor. Short `loca` offsets (stored halved): Liberation Serif, DejaVu Sans ExtraLight; the others are long.
const fonts = [
  join(
    dirname(require.resolve('@expo-google-fonts/noto-serif-sc/package.json')),
    '400Regular/NotoSerifSC_400Regular.ttf',
  ),
  '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf',
  '/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-ExtraLight.ttf',
].filter(existsSync);

/** fontkit's table getters, which its typings leave out. */
type Tables = Font & {
  post: { isFixedPitch: number };
  loca: { version: number; offsets: number[] };
};

const facts = (font: Tables) => ({
  italicAngle: font.italicAngle,
  underlinePosition: font.underlinePosition,
  underlineThickness: font.underlineThickness,
  isFixedPitch: font.post.isFixedPitch,
  glyphName: font.glyphForCodePoint(0x41).name,
  loca: font.loca.version,
  offsets: font.loca.offsets,
  // The glyph outlines are found through `loca`: their boxes and the widths pdfkit measures.
  boxes: [...'Aa1中，'].map((char) => {
    const glyph = font.glyphForCodePoint(char.codePointAt(0) ?? 0);
    return [glyph.id, glyph.advanceWidth, glyph.cbox.minX, glyph.cbox.minY, glyph.cbox.maxX, glyph.cbox.maxY];
  }),
});

describe('loadParsedFont', () => {
  it.skipIf(fonts.length === 0)(
    'reads loca and post as fontkit decodes them: glyph offsets and boxes, italic angle, underline, fixed pitch, glyph names',
    async () => {
      for (const path of fonts) {
        const data = readFileSync(path);
        const { font } = await loadParsedFont({ data, origin: path });
        expect(facts(font as Tables), path).toEqual(facts(create(data) as Tables));
      }
    },
  );
});
