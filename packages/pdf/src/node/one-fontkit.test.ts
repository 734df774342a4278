import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadParsedFont } from '../fonts/font-cache.js';
import { reuseParsedFonts } from './reuse-parsed-fonts.js';

const require = createRequire(import.meta.url);
const SERIF = join(
  dirname(require.resolve('@expo-google-fonts/noto-serif-sc/package.json')),
  '400Regular/NotoSerifSC_400Regular.ttf',
);

describe('one fontkit in a Node process', () => {
  it('parses jianbao’s fonts with the fontkit pdfkit loaded, not an ES module copy beside it', async () => {
    reuseParsedFonts();
    const data = readFileSync(SERIF);
    const parsed = await loadParsedFont({ data, origin: SERIF, id: `${SERIF}:one-fontkit` });
    const fromPdfkit = createRequire(createRequire(require.resolve('pdfmake')).resolve('pdfkit'))('fontkit');
    const theirs = fromPdfkit.create(data);
    expect(Object.getPrototypeOf(parsed.font)).toBe(Object.getPrototypeOf(theirs));
    expect(parsed.widthOf('南京', 16)).toBeGreaterThan(0);
  });
});
