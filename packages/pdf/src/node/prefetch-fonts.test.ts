import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readsDone } from './font-files.js';
import type { FontPlace } from './font-places.js';
import { prefetchFonts, resolveFonts } from './resolve-fonts.js';

/**
 * prefetchFonts reads ahead the files resolveFonts will pick, and resolveFonts then uses those bytes: shown by
 * removing the files from disk after the read ahead and before resolveFonts runs (what it still finds, it did not
 * read again).
 */
describe('prefetchFonts', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const setUp = () => {
    dir = mkdtempSync(join(tmpdir(), 'jianbao-prefetch-'));
    const file = (name: string, bytes: number[]) => {
      const path = join(dir, name);
      writeFileSync(path, new Uint8Array(bytes));
      return path;
    };
    const paths = {
      bodyA: file('body-a.ttf', [1]),
      bodyB: file('body-b.ttf', [2]),
      title: file('title.ttf', [3]),
    };
    const byRole: Partial<Record<string, FontPlace[]>> = {
      body: [
        { kind: 'system', path: join(dir, 'missing.ttf') },
        { kind: 'system', path: paths.bodyA },
        { kind: 'system', path: paths.bodyB },
      ],
      title: [{ kind: 'system', path: paths.title }],
    };
    return { paths, places: (role: string): FontPlace[] => byRole[role] ?? [] };
  };

  it('reads the first file found for each role asked for, and resolveFonts uses it without reading again', async () => {
    const { paths, places } = setUp();
    prefetchFonts({ places, roles: ['body'] });
    await readsDone();
    for (const path of Object.values(paths)) rmSync(path);
    const fonts = resolveFonts({ places });
    expect(fonts.body.origin).toBe(paths.bodyA);
    expect([...fonts.body.data]).toEqual([1]);
    // The title was not asked for: not read ahead, and gone from disk when resolveFonts looked.
    expect(fonts.title).toBeUndefined();
  });

  it('reads nothing for the roles the caller gives', async () => {
    const { paths, places } = setUp();
    prefetchFonts({ places, fonts: { body: { data: new Uint8Array([9]), origin: 'mine.ttf' } } });
    await readsDone();
    for (const path of Object.values(paths)) rmSync(path);
    const fonts = resolveFonts({
      places,
      fonts: { body: { data: new Uint8Array([9]), origin: 'mine.ttf' } },
    });
    expect(fonts.body.origin).toBe('mine.ttf');
    expect(fonts.title?.origin).toBe(paths.title);
  });

  it('reads a large file whole, byte for byte (one read call, not 512 KiB pieces)', async () => {
    const { places } = setUp();
    const bytes = new Uint8Array(3 * 1024 * 1024 + 17).map((_, i) => (i * 7919) % 251);
    const big = join(dir, 'big.ttf');
    writeFileSync(big, bytes);
    prefetchFonts({
      places: (role) => (role === 'body' ? [{ kind: 'system', path: big }] : places(role)),
      roles: ['body'],
    });
    await readsDone();
    rmSync(big);
    const fonts = resolveFonts({
      places: (role) => (role === 'body' ? [{ kind: 'system', path: big }] : []),
    });
    expect(fonts.body.data.length).toBe(bytes.length);
    expect(Buffer.compare(Buffer.from(fonts.body.data), Buffer.from(bytes))).toBe(0);
  });

  it('is harmless when no place has a file', async () => {
    const { places } = setUp();
    prefetchFonts({ places: (role) => places(role).slice(0, 1), roles: ['body'] });
    await expect(readsDone()).resolves.toBeUndefined();
  });
});
