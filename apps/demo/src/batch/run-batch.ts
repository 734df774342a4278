import { fileURLToPath } from 'node:url';
import { formatError } from '../errors.js';
import { writeFilesAtomic } from '../io/atomic-write.js';
import { tuneJitForParallelBatch } from './jit.js';
import type { BatchJob } from './plan.js';
import { type JobOutcome, runJob } from './run-job.js';

/** Writes the outputs a worker returned, here on the main thread; a failed write becomes the job's error. */
async function writeOutcome(outcome: JobOutcome, options: { debug: boolean }): Promise<JobOutcome> {
  const { files, ...rest } = outcome;
  if (!files) return rest;
  try {
    await writeFilesAtomic(files);
    return rest;
  } catch (error) {
    return {
      ...rest,
      written: [],
      errors: [...rest.errors, formatError(error, { debug: options.debug })],
      exitCode: 1,
    };
  }
}

/**
 * Runs the briefings of a batch: one after another in this thread with `jobs` 1 (fonts loaded once for all),
 * else on `jobs` worker threads (piscina). Outcomes come back in the order of `jobs`, whatever finishes first,
 * so the output of a batch does not depend on timing.
 */
export async function runBatch(
  batch: readonly BatchJob[],
  options: { jobs: number; debug: boolean },
): Promise<JobOutcome[]> {
  if (options.jobs <= 1 || batch.length <= 1) {
    const outcomes: JobOutcome[] = [];
    for (const job of batch) outcomes.push(await runJob(job, options));
    return outcomes;
  }
  // Before any worker starts: V8's flags are read when a worker's isolate compiles.
  tuneJitForParallelBatch();
  // The worker pool is loaded only for a parallel batch: every other path starts without it.
  const { Piscina } = await import('piscina');
  const pool = new Piscina({
    filename: fileURLToPath(new URL('./batch-worker.js', import.meta.url)),
    minThreads: Math.min(options.jobs, batch.length),
    maxThreads: Math.min(options.jobs, batch.length),
  });
  try {
    return await Promise.all(
      batch.map(async (job) =>
        writeOutcome(await (pool.run({ job, debug: options.debug }) as Promise<JobOutcome>), options),
      ),
    );
  } finally {
    await pool.destroy();
  }
}
