export { briefEach } from './command.js';
export { batchOptions, MAX_JOBS, parseJobs } from './options.js';
export { type BatchJob, planBatch } from './plan.js';
export { runBatch } from './run-batch.js';
export type { JobOutcome } from './run-job.js';
