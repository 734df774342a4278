import { availableParallelism } from 'node:os';
import { usageError } from '../errors.js';
import type { BriefOptions } from '../pipeline.js';
import { planBatch } from './plan.js';
import { runBatch } from './run-batch.js';

/**
 * `jianbao brief --each FOLDER… [--jobs N]`: plans the batch, runs it, prints every path written (stdout) and
 * every failure (stderr) in the order of the sub-folders, and returns the exit code: 1 when any briefing had a
 * failed input, else 0.
 */
export async function briefEach(
  folders: readonly string[],
  options: BriefOptions,
  batch: { each: boolean; jobs: number | undefined; debug: boolean },
): Promise<number> {
  if (!batch.each) throw usageError('--jobs runs briefings side by side: use it with --each', '--jobs');
  const jobs = await planBatch(folders, options);
  // More workers than cores only multiplies memory (each holds its fonts): 64 on 2 cores used 7.4 GB.
  const cores = availableParallelism();
  let workers = batch.jobs ?? 1;
  if (workers > cores) {
    process.stderr.write(`jianbao: --jobs ${workers} lowered to ${cores}, the number of CPU cores here\n`);
    workers = cores;
  }
  const outcomes = await runBatch(jobs, { jobs: workers, debug: batch.debug });
  let exitCode = 0;
  for (const outcome of outcomes) {
    for (const line of outcome.errors) process.stderr.write(`${line}\n`);
    for (const path of outcome.written) process.stdout.write(`${path}\n`);
    exitCode = Math.max(exitCode, outcome.exitCode);
  }
  return exitCode;
}
