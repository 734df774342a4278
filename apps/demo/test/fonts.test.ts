/** `--font` files: read once, named for @jianbao/pdf's parsed-font cache by path, size and time (not hashed). */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadFontOptions } from '../src/fonts.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jianbao-fonts-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadFontOptions', () => {
  it('gives each font file an identity of path, size and modification time, which changes with the file', async () => {
    const path = join(dir, 'body.ttf');
    await writeFile(path, new Uint8Array(100));
    const first = await loadFontOptions([`body=${path}`, path]);
    expect(first.body?.data.length).toBe(100);
    expect(first.body?.id).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:100:\\d`));
    expect(first.fallbacks?.[0]?.id).toBe(first.body?.id);
    await writeFile(path, new Uint8Array(120));
    const second = await loadFontOptions([`body=${path}`]);
    expect(second.body?.id).not.toBe(first.body?.id);
  });

  it('names a font that cannot be read (FONT_NOT_FOUND)', async () => {
    await expect(loadFontOptions([`body=${join(dir, 'missing.ttf')}`])).rejects.toMatchObject({
      code: 'FONT_NOT_FOUND',
    });
  });
});
