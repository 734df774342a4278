import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { BatchJob } from './plan.js';
import { type JobOutcome, runJob } from './run-job.js';

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
  const pool = new Piscina({
    filename: fileURLToPath(new URL('./batch-worker.js', import.meta.url)),
    minThreads: Math.min(options.jobs, batch.length),
    maxThreads: Math.min(options.jobs, batch.length),
  });
  try {
    return await Promise.all(
      batch.map((job) => pool.run({ job, debug: options.debug }) as Promise<JobOutcome>),
    );
  } finally {
    await pool.destroy();
  }
}
