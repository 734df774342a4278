import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expandInputs, singleInput } from '../src/io/inputs.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jianbao-inputs-'));
  await mkdir(join(dir, 'reports', 'nested'), { recursive: true });
  for (const name of [
    '02-b.md',
    '01-a.md',
    'c.json',
    'd.csv',
    'README.md',
    '.01-a.md.123.tmp',
    '~$南京.docx',
    '.~lock.南京.docx#',
    'photo.png',
    'e.txt',
  ])
    await writeFile(join(dir, 'reports', name), 'x');
  await writeFile(join(dir, 'reports', 'nested', 'f.md'), 'x');
  await writeFile(join(dir, 'z.docx'), 'x');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('expandInputs', () => {
  it('lists a folder’s reports in name order, skipping README, hidden, open documents’ owner (~$) and unknown files and subfolders', async () => {
    const files = await expandInputs(['reports'], dir);
    expect(files.map((f) => f.display)).toEqual([
      'reports/01-a.md',
      'reports/02-b.md',
      'reports/c.json',
      'reports/d.csv',
      'reports/e.txt',
    ]);
    expect(files.map((f) => f.format)).toEqual(['markdown', 'markdown', 'json', 'csv', 'text']);
  });

  it('keeps the command line’s order and lists a file once', async () => {
    const files = await expandInputs(['z.docx', 'reports/02-b.md', 'reports'], dir);
    expect(files.map((f) => f.display).slice(0, 3)).toEqual(['z.docx', 'reports/02-b.md', 'reports/01-a.md']);
    expect(files.filter((f) => f.display === 'reports/02-b.md')).toHaveLength(1);
    expect(files[0]?.format).toBe('docx');
  });

  it('fails with ENOENT on a path that does not exist', async () => {
    await expect(expandInputs(['missing.md'], dir)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('singleInput', () => {
  it('refuses a folder as a usage error', async () => {
    await expect(singleInput('reports', dir)).rejects.toMatchObject({ code: 'USAGE' });
  });
});
