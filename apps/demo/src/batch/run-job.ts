import { formatError } from '../errors.js';
import type { OutputFile } from '../io/atomic-write.js';
import { brief } from '../pipeline.js';
import type { Progress } from '../progress.js';
import { exitCodeOf } from '../report.js';
import { StageTimer } from '../timings.js';
import type { BatchJob } from './plan.js';

/** What one briefing of a batch did: plain data, so it crosses from a worker thread unchanged. */
export interface JobOutcome {
  name: string;
  written: string[];
  /** One line per failed input (code, file, message), then a line saying what was written. */
  errors: string[];
  exitCode: number;
  /** On a worker thread: the outputs, for the main thread to write (see runBatch). */
  files?: OutputFile[];
}

// Progress stays silent in a batch: several briefings drawing one status line would garble it.
const quiet: Progress = { update() {}, clear() {} };

/** Runs one briefing; every failure becomes a line of `errors`, never an exception. */
export async function runJob(
  job: BatchJob,
  options: { debug: boolean; deferWrite?: boolean },
): Promise<JobOutcome> {
  try {
    const jobOptions = options.deferWrite ? { ...job.options, deferWrite: true } : job.options;
    const result = await brief([job.input], jobOptions, quiet, new StageTimer());
    const errors = result.failures.map((failure) =>
      formatError(failure.error, { debug: options.debug, file: failure.file.display }),
    );
    if (result.failures.length > 0) {
      errors.push(
        `jianbao: ${job.name}: ${result.failures.length} of ${result.inputs.length} inputs failed; ${
          result.written.length > 0 ? 'the briefing was written from the others' : 'nothing written'
        }.`,
      );
    }
    return {
      name: job.name,
      written: result.written,
      errors,
      exitCode: exitCodeOf(result),
      ...(result.files ? { files: result.files } : {}),
    };
  } catch (error) {
    return {
      name: job.name,
      written: [],
      errors: [formatError(error, { debug: options.debug })],
      exitCode: 1,
    };
  }
}
