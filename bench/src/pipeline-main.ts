/**
 * `pnpm --filter @jianbao/bench bench:pipeline`: only the pipeline section (pipeline-section.ts) into BENCHMARKS.md.
 * RUNS (default 5) sets the runs per median.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machine } from './machine.js';
import { writePipeline } from './pipeline-section.js';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const tmp = mkdtempSync(join(tmpdir(), 'jianbao-bench-'));
try {
  await writePipeline(repoRoot, tmp, Number(process.env.RUNS ?? 5), machine());
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
