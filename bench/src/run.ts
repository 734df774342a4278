import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * One child process: wall ms, peak RSS (MB, from GNU time's %M where present) and CPU ms (user + system, from GNU
 * time's %U %S): on a shared machine the CPU time moves far less with the load than the wall time.
 */
export function timed(
  args: readonly string[],
  cwd: string,
): { ms: number; rssMb: number | null; cpuMs: number | null } {
  const gnuTime = existsSync('/usr/bin/time');
  const command = gnuTime ? '/usr/bin/time' : process.execPath;
  const argv = gnuTime
    ? ['-f', 'JIANBAO_RSS_KB=%M JIANBAO_CPU_S=%U+%S', process.execPath, ...args]
    : [...args];
  const start = performance.now();
  const result = spawnSync(command, argv, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (result.status !== 0) {
    throw new Error(`node ${args.join(' ')} failed (${result.status}): ${result.stderr.slice(-2000)}`);
  }
  const kb = /JIANBAO_RSS_KB=(\d+)/.exec(result.stderr)?.[1];
  const cpu = /JIANBAO_CPU_S=([\d.]+)\+([\d.]+)/.exec(result.stderr);
  return {
    ms,
    rssMb: kb ? Number(kb) / 1024 : null,
    cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : null,
  };
}
