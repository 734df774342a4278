import { InvalidArgumentError, Option } from 'commander';

/** More workers than this gains nothing for a CPU-bound pipeline and only multiplies font memory. */
export const MAX_JOBS = 64;

/** `--jobs 2` → 2; anything but a whole number from 1 to MAX_JOBS is a usage error (exit 2). */
export function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!/^\d+$/.test(value) || jobs < 1 || jobs > MAX_JOBS) {
    throw new InvalidArgumentError(`--jobs takes a whole number from 1 to ${MAX_JOBS}, not "${value}".`);
  }
  return jobs;
}

/** The batch options of `jianbao brief`. */
export function batchOptions(): Option[] {
  return [
    new Option('--each', 'one briefing per sub-folder of each input folder, written to <out>/<sub-folder>/'),
    new Option('--jobs <n>', 'with --each: briefings at once, each on a worker thread (default 1)').argParser(
      parseJobs,
    ),
  ];
}
