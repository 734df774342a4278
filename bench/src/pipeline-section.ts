import { join } from 'node:path';
import { extractionBench } from './extraction.js';
import { WARM_UPS } from './machine.js';
import { writeSection } from './markers.js';
import { pipelineBench } from './pipeline.js';

const f0 = (n: number) => n.toFixed(0);
const f1 = (n: number) => n.toFixed(1);
const mem = (mb: number | null) => (mb == null ? 'n/a (no /usr/bin/time)' : `${f0(mb)} MB`);

/**
 * The pipeline section of BENCHMARKS.md (the 13-city pipeline cold and warm, extraction on 10 MB), measured and
 * written; returns the header line the other sections of `pnpm bench` share.
 */
export async function writePipeline(
  repoRoot: string,
  tmp: string,
  runs: number,
  host: string,
): Promise<string> {
  const p = await pipelineBench(repoRoot, tmp, runs);
  console.log('pipeline', p);
  const x = extractionBench(repoRoot, 10, runs);
  console.log('extraction', x);
  const header = `Produced by \`pnpm bench\` (bench/src/main.ts; the pipeline alone: \`pnpm --filter @jianbao/bench bench:pipeline\`), medians of ${runs} runs, on ${host}.`;
  writeSection(
    join(repoRoot, 'BENCHMARKS.md'),
    'pipeline',
    'Pipeline',
    `${header}

| measure | figure | target |
| ------- | -----: | -----: |
| 13-city demo, cold process (\`node apps/demo/dist/cli.js brief … --format pdf,docx\`, Node start and fonts included), ${p.coldRuns} processes | ${f0(p.coldMs)} ms, peak RSS ${mem(p.coldRssMb)} | ≤ 1500 ms |
| 13-city demo, warm in one process (read → extract → summarize → compose → PDF + DOCX), median of ${p.warmRuns} after ${WARM_UPS} warm-up runs | ${f0(p.warmMs)} ms (PDF ${f0(p.warmPdfMs)} ms, DOCX ${f0(p.warmDocxMs)} ms) | ≤ 150 ms (issue 21) |
| the same, first run in the process (fonts read and parsed) | ${f0(p.firstMs)} ms (PDF ${f0(p.firstPdfMs)} ms) | |
| extraction, ${f1(x.mb)} MB (${x.withArticle ? 'example article and' : 'without the example article (../shared absent):'} demo dataset repeated), core \`extract\` | ${f1(x.oursMbS)} MB/s | ≥ 15 MB/s warm (issue 21) |
| @microsoft/recognizers-text-number on the same text (numbers + percentages, line by line) | ${f1(x.baselineMbS)} MB/s (ours ×${f1(x.oursMbS / x.baselineMbS)}) | ours ≥ ×10 |

Font work once per process: the warm PDF render (${f0(p.warmPdfMs)} ms) against the first (${f0(p.firstPdfMs)} ms) is the
parse that \`@jianbao/pdf\`'s parsed-font cache (fonts/font-cache.ts and node/reuse-parsed-fonts.ts) saves on every
later render. renderPdf / renderDocx warm and LibreOffice's conversion: see the pdf and docx sections; the
extraction row is warm, its cold counterpart (\`extract --json\` as a fresh process) is in "Cold start".`,
  );
  return header;
}
