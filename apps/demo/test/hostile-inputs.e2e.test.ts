/**
 * The CLI on hostile input (issue 10): a folder with one bad file names it with its code; --keep-going still
 * briefs the rest (exit 1); without it nothing is written (exit 1). No partial or temporary file is left, even
 * when rendering fails after the other formats are ready.
 */
import { copyFile, mkdtemp, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { datasetDir, runCli } from './helpers/run-cli.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jianbao-hostile-'));
  for (const name of ['01-nanjing.md', '02-wuxi.md']) await copyFile(join(datasetDir, name), join(dir, name));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Every file under `root`, dotfiles included, relative to it. */
async function allFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(root.length + 1))
    .sort();
}

const INPUTS = ['01-nanjing.md', '02-wuxi.md'];

describe.each([
  ['a .docx that is not a zip', '03-report.docx', 'PK not a zip at all', 'INPUT_FORMAT'],
  [
    'random binary named .txt',
    '03-report.txt',
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 0xff]),
    'INPUT_ENCODING',
  ],
  ['JSON with a wrong type', '03-report.json', '{"city":"徐州","text":42}', 'INPUT_SCHEMA'],
])('a folder with %s', (_, name, content, code) => {
  beforeEach(async () => {
    await writeFile(join(dir, name), content);
  });

  it('without --keep-going: names the file and its code, writes nothing, exits 1', async () => {
    const result = runCli(['brief', '.', '--out', 'out', '--format', 'docx,json'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^jianbao: ${code}: .*${name.replace('.', '\\.')}`, 'm'));
    expect(result.stdout).toBe('');
    expect(await allFiles(dir)).toEqual([...INPUTS, name].sort());
  });

  it('with --keep-going: names the file, briefs the rest, exits 1, leaves no temp file', async () => {
    const result = runCli(['brief', '.', '--out', 'out', '--format', 'docx,json', '--keep-going'], {
      cwd: dir,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^jianbao: ${code}: .*${name.replace('.', '\\.')}`, 'm'));
    expect(await allFiles(dir)).toEqual(
      [...INPUTS, name, 'out/jianbao-briefing.docx', 'out/jianbao-data.json'].sort(),
    );
  });
});

describe('a file over the size limit', () => {
  it('is INPUT_TOO_LARGE naming it, refused by its size before it is read', async () => {
    // A sparse 3 GiB file: over the 20 MiB limit, and over what Node can read into one buffer.
    await writeFile(join(dir, '03-huge.txt'), '');
    await truncate(join(dir, '03-huge.txt'), 3 * 1024 ** 3);
    const result = runCli(['brief', '.', '--out', 'out', '--format', 'json', '--keep-going'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^jianbao: INPUT_TOO_LARGE: 03-huge\.txt: input is 3221225472 bytes, over the limit of 20971520 bytes/m,
    );
    expect(await allFiles(dir)).toEqual([...INPUTS, '03-huge.txt', 'out/jianbao-data.json'].sort());
  });
});

describe('a render that fails after the other formats are ready', () => {
  it('writes none of them and leaves no temp file', async () => {
    // No font has U+1F44D: the PDF fails after the Word briefing and the data are rendered in memory.
    const result = runCli(
      ['brief', '.', '--out', 'out', '--format', 'docx,json,pdf', '--title', '各市👍工作简报'],
      {
        cwd: dir,
      },
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/^jianbao: FONT_MISSING_GLYPHS: .*U\+1F44D/m);
    expect(await allFiles(dir)).toEqual(INPUTS);
  });
});
