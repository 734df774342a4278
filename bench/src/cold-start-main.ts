/**
 * `pnpm --filter @jianbao/bench bench:cold-start`: only the cold-start table (cold-start.ts) into BENCHMARKS.md.
 * COLD_BASELINE=<other build's dist/cli.js> and COLD_BASELINE_NAME=<its commit> add a paired "before" column.
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coldStartBench, coldStartTable } from './cold-start.js';
import { machine } from './machine.js';
import { writeSection } from './markers.js';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const baseline = process.env.COLD_BASELINE || undefined;
const host = machine(); // the load average before the runs
const result = coldStartBench(repoRoot, Number(process.env.RUNS ?? 5), baseline);
console.log('cold start', result);
writeSection(
  join(repoRoot, 'BENCHMARKS.md'),
  'cold-start',
  'Cold start (bench/src/cold-start.ts)',
  coldStartTable(result, host, baseline ? (process.env.COLD_BASELINE_NAME ?? baseline) : undefined),
);
