/**
 * Scale: synthetic briefings of 100 and 333 cities (bench/src/synthetic), each briefed by the CLI in a child
 * process for wall time and peak RSS; and the batch speed-up of `brief --each --jobs 2` over `--jobs 1`.
 */
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './machine.js';
import { timed } from './run.js';
import { syntheticReports } from './synthetic/generate.js';

export interface ScaleRow {
  cities: number;
  bytes: number;
  ms: number;
  rssMb: number | null;
  /** User + system CPU time of the process (GNU time), or null without it. */
  cpuMs: number | null;
}

export function writeSynthetic(dir: string, cities: number): number {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const report of syntheticReports(cities)) {
    writeFileSync(join(dir, report.file), report.markdown);
    bytes += Buffer.byteLength(report.markdown, 'utf8');
  }
  return bytes;
}

export function scaleBench(
  repoRoot: string,
  tmp: string,
  sizes: readonly number[],
  runs: number,
  formats = 'pdf',
  cli = join(repoRoot, 'apps/demo/dist/cli.js'),
): ScaleRow[] {
  return sizes.map((cities) => {
    const dir = join(tmp, `synthetic-${cities}`);
    const bytes = writeSynthetic(dir, cities);
    const results = Array.from({ length: runs }, (_, i) =>
      timed([cli, 'brief', dir, '--format', formats, '--out', join(tmp, `scale-${cities}-${i}`)], repoRoot),
    );
    return {
      cities,
      bytes,
      ms: median(results.map((r) => r.ms)),
      rssMb: results[0]?.rssMb == null ? null : median(results.map((r) => r.rssMb ?? 0)),
      cpuMs: results[0]?.cpuMs == null ? null : median(results.map((r) => r.cpuMs ?? 0)),
    };
  });
}

export interface BatchFigures {
  briefings: number;
  jobs1Ms: number;
  jobs2Ms: number;
  runs: number;
}

/** `briefings` copies of the 13-city dataset (its README left out) as sub-folders week-1 … of `parent`. */
export function writeWeeks(repoRoot: string, parent: string, briefings: number): void {
  const data = join(repoRoot, 'apps/demo/data/jiangsu');
  for (let i = 0; i < briefings; i++) {
    const sub = join(parent, `week-${String(i + 1).padStart(2, '0')}`);
    mkdirSync(sub, { recursive: true });
    for (const name of readdirSync(data)) if (name !== 'README.md') cpSync(join(data, name), join(sub, name));
  }
}

/** One `jianbao brief --each parent --jobs N` to PDF + DOCX, timed (wall, CPU, peak RSS). */
export function briefEach(repoRoot: string, cli: string, parent: string, jobs: number, out: string) {
  return timed(
    [cli, 'brief', '--each', parent, '--jobs', String(jobs), '--format', 'pdf,docx', '--out', out],
    repoRoot,
  );
}

/** `briefings` copies of the 13-city dataset as sub-folders, briefed with --jobs 1 and --jobs 2. */
export function batchBench(repoRoot: string, tmp: string, briefings: number, runs: number): BatchFigures {
  const cli = join(repoRoot, 'apps/demo/dist/cli.js');
  const parent = join(tmp, 'batch');
  writeWeeks(repoRoot, parent, briefings);
  const run = (jobs: number) =>
    median(
      Array.from(
        { length: runs },
        (_, i) => briefEach(repoRoot, cli, parent, jobs, join(tmp, `batch-out-${jobs}-${i}`)).ms,
      ),
    );
  const jobs1Ms = run(1);
  const jobs2Ms = run(2);
  return { briefings, jobs1Ms, jobs2Ms, runs };
}
