import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliPath, datasetDir, repoRoot } from './helpers/run-cli.js';

const hook = fileURLToPath(new URL('./helpers/module-log.mjs', import.meta.url));
const HEAVY = ['pdfmake', 'pdfkit', 'fontkit'];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jianbao-lazy-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs the built CLI with a hook that logs every module it resolves; returns the files of code it loaded. */
async function filesLoaded(name: string, args: readonly string[]): Promise<string[]> {
  const log = join(dir, `${name}.log`);
  const run = spawnSync(process.execPath, ['--import', hook, cliPath, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', JIANBAO_MODULE_LOG: log },
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const lines = (await readFile(log, 'utf8'))
    .split('\n')
    .filter((line) => line.startsWith('file:') || line.startsWith('/'));
  return [...new Set(lines.map((line) => (line.startsWith('file:') ? fileURLToPath(line) : line)))];
}

/** The npm packages among the files a run loaded. */
async function packagesLoaded(name: string, args: readonly string[]): Promise<Set<string>> {
  const names = (await filesLoaded(name, args)).flatMap((line) => {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(line);
    return match?.[1] ? [match[1]] : [];
  });
  return new Set(names);
}

describe('the CLI loads only what a path needs', () => {
  it('--help loads no PDF renderer', async () => {
    const loaded = await packagesLoaded('help', ['--help']);
    for (const name of HEAVY) expect(loaded.has(name), name).toBe(false);
  });

  it('--help reads the command-line parser and core’s error class, not the pipeline (under 200 KB of code)', async () => {
    const files = await filesLoaded('help-bytes', ['--help']);
    expect(files).toContain(cliPath); // the hook sees what loads
    const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
    // The whole of core (zod, yaml, the lexicon) is over 1 MB: --help has no use for it.
    expect(bytes).toBeLessThan(200_000);
  });

  it('extract --json loads no PDF renderer', async () => {
    const loaded = await packagesLoaded('extract', ['extract', join(datasetDir, '01-nanjing.md'), '--json']);
    for (const name of HEAVY) expect(loaded.has(name), name).toBe(false);
  });

  it('brief --format json loads no PDF or Word renderer, nor the script converter (it composes no document)', async () => {
    const loaded = await packagesLoaded('json', ['brief', datasetDir, '--format', 'json', '--out', dir]);
    for (const name of [...HEAVY, 'docx', 'opencc-js']) expect(loaded.has(name), name).toBe(false);
    // A Word file is composed: the bundled reports' words are converted to the briefing's script.
    const composed = await packagesLoaded('docx', ['brief', datasetDir, '--format', 'docx', '--out', dir]);
    expect(composed.has('opencc-js')).toBe(true);
  });
});
