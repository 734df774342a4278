/**
 * `pnpm --filter @jianbao/bench bench:batch`: `jianbao brief --each` over BRIEFINGS (default 50) sub-folders, each
 * the 13-city dataset, to PDF + DOCX, with `--jobs 1` and `--jobs 2` alternating in one run (BATCH_RUNS rounds,
 * default 3), into BENCHMARKS.md's "Batch" section. The speed-up is the ratio of the paired medians; the load
 * average before and after says how busy the shared machine was. Each round also briefs the first SMALL (default
 * 10) sub-folders with `--jobs 1`, so the CPU splits into what a briefing thread pays once (start, fonts, the
 * optimizing compiler's warm-up) and what every further briefing costs: the ceiling on the speed-up follows from
 * those. A benchmark, not a test: nothing fails on a figure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BatchRun, timedBatch } from './batch-threads.js';
import { machine, median } from './machine.js';
import { writeSection } from './markers.js';
import { writeWeeks } from './scale.js';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const briefings = Number(process.env.BRIEFINGS ?? 50);
const small = Number(process.env.SMALL ?? 10);
const runs = Number(process.env.BATCH_RUNS ?? 3);
// BATCH_CLI=<another build's dist/cli.js> measures that build instead (a before/after pair of runs).
const cli = process.env.BATCH_CLI ?? join(repoRoot, 'apps/demo/dist/cli.js');
const cores = availableParallelism();
const host = machine();
const tmp = mkdtempSync(join(tmpdir(), 'jianbao-batch-'));

const med = (rows: BatchRun[], pick: (r: BatchRun) => number | null | undefined): number | null => {
  const values = rows.flatMap((r) => {
    const v = pick(r);
    return v == null ? [] : [v];
  });
  return values.length ? median(values) : null;
};
const ms = (v: number | null) => (v == null ? 'n/a' : `${v.toFixed(0)} ms`);
const mb = (v: number | null) => (v == null ? 'n/a' : `${v.toFixed(0)} MB`);
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
/** CPU on the threads that ran briefings: the main thread with --jobs 1, the workers otherwise. */
const briefingCpu = (jobs: number) => (r: BatchRun) =>
  r.threads ? (jobs === 1 ? r.threads.mainMs : sum(r.threads.workersMs)) : null;

try {
  const parent = join(tmp, 'weeks');
  const smallParent = join(tmp, 'weeks-small');
  writeWeeks(repoRoot, parent, briefings);
  writeWeeks(repoRoot, smallParent, small);
  const run = (folder: string, jobs: number, out: string) =>
    timedBatch(
      [
        cli,
        'brief',
        '--each',
        folder,
        '--jobs',
        String(jobs),
        '--format',
        'pdf,docx',
        '--out',
        join(tmp, out),
      ],
      repoRoot,
      jobs,
    );
  const before = loadavg();
  const one: BatchRun[] = [];
  const two: BatchRun[] = [];
  const few: BatchRun[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternating, so a change in the machine's load falls on every side.
    one.push(await run(parent, 1, `out-1-${i}`));
    two.push(await run(parent, 2, `out-2-${i}`));
    few.push(await run(smallParent, 1, `out-small-${i}`));
  }
  const after = loadavg();
  const ms1 = median(one.map((r) => r.ms));
  const ms2 = median(two.map((r) => r.ms));
  const row = (jobs: number, rows: BatchRun[], wall: number) => {
    return `| ${jobs} | ${ms(wall)} | ${(wall / briefings).toFixed(0)} ms | ${ms(med(rows, (r) => r.cpuMs))} | ${ms(
      med(rows, briefingCpu(jobs)),
    )} | ${ms(med(rows, (r) => r.threads?.helpersMs))} | ${ms(jobs === 1 ? null : med(rows, (r) => r.threads?.mainMs))} | ${mb(med(rows, (r) => r.rssMb))} | ×${(ms1 / wall).toFixed(2)} |`;
  };
  // Per further briefing, from the difference between the big and the small batch (both --jobs 1, same rounds).
  const perBriefing = (pick: (r: BatchRun) => number | null | undefined) => {
    const big = med(one, pick);
    const little = med(few, pick);
    return big == null || little == null ? null : (big - little) / (briefings - small);
  };
  const wallEach = perBriefing((r) => r.ms);
  const briefingEach = perBriefing(briefingCpu(1));
  const helpersEach = perBriefing((r) => r.threads?.helpersMs);
  const cpu1 = med(one, (r) => r.cpuMs);
  const cpu2 = med(two, (r) => r.cpuMs);
  // Paid once per briefing thread: the CPU of the big --jobs 1 batch less its per-briefing part.
  const once =
    cpu1 == null || briefingEach == null || helpersEach == null
      ? null
      : cpu1 - briefings * (briefingEach + helpersEach);
  // However the work is spread, `cores` cores cannot do `cpu` ms of it in less than cpu / cores of wall time: a
  // bound on the speed-up over the --jobs 1 wall time measured beside it (under load both move; the bound stays one).
  const ceiling = (wall: number | null, cpu: number | null) =>
    wall == null || cpu == null ? 'n/a' : `×${(wall / (cpu / cores)).toFixed(2)}`;
  const load = (l: number[]) => l.map((n) => n.toFixed(2)).join(' ');
  console.log(
    JSON.stringify(
      { briefings, small, runs, ms1, ms2, speedUp: ms1 / ms2, one, two, few, before, after },
      null,
      1,
    ),
  );
  writeSection(
    join(repoRoot, 'BENCHMARKS.md'),
    'batch',
    'Batch (bench/src/batch-main.ts)',
    `Produced by \`pnpm --filter @jianbao/bench bench:batch\` on ${host} (${cores} usable): \`jianbao brief
--each\` over ${briefings} sub-folders (the 13-city dataset each, PDF + DOCX), one process per run, \`--jobs 1\`,
\`--jobs 2\` and a \`--jobs 1\` batch of ${small} alternating, median of ${runs} each; CPU time (user + system) and peak RSS
from GNU time, CPU by thread sampled from /proc (bench/src/batch-threads.ts). Load average (1, 5, 15 min)
${load(before)} before, ${load(after)} after.

| jobs | wall time | per briefing | CPU time | briefing threads' CPU | V8/libuv helper threads' CPU | main thread's CPU | peak RSS | speed-up (wall) |
| ---: | --------: | -----------: | -------: | --------------------: | ---------------------------: | ----------------: | -------: | --------------: |
${row(1, one, ms1)}
${row(2, two, ms2)}
| 1 (${small} briefings) | ${ms(med(few, (r) => r.ms))} | | ${ms(med(few, (r) => r.cpuMs))} | ${ms(med(few, briefingCpu(1)))} | ${ms(
      med(few, (r) => r.threads?.helpersMs),
    )} | | ${mb(med(few, (r) => r.rssMb))} | |

Each further briefing (the ${briefings}- and ${small}-briefing \`--jobs 1\` batches' difference over ${briefings - small}): ${ms(wallEach)} wall,
${ms(briefingEach)} CPU on the briefing thread and ${ms(helpersEach)} on V8's helper threads; paid once per briefing
thread: ${ms(once)} of CPU. Ceilings on the speed-up on ${cores} cores (\`--jobs 1\`'s wall time over CPU time / ${cores}):
${ceiling(ms1, cpu2)} for the CPU \`--jobs 2\` spent; ${ceiling(ms1, cpu1)} had \`--jobs 2\` spent no more CPU than \`--jobs 1\`;
${ceiling(wallEach, briefingEach == null || helpersEach == null ? null : briefingEach + helpersEach)} for an endless batch at the cost of a further briefing.`,
  );
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
