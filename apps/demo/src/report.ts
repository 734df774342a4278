import { formatWarning } from '@jianbao/core';
import { formatError } from './errors.js';
import type { BriefResult } from './pipeline.js';

/** One line per failed input on stderr, each with its code and file. */
export function reportFailures(result: BriefResult, options: { debug: boolean; keepGoing: boolean }): void {
  for (const failure of result.failures) {
    process.stderr.write(
      `${formatError(failure.error, { debug: options.debug, file: failure.file.display })}\n`,
    );
  }
  if (result.failures.length === 0) return;
  const n = result.failures.length;
  const what = `${n} of ${result.inputs.length} input${result.inputs.length === 1 ? '' : 's'} failed`;
  if (result.written.length > 0) {
    process.stderr.write(
      `jianbao: ${what}; the briefing was written from the other ${result.inputs.length - n}.\n`,
    );
  } else if (options.keepGoing) {
    process.stderr.write(`jianbao: ${what}; nothing left to brief, nothing written.\n`);
  } else {
    process.stderr.write(`jianbao: ${what}; nothing written (use --keep-going to brief the rest).\n`);
  }
}

/** 0 when every input went in; 1 when any failed (even if --keep-going wrote the rest). */
export function exitCodeOf(result: BriefResult): number {
  return result.failures.length > 0 || result.written.length === 0 ? 1 : 0;
}

/**
 * Non-fatal findings (a city given twice, a section with nothing to quote …), one line each on stderr:
 * `jianbao: warning CODE: file:line: message`. Notes of severity `info` are in the data JSON only.
 */
export function reportWarnings(result: BriefResult): void {
  for (const warning of result.warnings) {
    if (warning.severity === 'warning') process.stderr.write(`jianbao: warning ${formatWarning(warning)}\n`);
  }
}
