import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFilesAtomic } from '../src/io/atomic-write.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jianbao-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFilesAtomic', () => {
  it('writes every file, creating the folder, and leaves no temp files', async () => {
    const out = join(dir, 'out');
    await writeFilesAtomic([
      { path: join(out, 'a.json'), data: '{"a":1}\n' },
      { path: join(out, 'b.bin'), data: new Uint8Array([1, 2, 3]) },
    ]);
    expect((await readdir(out)).sort()).toEqual(['a.json', 'b.bin']);
    expect(await readFile(join(out, 'a.json'), 'utf8')).toBe('{"a":1}\n');
    expect([...(await readFile(join(out, 'b.bin')))]).toEqual([1, 2, 3]);
  });

  it('writes nothing when one file cannot be written, and keeps what was there', async () => {
    await writeFile(join(dir, 'keep.pdf'), 'old');
    // A path under a regular file cannot be created: the second write fails.
    await writeFile(join(dir, 'blocker'), '');
    await expect(
      writeFilesAtomic([
        { path: join(dir, 'keep.pdf'), data: 'new' },
        { path: join(dir, 'blocker', 'x.docx'), data: 'x' },
      ]),
    ).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(['blocker', 'keep.pdf']);
    expect(await readFile(join(dir, 'keep.pdf'), 'utf8')).toBe('old');
  });
});
