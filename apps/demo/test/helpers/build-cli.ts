import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** Builds the CLI and its workspace dependencies, under the lock every build in this repo shares. */
export default function setup(): void {
  execFileSync('flock', ['/tmp/jianbao-build.lock', 'pnpm', '--filter', '@jianbao/demo...', 'build'], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
