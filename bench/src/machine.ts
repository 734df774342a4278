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
