/**
 * `pnpm bench`: warm render time of a 13-city briefing as .docx, and how much of it is the pass that makes the
 * bytes deterministic (re-zipping docx's package), measured in the same run. Prints the figures and writes them
 * into BENCHMARKS.md between the docx markers. A benchmark, not a test: nothing here fails on a timing.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { type BriefingDocument, composeBriefing, extractReports, readSource, summarize } from '@jianbao/core';
import { renderDocx } from '../src/index.js';
import { makeDeterministic } from '../src/package/deterministic.js';
import { thirteenCityDocument } from '../test/thirteen-cities.js';

/** The workspace root, found from where pnpm runs the script (the bundle itself lives in node_modules/.bench). */
function workspaceRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`No pnpm-workspace.yaml above ${from}`);
    dir = up;
  }
  return dir;
}
const root = workspaceRoot(process.cwd());
const article = join(root, '../shared/seeds/000_25c6cbe3a67b6b86.txt');
const WARMUP = 3;
const RUNS = 11;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/**
 * Median wall-clock and CPU milliseconds. CPU time (user + system of this process) is what the render costs when
 * other work shares the machine; wall-clock is what a caller waits.
 */
async function timeIt(run: () => unknown): Promise<{ wall: number; cpu: number }> {
  for (let i = 0; i < WARMUP; i++) await run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    await run();
    const used = process.cpuUsage(startCpu);
    wall.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

async function briefing(): Promise<{ doc: BriefingDocument; label: string }> {
  if (existsSync(article)) {
    const reports = extractReports(readSource(readFileSync(article), { origin: '000_25c6cbe3a67b6b86.txt' }));
    const doc = await composeBriefing(summarize(reports), {
      issue: 3,
      recipients: { report: '省委辦公廳', issue: '各設區市人大常委會' },
      classification: '內部資料',
      copies: 80,
    });
    return { doc, label: 'the composed example article (13 Jiangsu cities, Traditional script)' };
  }
  return { doc: await thirteenCityDocument(), label: 'an invented 13-city briefing (../shared is absent)' };
}

const { doc, label } = await briefing();
const bytes = await renderDocx(doc);
const withComments = await timeIt(() => renderDocx(doc));
const without = await timeIt(() => renderDocx(doc, { provenance: false }));
const rezip = await timeIt(() => makeDeterministic(bytes, doc.meta.date));
const ms = (value: number) => value.toFixed(1);
const row = (name: string, time: { wall: number; cpu: number }, size: string) =>
  `| ${name} | ${ms(time.wall)} | ${ms(time.cpu)} | ${size} |`;
const withoutBytes = await renderDocx(doc, { provenance: false });

const section = [
  `Warm render of ${label} to .docx: median of ${RUNS} runs after ${WARMUP} warm-up runs, one core.`,
  '',
  '| renderDocx | median wall ms | median CPU ms | output |',
  '| ---------- | -------------: | ------------: | -----: |',
  row('with provenance comments (default)', withComments, `${(bytes.length / 1024).toFixed(0)} KB`),
  row('provenance off', without, `${(withoutBytes.length / 1024).toFixed(0)} KB`),
  row(
    'of which the determinism pass (unzip, fix ids and dates, re-zip)',
    rezip,
    `${((rezip.cpu / withComments.cpu) * 100).toFixed(0)} % of the CPU`,
  ),
  '',
  `Target ≤ 100 ms. Node ${process.version}; load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores while measuring.`,
].join('\n');
console.log(section);

const file = join(root, 'BENCHMARKS.md');
const start = '<!-- docx:start -->';
const end = '<!-- docx:end -->';
const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
const block = `${start}\n${section}\n${end}`;
const next =
  current.includes(start) && current.includes(end)
    ? current.slice(0, current.indexOf(start)) + block + current.slice(current.indexOf(end) + end.length)
    : `${current.trimEnd()}\n\n## Word renderer (docx)\n\n${block}\n`;
writeFileSync(file, next);
