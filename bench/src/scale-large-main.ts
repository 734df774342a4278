/**
 * `pnpm --filter @jianbao/bench bench:scale-large`: 500 and 2,000 synthetic cities briefed to PDF + DOCX by the CLI
 * (one child process each: wall time, peak RSS), and 2,000 to the data JSON alone, into BENCHMARKS.md's "Scale to
 * 2,000 cities" section. SCALE_BASELINE=<another build's dist/cli.js> (SCALE_BASELINE_NAME names it) adds that
 * build's figures, run alternately with this one's, as a paired "before".
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machine } from './machine.js';
import { writeSection } from './markers.js';
import { type ScaleRow, scaleBench } from './scale.js';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const runs = Number(process.env.SCALE_RUNS ?? 1);
const baseline = process.env.SCALE_BASELINE || undefined;
const baselineName = process.env.SCALE_BASELINE_NAME ?? 'baseline';
const cli = join(repoRoot, 'apps/demo/dist/cli.js');
const host = machine();
const tmp = mkdtempSync(join(tmpdir(), 'jianbao-scale-large-'));

interface Measured {
  label: string;
  row: ScaleRow;
  before?: ScaleRow;
  jsonMb?: number;
  jsonMbBefore?: number;
}

const dataSize = (out: string) => statSync(join(out, 'jianbao-data.json')).size / 1e6;

try {
  const before = loadavg();
  const measured: Measured[] = [];
  const cases: Array<[number, string]> = [
    [500, 'pdf,docx'],
    [2000, 'pdf,docx'],
    [2000, 'json'],
  ];
  for (const [cities, formats] of cases) {
    // This build, then the baseline on the same input: a change in load falls on both.
    const [row] = scaleBench(repoRoot, tmp, [cities], runs, formats, cli) as [ScaleRow];
    const jsonMb = formats === 'json' ? dataSize(join(tmp, `scale-${cities}-0`)) : undefined;
    const [old] = baseline
      ? (scaleBench(repoRoot, tmp, [cities], runs, formats, baseline) as [ScaleRow])
      : [];
    const jsonMbBefore =
      baseline && formats === 'json' ? dataSize(join(tmp, `scale-${cities}-0`)) : undefined;
    measured.push({
      label: formats === 'json' ? 'data JSON' : 'PDF + DOCX',
      row,
      ...(old ? { before: old } : {}),
      ...(jsonMb !== undefined ? { jsonMb } : {}),
      ...(jsonMbBefore !== undefined ? { jsonMbBefore } : {}),
    });
  }
  const after = loadavg();
  console.log('scale to 2,000 cities', JSON.stringify(measured, null, 1));
  const f0 = (n: number) => n.toFixed(0);
  const mem = (mb: number | null | undefined) => (mb == null ? 'n/a' : `${f0(mb)} MB`);
  const load = (l: number[]) => l.map((n) => n.toFixed(2)).join(' ');
  const [small, large] = measured as [Measured, Measured, Measured];
  const growth = (a?: ScaleRow, b?: ScaleRow) => (a && b ? `×${(b.ms / a.ms).toFixed(2)}` : 'n/a');
  const cpuGrowth = (a?: ScaleRow, b?: ScaleRow) =>
    a?.cpuMs && b?.cpuMs ? `×${(b.cpuMs / a.cpuMs).toFixed(2)}` : 'n/a';
  const cpu = (row?: ScaleRow) => (row?.cpuMs == null ? 'n/a' : `${f0(row.cpuMs)} ms`);
  const beforeCols = baseline
    ? ` ${baselineName}: wall time | ${baselineName}: CPU time | ${baselineName}: peak RSS |`
    : '';
  const beforeRule = baseline ? ' ---: | ---: | ---: |' : '';
  writeSection(
    join(repoRoot, 'BENCHMARKS.md'),
    'scale-large',
    'Scale to 2,000 cities (bench/src/scale-large-main.ts)',
    `Produced by \`pnpm --filter @jianbao/bench bench:scale-large\` on ${host}: synthetic reports as in "Scale", each
briefing one child process \`jianbao brief DIR --format …\` (Node start and fonts included), median of ${runs};
CPU time (user + system) and peak RSS from GNU time: on this shared machine the CPU time moves far less with
the load than the wall time.${baseline ? ` The ${baselineName} columns: that build, run right after this one on the same input.` : ''}
Load average (1, 5, 15 min) ${load(before)} before, ${load(after)} after.

| cities | output | input | wall time | CPU time | peak RSS |${beforeCols} target |
| -----: | ------ | ----: | --------: | -------: | -------: |${beforeRule} -----: |
${measured
  .map(
    (m) =>
      `| ${m.row.cities} | ${m.label}${m.jsonMb !== undefined ? ` (${m.jsonMb.toFixed(1)} MB${m.jsonMbBefore !== undefined ? `; ${baselineName} ${m.jsonMbBefore.toFixed(1)} MB` : ''})` : ''} | ${f0(m.row.bytes / 1024)} KB | ${f0(m.row.ms)} ms | ${cpu(m.row)} | ${mem(m.row.rssMb)} |${
        baseline
          ? ` ${m.before ? `${f0(m.before.ms)} ms` : ''} | ${cpu(m.before)} | ${mem(m.before?.rssMb)} |`
          : ''
      } ${m.row.cities === 2000 && m.label !== 'data JSON' ? '≤ 30 s, ≤ 1 GB' : ''} |`,
  )
  .join('\n')}

Growth 500 → 2,000 cities (PDF + DOCX): wall time ${growth(small.row, large.row)}, CPU time ${cpuGrowth(small.row, large.row)} against ×4.00 linear${
      baseline
        ? ` (${baselineName}: ${growth(small.before, large.before)}, CPU ${cpuGrowth(small.before, large.before)})`
        : ''
    }; peak RSS ×${large.row.rssMb && small.row.rssMb ? (large.row.rssMb / small.row.rssMb).toFixed(2) : 'n/a'}.`,
  );
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
