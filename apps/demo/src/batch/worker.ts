/**
 * The worker-thread entry of `jianbao brief --each --jobs N` (built to dist/batch-worker.js). Each worker
 * keeps its fonts for its whole life, so a font is read and parsed once per worker, not once per briefing.
 */
import type { BatchJob } from './plan.js';
import { type JobOutcome, runJob } from './run-job.js';

export default function briefInWorker(task: { job: BatchJob; debug: boolean }): Promise<JobOutcome> {
  // The outputs go back to the main thread, which writes them: a worker's temp files would be out of reach of
  // the main thread's SIGINT handler (signals are delivered there), and left behind on Ctrl-C.
  return runJob(task.job, { debug: task.debug, deferWrite: true });
}
