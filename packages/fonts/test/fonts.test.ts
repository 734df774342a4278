import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { coveredCharacters, FACE_ROLES, FACES, face, faceUrl, uncovered } from '../src/index.js';
import { facePath, readFont, readLicence } from '../src/node.js';

const require = createRequire(import.meta.url);
const sourcePath = (role: (typeof FACE_ROLES)[number]) => {
  const { source } = face(role);
  return join(dirname(require.resolve(`${source.package}/package.json`)), source.file);
};
const seed = new URL('../../../../shared/seeds/000_25c6cbe3a67b6b86.txt', import.meta.url);

describe('@jianbao/fonts', () => {
  it.each(FACE_ROLES)('%s: the subset draws every character the manifest says it covers', (role) => {
    const font = fontkit.create(Buffer.from(readFont(role).data)) as fontkit.Font;
    const lacking = [...coveredCharacters()].filter(
      (char) => !font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0),
    );
    expect(lacking).toEqual([]);
    expect(font.familyName.startsWith(face(role).family)).toBe(true);
    // The point of a subset: a fraction of the full font to read or download.
    expect(statSync(facePath(role)).size).toBeLessThan(0.4 * statSync(sourcePath(role)).size);
  });

  it('names each URL after the face the manifest lists for its role', () => {
    for (const { role, file } of FACES) expect(faceUrl(role).pathname.endsWith(`/fonts/${file}`)).toBe(true);
  });

  it('ships each face with its OFL and keeps the Reserved Font Names out of the subsets’ names', () => {
    for (const { role, licence: shipped } of FACES) {
      const licence = readLicence(role);
      expect(shipped.id).toBe('OFL-1.1');
      expect(licence).toContain('SIL Open Font License');
      expect(licence).toContain('Copyright');
      const reserved = [...licence.matchAll(/Reserved Font Names? ['"‘“]([^'"’”]+)['"’”]/g)].map(
        (m) => m[1] ?? '',
      );
      const font = fontkit.create(Buffer.from(readFont(role).data)) as fontkit.Font;
      for (const name of reserved) {
        expect(font.familyName).not.toContain(name);
        expect(font.postscriptName).not.toContain(name);
      }
    }
  });

  it('covers GB2312, the common Traditional forms and their variants, and reports what it lacks', () => {
    expect(uncovered('全省人大代表联系群众8300余名，“四个走在前”。')).toEqual([]);
    expect(uncovered('鐘錶 鍾愛 鑒定 鑑定 艷麗 豔麗 桿 〇 ①℃')).toEqual([]);
    // outside GB2312 and its Traditional forms: named, once each, in order
    expect(uncovered('龘a𠮷龘\n\t')).toEqual(['龘', '𠮷']);
  });

  it('names exactly the characters, code point by code point, that the covered set lacks (lone surrogates too)', () => {
    const set = coveredCharacters();
    const byCharacter = (text: string) => [
      ...new Set(
        [...text].filter((char) => {
          const code = char.codePointAt(0) ?? 0;
          return !(code < 0x20 || code === 0x7f || set.has(char));
        }),
      ),
    ];
    const covered = [...set].join('');
    const pick = fc.oneof(
      fc.constantFrom(...covered),
      fc.constantFrom('龘', '𠮷', '\ud800', '\udc00', '\n', '\u007f', 'é'),
      fc.string({ unit: 'binary', maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(pick, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(uncovered(text)).toEqual(byCharacter(text));
      }),
      { numRuns: 2000 },
    );
  });

  it.skipIf(!existsSync(seed))('covers every character of the example city reports', () => {
    expect(uncovered(readFileSync(seed, 'utf8'))).toEqual([]);
  });
});
