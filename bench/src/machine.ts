import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

/** CPU model, cores, Node version and load: wall times on a shared machine mean little without them. */
export function machine(): string {
  let model = cpus()[0]?.model ?? 'unknown CPU';
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    if (line) model = line.split(':')[1]?.trim() ?? model;
  } catch {
    // Not Linux: os.cpus() already named it.
  }
  return `${model}, ${cpus().length} cores, Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)} at start`;
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/**
 * Runs before a warm figure is taken, and the runs it is the median of. V8 keeps optimising our renders for about
 * ten runs (the ramp bench/src/typst.ts prints: 342 ms for the first, steady from the ninth), so a median taken
 * earlier measures part of the ramp.
 */
export const WARM_UPS = 12;
export const WARM_RUNS = 15;
