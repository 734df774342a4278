import { existsSync, readFileSync } from 'node:fs';
import { isJianbaoError } from '@jianbao/core';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { loadFont } from '../index.js';
import { FONT_ROLES } from '../options.js';
import { fontPlaces } from './font-places.js';
import { resolveFonts } from './resolve-fonts.js';

describe('fontPlaces', () => {
  // AR PL UKai's faces are UKaiCN and UKaiTW: naming them AR-PLUKaiTW made fontkit return nothing, and a machine
  // with fonts-arphic-ukai crashed on every Traditional briefing.
  const named = FONT_ROLES.flatMap((role) =>
    (['hans', 'hant'] as const).flatMap((script) =>
      fontPlaces(role, script, { windowsDir: 'C:\\Windows' }).flatMap((place) =>
        place.kind === 'system' && place.postscriptName && existsSync(place.path)
          ? [[place.path, place.postscriptName] as const]
          : [],
      ),
    ),
  );
  it.skipIf(named.length === 0)('names only faces the collections on this machine have', () => {
    for (const [path, face] of named) {
      const collection = fontkit.openSync(path);
      const faces = 'fonts' in collection ? collection.fonts.map((f) => f.postscriptName) : [];
      expect(faces, path).toContain(face);
    }
  });
});

describe('loadFont of a collection', () => {
  const ttc = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';
  it.skipIf(!existsSync(ttc))(
    'refuses a face the collection lacks with FONT_NOT_FOUND, naming its faces',
    async () => {
      const data = new Uint8Array(readFileSync(ttc));
      await expect(loadFont({ data, origin: ttc, postscriptName: 'NoSuchFace' })).rejects.toThrow(
        expect.objectContaining({
          code: 'FONT_NOT_FOUND',
          message: expect.stringMatching(/has no face NoSuchFace \(its faces: .*NotoSerifCJKtc-Regular/),
        }),
      );
    },
  );
});

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
      shapes: 'tc',
    });
    // before the Simplified packages
    const packageAt = places.findIndex((place) => place.kind === 'package');
    const tcAt = places.findIndex((place) => place.shapes === 'tc');
    expect(tcAt).toBeLessThan(packageAt);
    expect(places.some((place) => place.kind === 'system' && place.path.includes('cwTeX'))).toBe(false);
  });

  it('sets the body in 仿宋 when the machine has one, before any Song', () => {
    const places = fontPlaces('body', 'hans', { windowsDir: 'C:\\Windows' });
    expect(places[0]).toMatchObject({ kind: 'system', path: 'C:\\Windows\\Fonts\\simfang.ttf' });
    // GB2312 仿宋 has no Traditional shapes: not for a Traditional briefing
    expect(
      fontPlaces('body', 'hant', { windowsDir: 'C:\\Windows' }).some(
        (p) => 'path' in p && /simfang/.test(p.path),
      ),
    ).toBe(false);
  });

  it('says so when a Traditional briefing must be set in a Simplified-shaped face, naming it', () => {
    const body = new URL(
      '../../node_modules/@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
      import.meta.url,
    );
    const warnings: string[] = [];
    resolveFonts({
      script: 'hant',
      system: true,
      places: (role) =>
        role === 'body' ? [{ kind: 'system', path: decodeURIComponent(body.pathname), shapes: 'sc' }] : [],
      onWarning: (message) => warnings.push(message),
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('body');
    expect(warnings[0]).toContain('NotoSerifSC_400Regular.ttf');
    expect(warnings[0]).toContain('install fonts-noto-cjk');
    // Kai's Traditional face is AR PL UKai's, not Noto's: the warning names the package that has it.
    const kai: string[] = [];
    resolveFonts({
      script: 'hant',
      places: (role) =>
        role === 'body' || role === 'heading2'
          ? [
              {
                kind: 'system',
                path: decodeURIComponent(body.pathname),
                shapes: role === 'body' ? 'tc' : 'sc',
              },
            ]
          : [],
      onWarning: (message) => kai.push(message),
    });
    expect(kai).toHaveLength(1);
    expect(kai[0]).toMatch(
      /^No Traditional-shaped face found for heading2 .*\(install fonts-arphic-ukai, or pass --font\)$/,
    );
    // a Traditional face found: nothing to say
    const quiet: string[] = [];
    resolveFonts({
      script: 'hant',
      places: (role) =>
        role === 'body' ? [{ kind: 'system', path: decodeURIComponent(body.pathname), shapes: 'tc' }] : [],
      onWarning: (message) => quiet.push(message),
    });
    expect(quiet).toEqual([]);
  });
});
