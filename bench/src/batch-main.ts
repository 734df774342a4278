/**
 * `pnpm --filter @jianbao/bench bench:batch`: `jianbao brief --each` over BRIEFINGS (default 50) sub-folders, each
 * the 13-city dataset, to PDF + DOCX, with `--jobs 1` and `--jobs 2` alternating in one run (BATCH_RUNS pairs,
 * default 2), into BENCHMARKS.md's "Batch" section. The speed-up is the ratio of the paired medians; the load
 * average before and after says how busy the shared machine was. A benchmark, not a test: nothing fails on a figure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machine, median } from './machine.js';
import { writeSection } from './markers.js';
import { briefEach, writeWeeks } from './scale.js';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const briefings = Number(process.env.BRIEFINGS ?? 50);
const runs = Number(process.env.BATCH_RUNS ?? 2);
// BATCH_CLI=<another build's dist/cli.js> measures that build instead (a before/after pair of runs).
const cli = process.env.BATCH_CLI ?? join(repoRoot, 'apps/demo/dist/cli.js');
const host = machine();
const tmp = mkdtempSync(join(tmpdir(), 'jianbao-batch-'));
try {
  const parent = join(tmp, 'weeks');
  writeWeeks(repoRoot, parent, briefings);
  const run = (jobs: number, i: number) =>
    briefEach(repoRoot, cli, parent, jobs, join(tmp, `out-${jobs}-${i}`));
  const before = loadavg();
  const one: Array<ReturnType<typeof run>> = [];
  const two: Array<ReturnType<typeof run>> = [];
  for (let i = 0; i < runs; i++) {
    // Alternating, so a change in the machine's load falls on both sides.
    one.push(run(1, i));
    two.push(run(2, i));
  }
  const after = loadavg();
  const ms1 = median(one.map((r) => r.ms));
  const ms2 = median(two.map((r) => r.ms));
  const rss = (rows: typeof one) => {
    const values = rows.flatMap((r) => (r.rssMb == null ? [] : [r.rssMb]));
    return values.length ? `${median(values).toFixed(0)} MB` : 'n/a';
  };
  const cpu = (rows: typeof one) => {
    const values = rows.flatMap((r) => (r.cpuMs == null ? [] : [r.cpuMs]));
    return values.length ? `${median(values).toFixed(0)} ms` : 'n/a';
  };
  const load = (l: number[]) => l.map((n) => n.toFixed(2)).join(' ');
  console.log({ briefings, runs, ms1, ms2, speedUp: ms1 / ms2, one, two, before, after });
  writeSection(
    join(repoRoot, 'BENCHMARKS.md'),
    'batch',
    'Batch (bench/src/batch-main.ts)',
    `Produced by \`pnpm --filter @jianbao/bench bench:batch\` on ${host} (${availableParallelism()} usable): \`jianbao brief
--each\` over ${briefings} sub-folders (the 13-city dataset each, PDF + DOCX), one process per run, \`--jobs 1\` and
\`--jobs 2\` alternating, median of ${runs} each; CPU time (user + system) and peak RSS from GNU time. Load average (1, 5, 15 min) ${load(before)}
before, ${load(after)} after.

| jobs | wall time | per briefing | CPU time | peak RSS | speed-up (wall) |
| ---: | --------: | -----------: | -------: | -------: | --------------: |
| 1 | ${ms1.toFixed(0)} ms | ${(ms1 / briefings).toFixed(0)} ms | ${cpu(one)} | ${rss(one)} | ×1 |
| 2 | ${ms2.toFixed(0)} ms | ${(ms2 / briefings).toFixed(0)} ms | ${cpu(two)} | ${rss(two)} | ×${(ms1 / ms2).toFixed(2)} |`,
  );
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
