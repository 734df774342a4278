/**
 * `pnpm --filter @jianbao/bench bench:typst`: Typst as the yardstick (typst.ts) into BENCHMARKS.md. RUNS=<n>
 * sets the cold runs (default 5).
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machine } from './machine.js';
import { writeSection } from './markers.js';
import { typstBench, typstTable } from './typst.js';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const host = machine(); // the load average before the runs
const result = await typstBench(repoRoot, Number(process.env.RUNS ?? 5));
console.log('typst yardstick', result);
writeSection(
  join(repoRoot, 'BENCHMARKS.md'),
  'typst',
  'Typst as the yardstick (bench/src/typst.ts)',
  typstTable(result, host),
);
