import { spawnSync } from 'node:child_process';
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

/** Runs the built CLI with a hook that logs every module it resolves; returns the package names loaded. */
async function packagesLoaded(name: string, args: readonly string[]): Promise<Set<string>> {
  const log = join(dir, `${name}.log`);
  const run = spawnSync(process.execPath, ['--import', hook, cliPath, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', JIANBAO_MODULE_LOG: log },
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const lines = (await readFile(log, 'utf8')).split('\n');
  const names = lines.flatMap((line) => {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(line);
    return match?.[1] ? [match[1]] : [];
  });
  return new Set(names);
}

describe('the CLI loads only what a path needs', () => {
  it('--help loads no PDF renderer', async () => {
    const loaded = await packagesLoaded('help', ['--help']);
    expect(loaded.has('commander')).toBe(true); // the hook sees what loads
    for (const name of HEAVY) expect(loaded.has(name), name).toBe(false);
  });

  it('extract --json loads no PDF renderer', async () => {
    const loaded = await packagesLoaded('extract', ['extract', join(datasetDir, '01-nanjing.md'), '--json']);
    for (const name of HEAVY) expect(loaded.has(name), name).toBe(false);
  });

  it('brief --format json loads no PDF or Word renderer', async () => {
    const loaded = await packagesLoaded('json', ['brief', datasetDir, '--format', 'json', '--out', dir]);
    for (const name of [...HEAVY, 'docx']) expect(loaded.has(name), name).toBe(false);
  });
});
