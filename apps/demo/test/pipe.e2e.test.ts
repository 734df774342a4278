import { spawn } from 'node:child_process';
import { expect, it } from 'vitest';
import { cliPath, repoRoot } from './helpers/run-cli.js';

it('stops quietly when its reader closes the pipe early (jianbao --help | head -1)', async () => {
  const child = spawn(process.execPath, [cliPath, '--help'], {
    cwd: repoRoot,
    env: { ...process.env, NO_COLOR: '1' },
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += String(chunk);
  });
  // Read one chunk, then close our end as `head -1` does; the CLI still has lines to write.
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(stderr).not.toMatch(/EPIPE|Unhandled/);
  expect(code).toBe(0);
});
