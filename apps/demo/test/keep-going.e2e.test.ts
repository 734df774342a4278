import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docxText } from './helpers/read-back.js';
import { datasetDir, runCli } from './helpers/run-cli.js';

/** A folder of three good city reports and one empty file, as a careless submission round would give. */
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jianbao-keep-going-'));
  for (const name of ['01-nanjing.md', '02-wuxi.md', '03-xuzhou.md'])
    await copyFile(join(datasetDir, name), join(dir, name));
  await writeFile(join(dir, '04-empty.md'), '');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a folder with one bad file', () => {
  it('without --keep-going: reports the file with its code, writes nothing, exits 1', async () => {
    const result = runCli(['brief', '.', '--out', 'out'], { cwd: dir });
    expect(result.code).toBe(1);
    const [first] = result.stderr.split('\n');
    expect(first).toMatch(/^jianbao: INPUT_EMPTY: /);
    expect(first).toContain('04-empty.md');
    expect(result.stderr).toContain('nothing written');
    expect(result.stdout).toBe('');
    expect(await readdir(dir)).not.toContain('out');
  });

  it('with --keep-going: reports the file, still writes the briefing for the rest, exits 1', async () => {
    const result = runCli(['brief', '.', '--out', 'out', '--format', 'docx,json', '--keep-going'], {
      cwd: dir,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^jianbao: INPUT_EMPTY: .*04-empty\.md/m);
    expect((await readdir(join(dir, 'out'))).sort()).toEqual(['jianbao-briefing.docx', 'jianbao-data.json']);
    expect(result.stdout.trim().split('\n')).toEqual(['out/jianbao-briefing.docx', 'out/jianbao-data.json']);
    const text = await docxText(join(dir, 'out', 'jianbao-briefing.docx'));
    for (const city of ['南京', '无锡', '徐州']) expect(text).toContain(city);
  });
});
