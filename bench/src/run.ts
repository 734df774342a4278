import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** One child process: wall ms and peak RSS (MB, from GNU time's %M where present). */
export function timed(args: readonly string[], cwd: string): { ms: number; rssMb: number | null } {
  const gnuTime = existsSync('/usr/bin/time');
  const command = gnuTime ? '/usr/bin/time' : process.execPath;
  const argv = gnuTime ? ['-f', 'JIANBAO_RSS_KB=%M', process.execPath, ...args] : [...args];
  const start = performance.now();
  const result = spawnSync(command, argv, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (result.status !== 0) {
    throw new Error(`node ${args.join(' ')} failed (${result.status}): ${result.stderr.slice(-2000)}`);
  }
  const kb = /JIANBAO_RSS_KB=(\d+)/.exec(result.stderr)?.[1];
  return { ms, rssMb: kb ? Number(kb) / 1024 : null };
}
