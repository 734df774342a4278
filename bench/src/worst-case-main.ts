/** `pnpm --filter @jianbao/bench bench:worst-case`: only the worst-case table of BENCHMARKS.md (worst-case.ts). */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machine } from './machine.js';
import { writeWorstCase } from './worst-case.js';

const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
console.log(await writeWorstCase(repoRoot, Number(process.env.WORST_RUNS ?? 3), machine()));
