/**
 * One `jianbao brief --each` run, timed like run.ts (wall; CPU and peak RSS from GNU time) and with its CPU split by
 * thread, read from /proc/<pid>/task/<tid>/stat every few milliseconds while it runs (Linux only; elsewhere the
 * split is null). Node 20 has no per-thread CPU call, and the split is the point: a Node process runs V8's
 * optimizing compiler and much of its GC on helper threads, so one briefing thread already keeps more than one
 * core busy, and two briefing threads on two cores share those cores with their helpers.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface ThreadSplit {
  /** The main thread: the CLI itself, and with --jobs 1 every briefing. */
  mainMs: number;
  /** The worker threads that ran briefings (none with --jobs 1). */
  workersMs: number[];
  /** Every other thread: V8's compiler and GC helpers, libuv's pool. */
  helpersMs: number;
}

export interface BatchRun {
  ms: number;
  cpuMs: number | null;
  rssMb: number | null;
  threads: ThreadSplit | null;
}

const TICKS = 100; // USER_HZ: what /proc counts utime and stime in, 100 on every Linux we run on

function threadTimes(pid: number, into: Map<number, number>): void {
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return; // gone
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      into.set(Number(tid), ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS);
    } catch {
      // The thread ended between the listing and the read: its last sample stands.
    }
  }
}

function childOf(pid: number): number | null {
  try {
    const first = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(' ')[0];
    return first ? Number(first) : null;
  } catch {
    return null;
  }
}

/**
 * Runs `node args…` in `cwd` and samples its threads. The briefing workers are the `workers` threads started last
 * (piscina starts them after Node's own threads); a thread's CPU is its last sample, so up to one interval of a
 * thread that ends early is missed (the total from GNU time is exact).
 */
export async function timedBatch(args: readonly string[], cwd: string, workers: number): Promise<BatchRun> {
  const gnuTime = existsSync('/usr/bin/time');
  const command = gnuTime ? '/usr/bin/time' : process.execPath;
  const argv = gnuTime
    ? ['-f', 'JIANBAO_RSS_KB=%M JIANBAO_CPU_S=%U+%S', process.execPath, ...args]
    : [...args];
  const proc = /linux/.test(process.platform);
  const start = performance.now();
  const child = spawn(command, argv, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const times = new Map<number, number>();
  let nodePid: number | null = gnuTime ? null : (child.pid ?? null);
  const timer = proc
    ? setInterval(() => {
        if (nodePid === null && child.pid !== undefined) nodePid = childOf(child.pid);
        if (nodePid !== null) threadTimes(nodePid, times);
      }, 20)
    : undefined;
  const status = await new Promise<number | null>((done) => child.on('close', done));
  const ms = performance.now() - start;
  clearInterval(timer);
  if (status !== 0) throw new Error(`node ${args.join(' ')} failed (${status}): ${stderr.slice(-2000)}`);
  const kb = /JIANBAO_RSS_KB=(\d+)/.exec(stderr)?.[1];
  const cpu = /JIANBAO_CPU_S=([\d.]+)\+([\d.]+)/.exec(stderr);
  let threads: ThreadSplit | null = null;
  if (nodePid !== null && times.size > 0) {
    const others = [...times.keys()].filter((tid) => tid !== nodePid).sort((a, b) => a - b);
    const workerTids = new Set(workers > 1 ? others.slice(-workers) : []);
    threads = {
      mainMs: times.get(nodePid) ?? 0,
      workersMs: others.filter((tid) => workerTids.has(tid)).map((tid) => times.get(tid) ?? 0),
      helpersMs: others
        .filter((tid) => !workerTids.has(tid))
        .reduce((sum, tid) => sum + (times.get(tid) ?? 0), 0),
    };
  }
  return {
    ms,
    rssMb: kb ? Number(kb) / 1024 : null,
    cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : null,
    threads,
  };
}
