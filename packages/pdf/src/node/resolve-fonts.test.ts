import { isJianbaoError } from '@jianbao/core';
import { describe, expect, it } from 'vitest';
import { fontPlaces } from './font-places.js';
import { resolveFonts } from './resolve-fonts.js';

describe('resolveFonts', () => {
  it('finds the Noto packages first for body, title, 一、 headings and charts', () => {
    const fonts = resolveFonts({ system: false });
    expect(fonts.body.origin).toMatch(/NotoSerifSC_400Regular\.ttf$/);
    expect(fonts.title?.origin).toMatch(/NotoSerifSC_900Black\.ttf$/);
    expect(fonts.heading1?.origin).toMatch(/NotoSansSC_700Bold\.ttf$/);
    expect(fonts.chart?.origin).toMatch(/NotoSansSC_400Regular\.ttf$/);
    // No Kai among the packages: (一) headings fall back to the body serif.
    expect(fonts.heading2).toBeUndefined();
  });

  it('keeps the fonts the caller passes', () => {
    const body = { data: new Uint8Array([1, 2, 3]), origin: 'mine.ttf' };
    expect(resolveFonts({ fonts: { body }, system: false }).body).toBe(body);
  });

  it('fails with FONT_NOT_FOUND listing every place it tried', () => {
    const error = (() => {
      try {
        resolveFonts({
          places: (role) => [
            { kind: 'package', name: '@jianbao/no-such-font-package', file: `${role}.ttf` },
            { kind: 'system', path: `/nonexistent/${role}.ttf` },
          ],
        });
      } catch (e) {
        return e;
      }
    })();
    expect(isJianbaoError(error) && error.code).toBe('FONT_NOT_FOUND');
    if (!isJianbaoError(error)) return;
    expect(error.details.tried).toEqual([
      'body: @jianbao/no-such-font-package/body.ttf (package not installed)',
      'body: /nonexistent/body.ttf',
    ]);
    expect(error.message).toContain('/nonexistent/body.ttf');
  });

  it('picks the Traditional face of system collections for Traditional-script briefings', () => {
    const places = fontPlaces('body', 'hant', { windowsDir: 'C:\\Windows' });
    expect(places).toContainEqual({
      kind: 'system',
      path: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
      postscriptName: 'NotoSerifCJKtc-Regular',
    });
    expect(places.some((place) => place.kind === 'system' && place.path.includes('cwTeX'))).toBe(false);
  });
});
