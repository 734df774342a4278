/**
 * `pnpm bench` (turbo runs it in bench/): the pipeline and scale figures, written into BENCHMARKS.md between the
 * pipeline and scale markers. Extraction on 1 MB, renderPdf/renderDocx warm and LibreOffice come from the core,
 * pdf and docx benches in the same `pnpm bench` run. A benchmark, not a test: nothing here fails on a figure.
 * RUNS (default 5) sets the runs per median; SCALE_RUNS (default 5) those of the 100/333-city briefings;
 * WORST_RUNS (default 3) those of the worst-case shapes (worst-case.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coldStartBench, coldStartTable } from './cold-start.js';
import { machine } from './machine.js';
import { writeSection } from './markers.js';
import { writePipeline } from './pipeline-section.js';
import { batchBench, scaleBench } from './scale.js';
import { writeWorstCase } from './worst-case.js';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const runs = Number(process.env.RUNS ?? 5);
const scaleRuns = Number(process.env.SCALE_RUNS ?? 5);
const tmp = mkdtempSync(join(tmpdir(), 'jianbao-bench-'));
const host = machine();
const f0 = (n: number) => n.toFixed(0);
const mem = (mb: number | null) => (mb == null ? 'n/a (no /usr/bin/time)' : `${f0(mb)} MB`);

try {
  const header = await writePipeline(repoRoot, tmp, runs, host);
  // COLD_BASELINE=<another build's dist/cli.js> (COLD_BASELINE_NAME its commit) adds a paired "before" column.
  const baseline = process.env.COLD_BASELINE || undefined;
  const cold = coldStartBench(repoRoot, runs, baseline);
  console.log('cold start', cold);
  writeSection(
    join(repoRoot, 'BENCHMARKS.md'),
    'cold-start',
    'Cold start (bench/src/cold-start.ts)',
    coldStartTable(cold, host, baseline ? (process.env.COLD_BASELINE_NAME ?? baseline) : undefined),
  );
  console.log('worst case', await writeWorstCase(repoRoot, Number(process.env.WORST_RUNS ?? 3), host));
  const rows = scaleBench(repoRoot, tmp, [100, 333], scaleRuns);
  console.log('scale', rows);
  const b = batchBench(repoRoot, tmp, 12, runs);
  console.log('batch', b);
  const [small, large] = rows as [(typeof rows)[0], (typeof rows)[0]];
  const growth = large.ms / small.ms;
  const linear = large.cities / small.cities;
  writeSection(
    join(repoRoot, 'BENCHMARKS.md'),
    'scale',
    'Scale',
    `${header} Synthetic reports from bench/src/synthetic/generate.ts (13 sentence templates, varied figures, units,
qualifiers and categories, real prefecture-level cities from core's gazetteer); each briefing is one child
process \`jianbao brief DIR --format pdf\` (Node start and fonts included), median of ${scaleRuns}; peak RSS from GNU time.

| cities | input | wall time | peak RSS | target |
| -----: | ----: | --------: | -------: | -----: |
${rows.map((r) => `| ${r.cities} | ${f0(r.bytes / 1024)} KB | ${f0(r.ms)} ms | ${mem(r.rssMb)} | ${r.cities === 333 ? '≤ 10 s, ≤ 1 GB' : ''} |`).join('\n')}

Growth 100 → 333 cities: time ×${growth.toFixed(2)} against ×${linear.toFixed(2)} linear (target ≤ ×${(linear * 1.1).toFixed(2)}); peak RSS ×${large.rssMb && small.rssMb ? (large.rssMb / small.rssMb).toFixed(2) : 'n/a'}.

Batch: \`jianbao brief --each\` over ${b.briefings} sub-folders (the 13-city dataset each, PDF + DOCX), median of ${b.runs}:
\`--jobs 1\` ${f0(b.jobs1Ms)} ms, \`--jobs 2\` ${f0(b.jobs2Ms)} ms — speed-up ×${(b.jobs1Ms / b.jobs2Ms).toFixed(2)} on this machine's cores.`,
  );
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
