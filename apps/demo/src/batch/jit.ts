import { setFlagsFromString } from 'node:v8';

/**
 * V8 settings for a parallel batch. V8's optimizing compiler runs on helper threads and compiles each hot function
 * once per briefing thread: with `--jobs 1` it works on the otherwise idle core, but with `--jobs 2` on two cores it
 * takes CPU from the briefings — about 40 % of the batch's CPU (issue 21, BENCHMARKS.md's batch section).
 * Without inlining, and with only functions four times as hot as by default optimized, that compiling falls to less
 * than half while a briefing runs at most a little slower. Only the speed changes: the code computes what it did.
 * V8's flags belong to the process, so this is set before the workers start and only for `--jobs` ≥ 2; `--jobs 1`
 * keeps V8's defaults, which suit it.
 */
export const PARALLEL_V8_FLAGS = ['--no-turbo-inlining', '--interrupt-budget=270336'] as const;

let tuned = false;

export function tuneJitForParallelBatch(): void {
  if (tuned) return;
  tuned = true;
  for (const flag of PARALLEL_V8_FLAGS) setFlagsFromString(flag);
}
