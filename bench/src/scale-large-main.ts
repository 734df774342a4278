/**
 * `pnpm --filter @jianbao/bench bench:scale-large`: 500 and 2,000 synthetic cities briefed to PDF + DOCX by the CLI
 * (one child process each: wall time, peak RSS), into BENCHMARKS.md's "Scale to 2,000 cities" section. Tables are
 * no longer capped at 500 rows: the 2,000-city briefing's data table has 2,002 rows over some 60 pages.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machine } from './machine.js';
import { writeSection } from './markers.js';
import { scaleBench } from './scale.js';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const runs = Number(process.env.SCALE_RUNS ?? 1);
const host = machine();
const tmp = mkdtempSync(join(tmpdir(), 'jianbao-scale-large-'));
try {
  const before = loadavg();
  const rows = scaleBench(repoRoot, tmp, [500, 2000], runs, 'pdf,docx');
  const after = loadavg();
  console.log('scale to 2,000 cities', rows);
  const [small, large] = rows as [(typeof rows)[0], (typeof rows)[0]];
  const f0 = (n: number) => n.toFixed(0);
  const mem = (mb: number | null) => (mb == null ? 'n/a' : `${f0(mb)} MB`);
  const load = (l: number[]) => l.map((n) => n.toFixed(2)).join(' ');
  writeSection(
    join(repoRoot, 'BENCHMARKS.md'),
    'scale-large',
    'Scale to 2,000 cities (bench/src/scale-large-main.ts)',
    `Produced by \`pnpm --filter @jianbao/bench bench:scale-large\` on ${host}: synthetic reports as in "Scale", each
briefing one child process \`jianbao brief DIR --format pdf,docx\` (Node start and fonts included), median of ${runs};
peak RSS from GNU time. Load average (1, 5, 15 min) ${load(before)} before, ${load(after)} after.

| cities | input | wall time (PDF + DOCX) | peak RSS | target |
| -----: | ----: | ---------------------: | -------: | -----: |
${rows.map((r) => `| ${r.cities} | ${f0(r.bytes / 1024)} KB | ${f0(r.ms)} ms | ${mem(r.rssMb)} | ${r.cities === 2000 ? '≤ 30 s, ≤ 1 GB' : ''} |`).join('\n')}

Growth 500 → 2,000 cities: time ×${(large.ms / small.ms).toFixed(2)} against ×4.00 linear; peak RSS ×${large.rssMb && small.rssMb ? (large.rssMb / small.rssMb).toFixed(2) : 'n/a'}.`,
  );
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
