import { existsSync, readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { loadParsedFont } from './font-cache.js';

// Fonts with a version 2 `post` table (a name per glyph), whose header the cache reads without decoding the names.
// DejaVu Sans Mono is fixed-pitch and DejaVu Sans Oblique slanted: both facts go into the PDF's font descriptor.
const fonts = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf',
  '/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf',
].filter(existsSync);

const facts = (font: Font) => ({
  italicAngle: font.italicAngle,
  underlinePosition: font.underlinePosition,
  underlineThickness: font.underlineThickness,
  isFixedPitch: font.post.isFixedPitch,
  glyphName: font.glyphForCodePoint(0x41).name,
});

describe('loadParsedFont', () => {
  it.skipIf(fonts.length === 0)(
    'reports the post table as fontkit decodes it: italic angle, underline, fixed pitch, glyph names',
    async () => {
      for (const path of fonts) {
        const data = readFileSync(path);
        const { font } = await loadParsedFont({ data, origin: path });
        expect(facts(font), path).toEqual(facts(create(data) as Font));
      }
    },
  );
});
