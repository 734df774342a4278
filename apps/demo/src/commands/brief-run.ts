import type { Command } from 'commander';
import { briefEach } from '../batch/index.js';
import { usageError } from '../errors.js';
import { type LayoutCliOptions, layoutBriefOptions } from '../options.js';
import { type BriefOptions, brief, type OutputFormat } from '../pipeline.js';
import { createProgress } from '../progress.js';
import { exitCodeOf, reportFailures, reportWarnings } from '../report.js';
import { StageTimer } from '../timings.js';

export interface BriefCliOptions extends LayoutCliOptions {
  format: OutputFormat[];
  out: string;
  base: string;
  script: 'hans' | 'hant' | 'auto';
  style: 'official' | 'modern';
  title?: string;
  name?: string;
  issue?: number | string;
  org?: string;
  date?: string;
  font: string[];
  provenance: boolean;
  pretty?: boolean;
  keepGoing?: boolean;
  keepOrder?: boolean;
  each?: boolean;
  jobs?: number;
}

/** `jianbao brief`: loaded only when the command runs, so `--help` loads no pipeline. */
export async function runBrief(
  files: string[],
  options: BriefCliOptions & { extraction?: string[] },
  self: Command,
  setExitCode: (code: number) => void,
): Promise<void> {
  const inputs = [...files, ...(options.extraction ?? [])];
  if (inputs.length === 0) throw usageError('brief needs city reports or --extraction review.json', 'brief');
  const debug = Boolean(self.optsWithGlobals().debug);
  const keepGoing = Boolean(options.keepGoing);
  const briefOptions: BriefOptions = {
    formats: options.format,
    out: options.out,
    base: options.base,
    script: options.script,
    style: options.style,
    ...(options.title !== undefined ? { title: options.title } : {}),
    ...(options.name !== undefined ? { name: options.name } : {}),
    ...(options.issue !== undefined ? { issue: options.issue } : {}),
    ...(options.org !== undefined ? { org: options.org } : {}),
    ...(options.date !== undefined ? { date: options.date } : {}),
    fonts: options.font,
    ...layoutBriefOptions(options),
    provenance: options.provenance,
    ...(options.pretty ? { pretty: true } : {}),
    keepGoing,
    ...(options.keepOrder ? { keepOrder: true } : {}),
  };
  if (options.each || options.jobs !== undefined) {
    setExitCode(
      await briefEach(inputs, briefOptions, { each: Boolean(options.each), jobs: options.jobs, debug }),
    );
    return;
  }
  const result = await brief(inputs, briefOptions, await createProgress(), new StageTimer());
  reportFailures(result, { debug, keepGoing });
  reportWarnings(result);
  for (const path of result.written) process.stdout.write(`${path}\n`);
  setExitCode(exitCodeOf(result));
}
