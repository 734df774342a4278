/**
 * The worker-thread entry of `jianbao brief --each --jobs N` (built to dist/batch-worker.js). Each worker
 * keeps its fonts for its whole life, so a font is read and parsed once per worker, not once per briefing.
 */
import type { BatchJob } from './plan.js';
import { type JobOutcome, runJob } from './run-job.js';

export default function briefInWorker(task: { job: BatchJob; debug: boolean }): Promise<JobOutcome> {
  return runJob(task.job, { debug: task.debug });
}
