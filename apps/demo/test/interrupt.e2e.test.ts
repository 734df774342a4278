/**
 * Ctrl-C during a run (issue 10; issue 18 fault 7): no temp file survives, and the outputs land all together or
 * not at all — in a single run and in `--each --jobs N`, whose workers hand their outputs to the main thread.
 * Temp names are random (issue 18 fault 4), so the test watches the output folders and interrupts the run
 * the moment a temp file appears: that is inside the write stage, where the race used to leave one behind.
 */
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliPath, datasetDir } from './helpers/run-cli.js';

let cwd: string;
beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'jianbao-interrupt-'));
});
afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

interface Interrupted {
  /**
   * Whether SIGINT reached the run while it was writing. It is sent when a temp file appears, but on a loaded
   * machine the watcher may hear of it only after the run has renamed its outputs and exited 0: then the signal
   * came too late, and the round shows only that nothing was left half-done.
   */
  caught: boolean;
  exit: string;
}

/** Runs the CLI and sends SIGINT as soon as a `.tmp` file appears in one of `folders` (created beforehand). */
async function interruptWhileWriting(args: string[], folders: string[]): Promise<Interrupted> {
  for (const folder of folders) await mkdir(folder, { recursive: true });
  const child = spawn(process.execPath, [cliPath, ...args], { cwd, stdio: 'ignore' });
  let caught = false;
  const watchers = folders.map((folder) =>
    watch(folder, (_event, name) => {
      if (!caught && name?.endsWith('.tmp') && child.exitCode === null) {
        caught = true;
        child.kill('SIGINT');
      }
    }),
  );
  const exit = await new Promise<string>((resolve) =>
    child.on('exit', (code, signal) => resolve(signal ?? String(code))),
  );
  for (const watcher of watchers) watcher.close();
  return { caught: caught && exit !== '0', exit };
}

async function namesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(folder.length + 1));
}

describe('an interrupted run', () => {
  it('leaves no temp file, and either every output or none, when Ctrl-C arrives while writing', async () => {
    const out = join(cwd, 'out');
    let caught = 0;
    for (let round = 0; round < 8 && caught < 2; round++) {
      await rm(out, { recursive: true, force: true });
      const run = await interruptWhileWriting(['demo'], [out]);
      const names = (await namesUnder(out)).sort();
      expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
      const all = ['jiangsu-briefing.docx', 'jiangsu-briefing.pdf', 'jiangsu-data.json'];
      if (!run.caught) {
        if (run.exit === '0') expect(names).toEqual(all);
        continue;
      }
      caught++;
      expect(run.exit).toBe('SIGINT');
      if (names.length > 0) expect(names).toEqual(all);
    }
    expect(caught, 'the run was never caught writing').toBeGreaterThan(0);
  });

  it('--each --jobs 2: no temp file of any worker is left', async () => {
    const cities = ['01-nanjing.md', '02-wuxi.md'];
    for (const week of ['a', 'b']) {
      await mkdir(join(cwd, 'weekly', week), { recursive: true });
      for (const city of cities) await cp(join(datasetDir, city), join(cwd, 'weekly', week, city));
    }
    const out = join(cwd, 'out');
    let caught = 0;
    for (let round = 0; round < 8 && caught < 2; round++) {
      await rm(out, { recursive: true, force: true });
      const run = await interruptWhileWriting(
        ['brief', '--each', 'weekly', '--jobs', '2', '--out', 'out', '--date', '2024-01-15'],
        [join(out, 'a'), join(out, 'b')],
      );
      expect((await namesUnder(out)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
      if (run.caught) {
        caught++;
        expect(run.exit).toBe('SIGINT');
      }
    }
    expect(caught, 'the batch was never caught writing').toBeGreaterThan(0);
  });
});
