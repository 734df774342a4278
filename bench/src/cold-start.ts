/**
 * Cold start of the `jianbao` CLI, one fresh Node process per run: `--help`, `extract FILE --json`, and
 * `brief DATASET --format json | docx | pdf` on the 13-city dataset. With COLD_BASELINE=<path to another build's
 * dist/cli.js> (e.g. the commit before a change, built in a temporary clone) both builds run paired, alternating
 * run by run, so that load on the machine falls on both alike. Medians of wall time; the load average is printed
 * with the table. A benchmark, not a test: nothing here fails on a figure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './machine.js';

export interface ColdRow {
  label: string;
  ms: number;
  baselineMs: number | null;
}

export interface ColdStart {
  rows: ColdRow[];
  runs: number;
  loadBefore: number[];
  loadAfter: number[];
}

function timeRun(cli: string, args: readonly string[], cwd: string): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`${cli} ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return ms;
}

export function coldStartBench(repoRoot: string, runs: number, baseline?: string): ColdStart {
  const cli = join(repoRoot, 'apps/demo/dist/cli.js');
  const dataset = join(repoRoot, 'apps/demo/data/jiangsu');
  const out = mkdtempSync(join(tmpdir(), 'jianbao-cold-'));
  const cases: [string, string[]][] = [
    ['`--help`', ['--help']],
    ['`extract 01-nanjing.md --json`', ['extract', join(dataset, '01-nanjing.md'), '--json']],
    ['`brief jiangsu --format json`', ['brief', dataset, '--format', 'json', '--out', out]],
    ['`brief jiangsu --format docx`', ['brief', dataset, '--format', 'docx', '--out', out]],
    ['`brief jiangsu --format pdf`', ['brief', dataset, '--format', 'pdf', '--out', out]],
  ];
  const loadBefore = loadavg();
  try {
    const rows = cases.map(([label, args]) => {
      timeRun(cli, args, repoRoot); // one unmeasured run: the file cache, not Node, is what a first run warms
      if (baseline) timeRun(baseline, args, repoRoot);
      const ours: number[] = [];
      const theirs: number[] = [];
      for (let i = 0; i < runs; i++) {
        // Alternate which build goes first, so neither always follows the other.
        if (baseline && i % 2) theirs.push(timeRun(baseline, args, repoRoot));
        ours.push(timeRun(cli, args, repoRoot));
        if (baseline && !(i % 2)) theirs.push(timeRun(baseline, args, repoRoot));
      }
      return { label, ms: median(ours), baselineMs: baseline ? median(theirs) : null };
    });
    return { rows, runs, loadBefore, loadAfter: loadavg() };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export function coldStartTable(result: ColdStart, host: string, baselineName?: string): string {
  const f0 = (n: number) => n.toFixed(0);
  const load = (l: number[]) => l.map((n) => n.toFixed(2)).join(' ');
  const head = baselineName
    ? `| command | before (${baselineName}) | after | after / before |\n| ------- | -----: | -----: | -----: |`
    : '| command | wall time |\n| ------- | -----: |';
  const rows = result.rows.map((r) =>
    r.baselineMs == null
      ? `| ${r.label} | ${f0(r.ms)} ms |`
      : `| ${r.label} | ${f0(r.baselineMs)} ms | ${f0(r.ms)} ms | ×${(r.ms / r.baselineMs).toFixed(2)} |`,
  );
  return `Produced by bench/src/cold-start.ts (\`pnpm bench\`, or \`pnpm --filter @jianbao/bench bench:cold-start\` alone) on ${host}:
one fresh \`node apps/demo/dist/cli.js …\` process per run, wall time, median of ${result.runs}${baselineName ? ', both builds paired in one run, alternating' : ''}.
Load average (1, 5, 15 min) ${load(result.loadBefore)} before, ${load(result.loadAfter)} after.

${head}
${rows.join('\n')}`;
}
