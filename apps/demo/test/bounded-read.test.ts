/**
 * Issue 18, fault 1: inputs are read through one bounded reader. A device, FIFO or socket is refused
 * (INPUT_NOT_A_FILE) instead of read forever or waited on; the byte cap counts bytes read, not `stat().size`
 * (which is 0 for devices and pipes); standard input is read only as `-`, and bounded while it streams.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expandInputs, readInput, readRegularFile, singleInput } from '../src/io/inputs.js';
import { cliPath } from './helpers/run-cli.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jianbao-bounded-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const posix = process.platform !== 'win32';

describe('readInput', () => {
  it.runIf(existsSync('/dev/zero'))(
    'refuses a device (stat size 0) instead of reading it without end',
    async () => {
      const file = await singleInput('/dev/zero');
      await expect(readInput(file, 1024)).rejects.toMatchObject({ code: 'INPUT_NOT_A_FILE' });
    },
  );

  it.runIf(posix)('refuses a FIFO without waiting for a writer', async () => {
    const fifo = join(dir, 'report.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const [file] = await expandInputs([fifo]);
    await expect(readInput(file as never, 1024)).rejects.toMatchObject({ code: 'INPUT_NOT_A_FILE' });
  });

  it('reads a regular file whole, and refuses one over the cap by the bytes read', async () => {
    const path = join(dir, 'a.txt');
    await writeFile(path, 'x'.repeat(3000));
    expect((await readRegularFile(path, 'a.txt', 3000)).length).toBe(3000);
    await expect(readRegularFile(path, 'a.txt', 2999)).rejects.toMatchObject({ code: 'INPUT_TOO_LARGE' });
  });

  it('reads a file whole into one buffer of its size, at sizes around the probe and chunk sizes', async () => {
    for (const size of [0, 1, 4095, 4096, 4097, (1 << 20) - 1, 1 << 20, (1 << 20) + 1, 3 << 20]) {
      const path = join(dir, `${size}.bin`);
      const data = Uint8Array.from({ length: size }, (_, i) => (i * 7919) % 251);
      await writeFile(path, data);
      const read = await readRegularFile(path, 'f', 4 << 20);
      expect(Buffer.from(read).equals(Buffer.from(data))).toBe(true);
      // Not 1 MB chunks joined (a second copy of a 16 MB font): the bytes are the whole of their buffer.
      if (size > 0) expect(read.buffer.byteLength).toBe(size);
    }
  });

  it.runIf(existsSync('/proc/self/status'))(
    'reads on past what stat says when the file is longer (procfs: size 0, text inside)',
    async () => {
      const text = new TextDecoder().decode(await readRegularFile('/proc/self/status', 'status', 1 << 20));
      expect(text).toMatch(/^Name:/);
      expect(text).toMatch(/\nPid:\s+\d+/);
    },
  );

  it('takes `-` as standard input and never as a file name', async () => {
    expect(await singleInput('-')).toMatchObject({ path: '-', display: 'stdin' });
    expect((await expandInputs(['-', '-'])).map((f) => f.path)).toEqual(['-']);
  });
});

describe.runIf(existsSync(cliPath) && existsSync('/dev/zero'))('the CLI on endless input', () => {
  /** Runs the CLI with stdin from `stdinPath`; resolves with exit code and stderr, or kills it after 30 s. */
  function run(args: string[], stdinPath: string): Promise<{ code: number | null; stderr: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [cliPath, ...args], { stdio: ['pipe', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
      });
      const source = spawn('cat', [stdinPath], { stdio: ['ignore', 'pipe', 'ignore'] });
      source.stdout.pipe(child.stdin);
      child.stdin.on('error', () => {});
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      child.on('close', (code) => {
        clearTimeout(timer);
        source.kill();
        resolve({ code, stderr });
      });
    });
  }

  it('stops reading an endless stdin at the cap (INPUT_TOO_LARGE, exit 1)', async () => {
    const result = await run(['extract', '-'], '/dev/zero');
    expect(result.stderr).toMatch(/^jianbao: INPUT_TOO_LARGE: stdin: input is at least \d+ bytes/);
    expect(result.code).toBe(1);
  });

  it('refuses /dev/stdin named as a file when it is a pipe', async () => {
    const result = await run(['extract', '/dev/stdin'], '/dev/zero');
    expect(result.stderr).toMatch(/^jianbao: INPUT_NOT_A_FILE: /);
    expect(result.code).toBe(1);
  });
});
