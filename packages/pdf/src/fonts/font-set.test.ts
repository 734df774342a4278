import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { isJianbaoError } from '@jianbao/core';
import { describe, expect, it } from 'vitest';
import type { FontFile } from '../options.js';
import { FontSet } from './font-set.js';

const require = createRequire(import.meta.url);
const serif: FontFile = {
  data: readFileSync(
    join(
      dirname(require.resolve('@expo-google-fonts/noto-serif-sc/package.json')),
      '400Regular/NotoSerifSC_400Regular.ttf',
    ),
  ),
  origin: 'NotoSerifSC_400Regular.ttf',
};
// DejaVu Sans has Latin and symbols but no Chinese: a body font that needs the fallback.
const dejavuPath = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const hasDejavu = existsSync(dejavuPath);

describe('FontSet', () => {
  it.skipIf(!hasDejavu)(
    'sets each character in the role font when it has it, else in the first font that does',
    async () => {
      const dejavu: FontFile = { data: readFileSync(dejavuPath), origin: dejavuPath };
      const fonts = await FontSet.load({ body: dejavu, fallbacks: [serif] });
      const runs = fonts.runs('GDP 增长5%', 'body', 'here');
      expect(runs.map((run) => [run.text, run.font.file.origin])).toEqual([
        ['GDP ', dejavuPath],
        ['增长', 'NotoSerifSC_400Regular.ttf'],
        ['5%', dejavuPath],
      ]);
      expect(fonts.missing).toEqual([]);
    },
  );

  it('records characters no font has with where they are, and reports them all at once', async () => {
    const fonts = await FontSet.load({ body: serif });
    fonts.runs('甲\u{13000}乙', 'body', 'children.3.children.0.value');
    fonts.runs('\u{13001}', 'heading1', 'children.7.text');
    const error = (() => {
      try {
        fonts.assertComplete();
      } catch (e) {
        return e;
      }
    })();
    expect(isJianbaoError(error) && error.code).toBe('FONT_MISSING_GLYPHS');
    if (!isJianbaoError(error)) return;
    expect(error.details.characters).toEqual(['\u{13000}', '\u{13001}']);
    expect(error.message).toContain('U+13000');
    expect(error.message).toContain('children.3.children.0.value');
    expect(error.message).toContain('children.7.text');
  });

  it('treats line breaks as layout, not as characters to draw', async () => {
    const fonts = await FontSet.load({ body: serif });
    fonts.runs('第一行\n第二行', 'body', 'here');
    expect(() => fonts.assertComplete()).not.toThrow();
  });

  it('parses the same bytes once per process', async () => {
    const first = await FontSet.load({ body: serif });
    const second = await FontSet.load({ body: { ...serif, origin: 'again' } });
    expect(second.font('body')).toBe(first.font('body'));
  });
});
