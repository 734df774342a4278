/**
 * Cold start of the `jianbao` CLI, one fresh Node process per run: `--help`, `extract FILE --json` on one report
 * and on 10 MB of reports, and `brief DATASET --format json | docx | pdf` on the 13-city dataset. With COLD_BASELINE=<path to another build's
 * dist/cli.js> (e.g. the commit before a change, built in a temporary clone) both builds run paired, alternating
 * run by run, so that load on the machine falls on both alike. Medians of wall time; the load average is printed
 * with the table. A benchmark, not a test: nothing here fails on a figure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './machine.js';
import { reportBodies } from './report-bodies.js';

export interface ColdRow {
  label: string;
  ms: number;
  baselineMs: number | null;
  /** Bytes read, where the row is a throughput (MB/s printed beside the time). */
  bytes: number | null;
  /** Issue 21's target for the row, as printed. */
  target: string;
}

/** The dataset's report bodies (front matter left out) repeated to `bytes`: one long report, as one file. */
function repeatedReports(dataset: string, bytes: number): string {
  const bodies = reportBodies(dataset);
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const body = `${bodies[i % bodies.length]}\n`;
    parts.push(body);
    size += Buffer.byteLength(body);
  }
  return parts.join('');
}

/** Our cold PDF against LibreOffice converting the same briefing's DOCX, each a fresh process, alternating. */
export interface OfficeYardstick {
  oursMs: number;
  officeMs: number;
}

export interface ColdStart {
  rows: ColdRow[];
  office: OfficeYardstick | null;
  runs: number;
  loadBefore: number[];
  loadAfter: number[];
}

function timeRun(cli: string, args: readonly string[], cwd: string, command = process.execPath): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(command, cli ? [cli, ...args] : [...args], {
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
  const large = join(out, 'reports-10mb.md');
  const largeText = repeatedReports(dataset, 10_000_000);
  writeFileSync(large, largeText);
  const cases: [label: string, args: string[], target: string, bytes: number | null][] = [
    ['`--help`', ['--help'], '≤ 200 ms', null],
    ['`extract 01-nanjing.md --json`', ['extract', join(dataset, '01-nanjing.md'), '--json'], '', null],
    [
      '`extract` 10 MB `--json` (the reports repeated)',
      ['extract', large, '--json'],
      '≥ 10 MB/s',
      Buffer.byteLength(largeText),
    ],
    ['`brief jiangsu --format json`', ['brief', dataset, '--format', 'json', '--out', out], '≤ 350 ms', null],
    ['`brief jiangsu --format docx`', ['brief', dataset, '--format', 'docx', '--out', out], '', null],
    ['`brief jiangsu --format pdf`', ['brief', dataset, '--format', 'pdf', '--out', out], '≤ 800 ms', null],
  ];
  const loadBefore = loadavg();
  try {
    const rows = cases.map(([label, args, target, bytes]): ColdRow => {
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
      return { label, ms: median(ours), baselineMs: baseline ? median(theirs) : null, bytes, target };
    });
    const office = officeYardstick(cli, dataset, out, repoRoot, runs);
    return { rows, office, runs, loadBefore, loadAfter: loadavg() };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function hasSoffice(): boolean {
  return spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * The yardstick: LibreOffice (`soffice --headless --convert-to pdf`, its own profile, made in one unmeasured run)
 * converting the DOCX of the same 13-city briefing, against `jianbao brief --format pdf` from the reports — both
 * cold processes, alternating run by run. Skipped (null) where soffice is not installed.
 */
function officeYardstick(
  cli: string,
  dataset: string,
  out: string,
  cwd: string,
  runs: number,
): OfficeYardstick | null {
  if (!hasSoffice()) return null;
  timeRun(cli, ['brief', dataset, '--format', 'docx', '--out', out, '--base', 'yardstick'], cwd);
  const docx = join(out, 'yardstick-briefing.docx');
  const profile = `file://${join(out, 'lo-profile')}`;
  const office = [
    '',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      join(out, 'lo'),
      docx,
    ],
  ] as const;
  const ours = ['brief', dataset, '--format', 'pdf', '--out', join(out, 'ours')];
  timeRun(office[0], office[1], cwd, 'soffice'); // creates the profile
  const oursMs: number[] = [];
  const officeMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2) officeMs.push(timeRun(office[0], office[1], cwd, 'soffice'));
    oursMs.push(timeRun(cli, ours, cwd));
    if (!(i % 2)) officeMs.push(timeRun(office[0], office[1], cwd, 'soffice'));
  }
  return { oursMs: median(oursMs), officeMs: median(officeMs) };
}

export function coldStartTable(result: ColdStart, host: string, baselineName?: string): string {
  const f0 = (n: number) => n.toFixed(0);
  const load = (l: number[]) => l.map((n) => n.toFixed(2)).join(' ');
  const time = (ms: number, bytes: number | null) =>
    bytes == null ? `${f0(ms)} ms` : `${f0(ms)} ms (${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s)`;
  const head = baselineName
    ? `| command | before (${baselineName}) | after | after / before | target (issue 21) |\n| ------- | -----: | -----: | -----: | -----: |`
    : '| command | wall time | target (issue 21) |\n| ------- | -----: | -----: |';
  const rows = result.rows.map((r) =>
    r.baselineMs == null
      ? `| ${r.label} | ${time(r.ms, r.bytes)} | ${r.target} |`
      : `| ${r.label} | ${time(r.baselineMs, r.bytes)} | ${time(r.ms, r.bytes)} | ×${(r.ms / r.baselineMs).toFixed(2)} | ${r.target} |`,
  );
  return `Produced by bench/src/cold-start.ts (\`pnpm bench\`, or \`pnpm --filter @jianbao/bench bench:cold-start\` alone) on ${host}:
one fresh \`node apps/demo/dist/cli.js …\` process per run, wall time, median of ${result.runs}${baselineName ? ', both builds paired in one run, alternating' : ''}.
Load average (1, 5, 15 min) ${load(result.loadBefore)} before, ${load(result.loadAfter)} after.

${head}
${rows.join('\n')}
${
  result.office
    ? `
Yardstick, paired in the same run (cold against cold, alternating): \`jianbao brief jiangsu --format pdf\` (reading,
extracting, composing and typesetting) ${f0(result.office.oursMs)} ms; LibreOffice converting that briefing's DOCX to PDF
(\`soffice --headless --convert-to pdf\`, profile already made) ${f0(result.office.officeMs)} ms — ours ×${(result.office.officeMs / result.office.oursMs).toFixed(2)} faster.`
    : '\nLibreOffice (soffice) is not installed here: no yardstick row.'
}`;
}
