/**
 * Typst as the yardstick for typesetting speed (issue 21). The 13-city dataset is composed once into a
 * BriefingDocument; then, paired in one run:
 * - cold: one fresh Node process per run for our renderer (children/jianbao-pdf.mjs: load @jianbao/pdf, the
 *   fonts and the document JSON, typeset, write) and for Typst (children/typst-pdf.mjs: load the compiler, the
 *   same five font files and the document as Typst source, typeset, write), and LibreOffice converting our DOCX
 *   of the same document (the existing yardstick), alternating run by run;
 * - warm: both in this process after warm-up runs; Typst once with its memo cache as it is (the same source
 *   again), once with the cache evicted before every run (our renderer keeps parsed fonts, not layouts);
 * - the warm pipeline: read → extract → summarize → compose → PDF + DOCX in this process.
 * A benchmark, not a test: nothing here fails on a figure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BriefingDocument, composeBriefing, summarize } from '@jianbao/core';
import { renderDocx } from '@jianbao/docx';
import { type FaceRole, facePath } from '@jianbao/fonts/node';
import type { FontRole, PdfFonts } from '@jianbao/pdf';
import { renderPdfNode } from '@jianbao/pdf/node';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { median, WARM_RUNS, WARM_UPS } from './machine.js';
import { readReports } from './pipeline.js';
import { typstMarkup } from './typst-markup.js';

const WENKAI = '/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf';

/** The five font files the CLI sets the 13-city briefing in: @jianbao/fonts' subsets and the system WenKai. */
export function fontFiles(): Record<FontRole, string> {
  const subset = (role: FaceRole) => facePath(role);
  return {
    body: subset('body'),
    title: subset('title'),
    heading1: subset('heading1'),
    // No bundled Kai: where WenKai is absent, both engines set (一) headings in the body face.
    heading2: existsSync(WENKAI) ? WENKAI : subset('body'),
    chart: subset('chart'),
  };
}

const FAMILIES = {
  body: 'Noto Serif SC',
  title: 'Noto Serif SC',
  heading1: 'Noto Sans SC',
  heading2: existsSync(WENKAI) ? 'LXGW WenKai' : 'Noto Serif SC',
  chart: 'Noto Sans SC',
};

async function compose(dataDir: string): Promise<BriefingDocument> {
  return composeBriefing(summarize(readReports(dataDir)), { script: 'auto', style: 'official' });
}

function pdfFonts(files: Record<FontRole, string>): PdfFonts {
  const read = (path: string) => ({ data: readFileSync(path), origin: path, id: path });
  return {
    body: read(files.body),
    title: read(files.title),
    heading1: read(files.heading1),
    heading2: read(files.heading2),
    chart: read(files.chart),
  };
}

function run(command: string, args: readonly string[]): number {
  const start = performance.now();
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - start;
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr.slice(-1000)}`);
  return ms;
}

const pages = (pdf: Uint8Array) =>
  (
    Buffer.from(pdf)
      .toString('latin1')
      .match(/\/Type\s*\/Page[^s]/g) ?? []
  ).length;

export interface TypstFigures {
  runs: number;
  loadBefore: number[];
  loadAfter: number[];
  cold: { ours: number; typst: number; office: number | null };
  warm: { ours: number; typstMemo: number; typstFresh: number; rampUp: number[] };
  pipeline: { total: number; pdf: number; docx: number };
  pages: { ours: number; typst: number };
  bytes: { ours: number; typst: number };
}

export async function typstBench(repoRoot: string, runs: number): Promise<TypstFigures> {
  const loadBefore = loadavg();
  const dataDir = join(repoRoot, 'apps/demo/data/jiangsu');
  const tmp = mkdtempSync(join(tmpdir(), 'jianbao-typst-'));
  const children = fileURLToPath(new URL('children/', import.meta.url));
  try {
    const doc = await compose(dataDir);
    const files = fontFiles();
    const docJson = join(tmp, 'briefing.json');
    const main = join(tmp, 'briefing.typ');
    const docxFile = join(tmp, 'briefing.docx');
    writeFileSync(docJson, JSON.stringify(doc));
    writeFileSync(main, typstMarkup(doc, FAMILIES));
    writeFileSync(docxFile, await renderDocx(doc));

    const oursArgs = [
      join(children, 'jianbao-pdf.mjs'),
      docJson,
      join(tmp, 'ours.pdf'),
      ...Object.entries(files).map(([role, path]) => `${role}=${path}`),
    ];
    const typstArgs = [
      join(children, 'typst-pdf.mjs'),
      main,
      join(tmp, 'typst.pdf'),
      ...new Set(Object.values(files)),
    ];
    const hasOffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
    const officeArgs = [
      `-env:UserInstallation=file://${join(tmp, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      join(tmp, 'lo'),
      docxFile,
    ];
    // One unmeasured run each: the file cache and LibreOffice's profile, not the engines, are what it warms.
    run(process.execPath, oursArgs);
    run(process.execPath, typstArgs);
    if (hasOffice) run('soffice', officeArgs);
    const cold = { ours: [] as number[], typst: [] as number[], office: [] as number[] };
    for (let i = 0; i < runs; i++) {
      // Rotate the order so that no engine always runs first after a pause.
      const order = [
        () => cold.ours.push(run(process.execPath, oursArgs)),
        () => cold.typst.push(run(process.execPath, typstArgs)),
        ...(hasOffice ? [() => cold.office.push(run('soffice', officeArgs))] : []),
      ];
      for (let k = 0; k < order.length; k++) order[(i + k) % order.length]?.();
    }
    const oursPdf = readFileSync(join(tmp, 'ours.pdf'));
    const typstPdf = readFileSync(join(tmp, 'typst.pdf'));

    // Warm, in this process.
    const fonts = pdfFonts(files);
    const compiler = NodeCompiler.create({
      fontArgs: [{ fontBlobs: [...new Set(Object.values(files))].map((path) => readFileSync(path)) }],
    });
    const source = readFileSync(main, 'utf8');
    const time = async (work: () => unknown): Promise<number> => {
      const start = performance.now();
      await work();
      return performance.now() - start;
    };
    const warmRuns = Math.max(runs, WARM_RUNS);
    const warm = { ours: [] as number[], typstMemo: [] as number[], typstFresh: [] as number[] };
    // Warm means steady: V8 optimises pdfmake, pdfkit and fontkit over the first ten or so renders (the times
    // of these warm-up runs are reported with the table); Typst is native code, with no JIT to warm.
    const rampUp: number[] = [];
    for (let i = 0; i < WARM_UPS; i++) {
      rampUp.push(await time(() => renderPdfNode(doc, { fonts })));
      compiler.pdf({ mainFileContent: source });
    }
    for (let i = 0; i < warmRuns; i++) {
      warm.ours.push(await time(() => renderPdfNode(doc, { fonts })));
      warm.typstMemo.push(await time(() => compiler.pdf({ mainFileContent: source })));
      compiler.evictCache(0);
      warm.typstFresh.push(await time(() => compiler.pdf({ mainFileContent: source })));
    }

    // The warm pipeline, as a library user runs it: reports in, PDF and DOCX out.
    const pipeline = { total: [] as number[], pdf: [] as number[], docx: [] as number[] };
    for (let i = 0; i < warmRuns + WARM_UPS; i++) {
      const t0 = performance.now();
      const composed = await compose(dataDir);
      const t1 = performance.now();
      await renderPdfNode(composed, { fonts });
      const t2 = performance.now();
      await renderDocx(composed);
      const t3 = performance.now();
      if (i < WARM_UPS) continue;
      pipeline.total.push(t3 - t0);
      pipeline.pdf.push(t2 - t1);
      pipeline.docx.push(t3 - t2);
    }
    return {
      runs,
      loadBefore,
      loadAfter: loadavg(),
      cold: {
        ours: median(cold.ours),
        typst: median(cold.typst),
        office: hasOffice ? median(cold.office) : null,
      },
      warm: {
        ours: median(warm.ours),
        typstMemo: median(warm.typstMemo),
        typstFresh: median(warm.typstFresh),
        rampUp,
      },
      pipeline: { total: median(pipeline.total), pdf: median(pipeline.pdf), docx: median(pipeline.docx) },
      pages: { ours: pages(oursPdf), typst: pages(typstPdf) },
      bytes: { ours: oursPdf.length, typst: typstPdf.length },
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export function typstTable(r: TypstFigures, host: string): string {
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  const x = (a: number, b: number) => `×${(a / b).toFixed(2)}`;
  const load = (l: number[]) => l.map((n) => n.toFixed(2)).join(' ');
  const kb = (n: number) => `${Math.round(n / 1024)} KB`;
  return `Produced by bench/src/typst.ts (\`pnpm --filter @jianbao/bench bench:typst\`) on ${host}.
Load average (1, 5, 15 min) ${load(r.loadBefore)} before, ${load(r.loadAfter)} after: a shared machine; wall times under load are
longer than on a quiet one, the ratios (paired in one run) less so. The 13-city dataset composed once into a
BriefingDocument; both engines set it in the same five font files (@jianbao/fonts' subsets, the system LXGW WenKai).
Typst (\`@myriaddreamin/typst-ts-node-compiler\` 0.7.0) gets the document as Typst source from
bench/src/typst-markup.ts (the same blocks in its own layout: ${r.pages.typst} pages against our ${r.pages.ours}).
Cold: one fresh Node process per run (bench/src/children/), engines rotated run by run, median of ${r.runs}.
Warm: in one process after ${WARM_UPS} warm-up runs, engines alternating run by run, median of ${Math.max(r.runs, WARM_RUNS)}; our
renders while V8 optimises them, in the warm-up runs: ${r.warm.rampUp.map((n) => n.toFixed(0)).join(', ')} ms.

| measure | ours (pdfmake) | Typst | ours / Typst | LibreOffice (our DOCX → PDF) |
| ------- | -----: | -----: | -----: | -----: |
| cold process, document → PDF | ${ms(r.cold.ours)} | ${ms(r.cold.typst)} | ${x(r.cold.ours, r.cold.typst)} | ${r.cold.office == null ? 'not installed' : `${ms(r.cold.office)} (ours ${x(r.cold.office, r.cold.ours)} faster)`} |
| warm render, Typst's memo cache evicted each run | ${ms(r.warm.ours)} | ${ms(r.warm.typstFresh)} | ${x(r.warm.ours, r.warm.typstFresh)} | |
| warm render, Typst's memo cache kept (same source again) | ${ms(r.warm.ours)} | ${ms(r.warm.typstMemo)} | ${x(r.warm.ours, r.warm.typstMemo)} | |
| PDF size | ${kb(r.bytes.ours)} | ${kb(r.bytes.typst)} | | |

Warm pipeline in one process (read → extract → summarize → compose → PDF + DOCX, same fonts), median of
${Math.max(r.runs, WARM_RUNS)} after ${WARM_UPS} warm-up runs: ${ms(r.pipeline.total)} (PDF ${ms(r.pipeline.pdf)}, DOCX ${ms(r.pipeline.docx)}); target ≤ 150 ms and
within ×2 of Typst warm: PDF ${x(r.pipeline.pdf, r.warm.typstFresh)} Typst's evicted-cache render.`;
}
