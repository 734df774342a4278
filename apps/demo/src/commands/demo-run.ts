import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProvincialSummary } from '@jianbao/core';
import type { Command } from 'commander';
import { formatMetric, formatTotal } from '../format/figures.js';
import { formatTable } from '../format/table.js';
import { type LayoutCliOptions, layoutBriefOptions } from '../options.js';
import { type BriefResult, brief } from '../pipeline.js';
import { createProgress } from '../progress.js';
import { exitCodeOf, reportFailures } from '../report.js';
import { StageTimer, type StageTiming } from '../timings.js';

/**
 * The bundled dataset, found from this module's own location (dist/cli.js once built, src/commands/ in
 * tests), never from the working directory: `jianbao demo` works from anywhere.
 */
export function bundledDataDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 4; up++) {
    const candidate = join(dir, 'data', 'jiangsu');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  throw new Error('the bundled Jiangsu dataset (data/jiangsu) is missing from this installation');
}

const KEY_TOTALS = 5;

/** City, figures found, and the city's three most telling figures; then the province's leading totals. */
export function formatDemoSummary(summary: ProvincialSummary): string {
  const rows = summary.cities.map((city) => [
    city.city,
    String(city.figureCount),
    String(city.firsts.length),
    String(city.laws.length),
    city.keyFigures
      .slice(0, 3)
      .map((f) => `${f.metric.label} ${formatMetric(f.metric)}`)
      .join(' · '),
  ]);
  const cityTable = formatTable(
    [
      { header: 'city' },
      { header: 'figures', align: 'right' },
      { header: 'firsts', align: 'right' },
      { header: 'laws', align: 'right' },
      { header: 'key figures' },
    ],
    rows,
  );
  const leading = [...summary.totals]
    .sort((a, b) => b.cities.length - a.cities.length)
    .slice(0, KEY_TOTALS)
    .map((t) => [t.name, formatTotal(t), `${t.cities.length}/${summary.cities.length} cities`]);
  const totalsTable = formatTable(
    [{ header: 'key total' }, { header: 'province-wide', align: 'right' }, { header: 'reported by' }],
    leading,
  );
  const figures = summary.cities.reduce((n, c) => n + c.figureCount, 0);
  return `${cityTable}\n\n${summary.cities.length} cities, ${figures} figures\n\n${totalsTable}\n`;
}

export function formatTimings(stages: readonly StageTiming[]): string {
  const total = stages.reduce((ms, s) => ms + s.ms, 0);
  return [...stages, { stage: 'total', ms: total }]
    .map((s) => `  ${s.stage.padEnd(12)} ${Math.round(s.ms).toString().padStart(6)} ms`)
    .join('\n');
}

function printDemo(result: BriefResult, timer: StageTimer): void {
  if (!result.summary) return;
  const out = process.stdout;
  out.write(`${formatDemoSummary(result.summary)}\n`);
  out.write(`Wrote:\n${result.written.map((p) => `  ${p}`).join('\n')}\n\n`);
  out.write(`Time per stage:\n${formatTimings(timer.stages)}\n`);
}

export type DemoCliOptions = LayoutCliOptions & {
  out: string;
  script: 'hans' | 'hant' | 'auto';
  style: 'official' | 'modern';
  font: string[];
  provenance: boolean;
};

/** `jianbao demo`: loaded only when the command runs, so `--help` loads no pipeline. */
export async function runDemo(
  options: DemoCliOptions,
  self: Command,
  setExitCode: (code: number) => void,
): Promise<void> {
  const debug = Boolean(self.optsWithGlobals().debug);
  const timer = new StageTimer();
  const data = bundledDataDir();
  const result = await brief(
    [data],
    {
      formats: ['pdf', 'docx', 'json'],
      out: options.out,
      base: 'jiangsu',
      script: options.script,
      style: options.style,
      fonts: options.font,
      ...layoutBriefOptions(options),
      provenance: options.provenance,
      keepGoing: false,
      // Origins read `jiangsu/01-nanjing.md` wherever the demo runs from, so its outputs are identical.
      root: dirname(data),
    },
    await createProgress(),
    timer,
  );
  reportFailures(result, { debug, keepGoing: false });
  printDemo(result, timer);
  setExitCode(exitCodeOf(result));
}
