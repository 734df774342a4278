/**
 * The 13-city demo pipeline (read → extract → summarize → compose → PDF + DOCX): as a cold process (the CLI,
 * Node start and font loading included) and warm in this process, plus the first-render cost that the
 * parsed-font cache removes from every later render.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeBriefing, extract, readSource, reportsOf, summarize } from '@jianbao/core';
import { renderDocx } from '@jianbao/docx';
import { renderPdfNode } from '@jianbao/pdf/node';
import { median, WARM_RUNS, WARM_UPS } from './machine.js';
import { timed } from './run.js';

/** The dataset's city reports (its README left out), read and extracted as the CLI does. */
export function readReports(dataDir: string) {
  return readdirSync(dataDir)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .sort()
    .flatMap((name) => {
      const origin = `jiangsu/${name}`;
      const source = readSource(new Uint8Array(readFileSync(join(dataDir, name))), { origin });
      return reportsOf(source, extract(source, { origin }), { preface: true, origin });
    });
}

export interface PipelineFigures {
  coldMs: number;
  coldRssMb: number | null;
  coldRuns: number;
  firstMs: number;
  firstPdfMs: number;
  warmMs: number;
  warmPdfMs: number;
  warmDocxMs: number;
  warmRuns: number;
}

/** One whole run in this process; returns the time of each stage that matters here. */
async function once(dataDir: string): Promise<{ total: number; pdf: number; docx: number }> {
  const t0 = performance.now();
  const reports = readReports(dataDir);
  const doc = await composeBriefing(summarize(reports), { script: 'auto', style: 'official' });
  const t1 = performance.now();
  await renderPdfNode(doc);
  const t2 = performance.now();
  await renderDocx(doc);
  const t3 = performance.now();
  return { total: t3 - t0, pdf: t2 - t1, docx: t3 - t2 };
}

export async function pipelineBench(repoRoot: string, tmp: string, runs: number): Promise<PipelineFigures> {
  const cli = join(repoRoot, 'apps/demo/dist/cli.js');
  const data = join(repoRoot, 'apps/demo/data/jiangsu');
  const cold = Array.from({ length: runs }, (_, i) =>
    timed([cli, 'brief', data, '--format', 'pdf,docx', '--out', join(tmp, `cold-${i}`)], repoRoot),
  );
  const first = await once(data);
  for (let i = 1; i < WARM_UPS; i++) await once(data);
  const warm: Array<{ total: number; pdf: number; docx: number }> = [];
  for (let i = 0; i < WARM_RUNS; i++) warm.push(await once(data));
  return {
    coldMs: median(cold.map((r) => r.ms)),
    coldRssMb: cold[0]?.rssMb == null ? null : median(cold.map((r) => r.rssMb ?? 0)),
    coldRuns: runs,
    firstMs: first.total,
    firstPdfMs: first.pdf,
    warmMs: median(warm.map((r) => r.total)),
    warmPdfMs: median(warm.map((r) => r.pdf)),
    warmDocxMs: median(warm.map((r) => r.docx)),
    warmRuns: WARM_RUNS,
  };
}
