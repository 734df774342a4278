import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** pnpm as it runs us (`npx pnpm test` puts no pnpm on PATH, but sets npm_execpath), else from PATH. */
function pnpmCommand(): string[] {
  const execPath = process.env.npm_execpath;
  if (!execPath || !/pnpm/.test(execPath)) return ['pnpm'];
  return /\.[cm]?js$/.test(execPath) ? [process.execPath, execPath] : [execPath];
}

function hasFlock(): boolean {
  try {
    execFileSync('flock', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Builds this package and its workspace dependencies (the README examples typecheck against their dist), under the
 * lock every build in this repo's tests shares (apps/demo's build-cli.ts).
 */
export default function setup(): void {
  const build = [...pnpmCommand(), '--filter', 'jianbao...', 'build'];
  const [command, ...args] = hasFlock() ? ['flock', '/tmp/jianbao-build.lock', ...build] : build;
  execFileSync(command as string, args, { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
}
