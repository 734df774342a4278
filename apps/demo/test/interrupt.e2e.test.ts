import { execFileSync, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliPath } from './helpers/run-cli.js';

let cwd: string;
beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'jianbao-interrupt-'));
});
afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('an interrupted run', () => {
  it('leaves no output and no temp file when Ctrl-C arrives while the outputs are being written', async () => {
    const out = join(cwd, 'out');
    await mkdir(out);
    const child = spawn(process.execPath, [cliPath, 'demo'], { cwd, stdio: 'ignore' });
    const exited = new Promise<string>((resolve) =>
      child.on('exit', (code, signal) => resolve(signal ?? String(code))),
    );
    // Hold the run inside its write stage: the data file's temp file (named after the pid) is a FIFO
    // nobody reads, so writing it blocks after the PDF and DOCX temp files are complete.
    execFileSync('mkfifo', [join(out, `.jiangsu-data.json.${child.pid}.tmp`)]);
    let names: string[] = [];
    const staged = [`.jiangsu-briefing.pdf.${child.pid}.tmp`, `.jiangsu-briefing.docx.${child.pid}.tmp`];
    while (!staged.every((name) => names.includes(name))) {
      if (child.exitCode !== null) break;
      await sleep(50);
      names = await readdir(out);
    }
    expect(child.exitCode).toBeNull();
    child.kill('SIGINT');
    // Dies by the signal after cleaning up, as a shell expects (it reports 130).
    expect(await exited).toBe('SIGINT');
    expect(await readdir(out)).toEqual([]);
  });
});
