import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetDir, runCli } from './helpers/run-cli.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

describe('jianbao (the built bin)', () => {
  it('prints its version', () => {
    const run = runCli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(pkg.version);
  });

  it.each([[[]], [['brief']], [['extract']], [['demo']]])('has help with an example: %j', (command) => {
    const run = runCli([...command, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: jianbao');
    expect(run.stdout).toMatch(/Examples:\n\s+\$ jianbao /);
  });

  it.each([
    ['an unknown command', ['summarise']],
    ['an unknown option', ['brief', datasetDir, '--colour']],
    ['no inputs', ['brief']],
    ['an unknown format', ['brief', datasetDir, '--format', 'pdf,xls']],
    ['an unknown script', ['brief', datasetDir, '--script', 'latin']],
    ['an unknown style', ['demo', '--style', 'fancy']],
    ['a malformed date', ['brief', datasetDir, '--date', '15/01/2024']],
    ['a folder given to extract', ['extract', datasetDir]],
    ['extract without a file', ['extract', '--json']],
  ])('exits 2 on %s, with one coded line on stderr and nothing on stdout', (_, args) => {
    const run = runCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toMatch(/^jianbao: USAGE: /);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it('extract --json prints the contract on one line; --pretty prints the same contract indented', () => {
    const file = `${datasetDir}/02-wuxi.md`;
    const compact = runCli(['extract', file, '--json']);
    const pretty = runCli(['extract', file, '--pretty']);
    expect(compact.code).toBe(0);
    expect(pretty.code).toBe(0);
    expect(compact.stdout.endsWith('}\n')).toBe(true);
    expect(compact.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(pretty.stdout).toMatch(/^\{\n {2}"schemaVersion": 2,\n/);
    expect(JSON.parse(pretty.stdout)).toEqual(JSON.parse(compact.stdout));
    expect((JSON.parse(compact.stdout) as { sections: unknown[] }).sections.length).toBeGreaterThan(0);
  });

  it('exits 1 on a file that does not exist, naming it, without a stack trace', () => {
    const run = runCli(['extract', 'no/such/report.md']);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(
      /^jianbao: INPUT_NOT_FOUND: no such file or folder: \S*no\/such\/report\.md$/,
    );
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('prints the stack trace with --debug', () => {
    const run = runCli(['--debug', 'extract', 'no/such/report.md']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^jianbao: INPUT_NOT_FOUND: /);
    expect(run.stderr).toMatch(/^\s+at /m);
  });
});
