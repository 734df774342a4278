import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
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

  it('never writes through a symbolic link planted where a temp file would go (issue 18, fault 4)', async () => {
    const victim = join(dir, 'victim.txt');
    await writeFile(victim, 'precious');
    const out = join(dir, 'out');
    await mkdir(out);
    // The names the old code used (.NAME.PID.tmp) and a spread of others: none is opened.
    for (const name of [`.a.json.${process.pid}.tmp`, '.a.json.tmp', '.a.json.0.tmp'])
      await symlink(victim, join(out, name));
    await writeFilesAtomic([{ path: join(out, 'a.json'), data: 'new' }]);
    expect(await readFile(victim, 'utf8')).toBe('precious');
    expect(await readFile(join(out, 'a.json'), 'utf8')).toBe('new');
  });

  it('replaces a symbolic link at the target itself, leaving what it pointed to alone', async () => {
    const victim = join(dir, 'victim.txt');
    await writeFile(victim, 'precious');
    await symlink(victim, join(dir, 'a.json'));
    await writeFilesAtomic([{ path: join(dir, 'a.json'), data: 'new' }]);
    expect(await readFile(victim, 'utf8')).toBe('precious');
    expect(await readFile(join(dir, 'a.json'), 'utf8')).toBe('new');
  });

  it('writes a string given in pieces', async () => {
    await writeFilesAtomic([{ path: join(dir, 'a.json'), data: ['{"a"', ':1}', '\n'] }]);
    expect(await readFile(join(dir, 'a.json'), 'utf8')).toBe('{"a":1}\n');
  });

  it.each([
    ['a file where the folder should be', (d: string) => join(d, 'blocker', 'x.pdf'), 'OUTPUT_PATH'],
    ['a name too long', (d: string) => join(d, `${'长'.repeat(200)}.pdf`), 'OUTPUT_PATH'],
    ['a folder with the output’s name', (d: string) => join(d, 'folder'), 'OUTPUT_PATH'],
  ])('reports %s as an OUTPUT_ error naming the path (issue 18, fault 10)', async (_name, target, code) => {
    await writeFile(join(dir, 'blocker'), '');
    await mkdir(join(dir, 'folder'));
    const path = target(dir);
    await expect(writeFilesAtomic([{ path, data: 'x' }])).rejects.toMatchObject({
      code,
      details: { where: path },
    });
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
