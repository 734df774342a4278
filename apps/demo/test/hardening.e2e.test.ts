/**
 * Issue 18 at the command line: every flag validated with a one-line coded error, output errors coded as
 * OUTPUT_*, a run never reads its own earlier outputs, linked reports are read (not skipped in silence), and
 * nothing from an input reaches the terminal as a control sequence.
 */

import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { datasetDir, runCli } from './helpers/run-cli.js';

let cwd: string;
beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'jianbao-hardening-'));
  await mkdir(join(cwd, 'reports'));
  for (const name of ['01-nanjing.md', '02-wuxi.md']) {
    await copyFile(join(datasetDir, name), join(cwd, 'reports', name));
  }
});
afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

const brief = (...args: string[]) =>
  runCli(['brief', 'reports', '--out', 'out', '--format', 'json', '--date', '2024-01-15', ...args], { cwd });

describe('flags (fault 10)', () => {
  it.each([
    ['--base with a folder in it', ['--base', '../../x']],
    ['--base empty', ['--base', '']],
    ['--base with a control character', ['--base', 'a\u0001b']],
    ['a date that does not exist', ['--date', '2024-02-30']],
    ['an issue number too large to print', ['--issue', '99999999999999999999999']],
    ['--org of 1000 characters', ['--org', '办'.repeat(1000)]],
    ['--title with a BEL', ['--title', 'a\u0007b']],
    ['an unknown format', ['--format', 'foo']],
  ])('%s is a one-line USAGE error (exit 2), nothing written', (_name, args) => {
    const run = brief(...args);
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^jianbao: USAGE: /);
    expect(run.stderr.includes('\u0001') || run.stderr.includes('\u0007')).toBe(false);
  });

  it.runIf(availableParallelism() < 64)(
    '--jobs over the core count is lowered to it, and says so',
    async () => {
      for (const week of ['a', 'b']) {
        await mkdir(join(cwd, 'weekly', week), { recursive: true });
        await copyFile(join(datasetDir, '01-nanjing.md'), join(cwd, 'weekly', week, '01-nanjing.md'));
      }
      const run = runCli(
        [
          'brief',
          '--each',
          'weekly',
          '--jobs',
          '64',
          '--out',
          'out',
          '--format',
          'json',
          '--date',
          '2024-01-15',
        ],
        { cwd },
      );
      expect(run.stderr).toContain(`--jobs 64 lowered to ${availableParallelism()}`);
      expect(run.code).toBe(0);
    },
  );
});

describe('outputs (fault 10)', () => {
  it('an --out that is a file is OUTPUT_PATH (exit 1), not EEXIST or an INPUT_ code', async () => {
    await writeFile(join(cwd, 'out'), 'a file');
    const run = brief();
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^jianbao: OUTPUT_PATH: cannot write out\/jianbao-data\.json/);
  });
});

describe('folders (fault 9)', () => {
  it('brief DIR --out DIR does not read its own earlier briefing: the totals stay the same', async () => {
    const args = ['brief', 'reports', '--out', 'reports', '--format', 'json,docx', '--date', '2024-01-15'];
    expect(runCli(args, { cwd }).code).toBe(0);
    const first = JSON.parse(await readFile(join(cwd, 'reports', 'jianbao-data.json'), 'utf8'));
    const again = runCli(args, { cwd });
    expect(again.code).toBe(0);
    const second = JSON.parse(await readFile(join(cwd, 'reports', 'jianbao-data.json'), 'utf8'));
    expect(second.inputs.map((i: { file: string }) => i.file)).toEqual([
      'reports/01-nanjing.md',
      'reports/02-wuxi.md',
    ]);
    expect(second.summary).toEqual(first.summary);
  });

  it('a linked report in a folder is read; a broken link is reported, not skipped in silence', async () => {
    await symlink(join(datasetDir, '03-xuzhou.md'), join(cwd, 'reports', '03-xuzhou.md'));
    const run = brief();
    expect(run.code).toBe(0);
    const data = JSON.parse(await readFile(join(cwd, 'out', 'jianbao-data.json'), 'utf8'));
    expect(data.inputs.map((i: { file: string }) => i.file)).toContain('reports/03-xuzhou.md');

    await symlink(join(cwd, 'nowhere.md'), join(cwd, 'reports', '04-gone.md'));
    const broken = brief();
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/INPUT_NOT_FOUND.*04-gone\.md/);
  });
});

describe('the terminal (fault 10)', () => {
  it('extract shows an ESC from the input as \\x1b, never sends it', async () => {
    await writeFile(
      join(cwd, 'esc.json'),
      JSON.stringify({ city: '南京', text: '组织\u001b[31m调研12次，\u009b2J' }),
    );
    const run = runCli(['extract', 'esc.json'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout.includes('\u001b') || run.stdout.includes('\u009b')).toBe(false);
    expect(run.stdout).toContain('\\x1b[31m');
  });

  it('a YAML tag such as !!js/function prints no Node warning', async () => {
    await writeFile(join(cwd, 'fn.md'), '---\ncity: !!js/function "function(){}"\n---\n南京市组织调研12次\n');
    const run = runCli(['extract', 'fn.md'], { cwd });
    expect(run.stderr).toBe('');
  });
});
