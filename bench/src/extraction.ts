/**
 * Extraction throughput on 10 MB (the core bench reports 1 MB): the example article and the demo dataset
 * repeated, through core's public `extract` (normalize, split, figures), against
 * @microsoft/recognizers-text-number (numbers and percentages, Culture.Chinese, line by line) on the same text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, readSource } from '@jianbao/core';
import * as Numbers from '@microsoft/recognizers-text-number';
import { median } from './machine.js';
import { reportBodies } from './report-bodies.js';

export interface ExtractionFigures {
  mb: number;
  oursMbS: number;
  baselineMbS: number;
  runs: number;
  withArticle: boolean;
}

/** `targetMb` of report text: the article (when ../shared is present) and the 13 demo reports, repeated. */
export function corpus(repoRoot: string, targetMb: number): { text: string; withArticle: boolean } {
  const parts: string[] = [];
  const article = join(repoRoot, '../shared/seeds/000_25c6cbe3a67b6b86.txt');
  const withArticle = existsSync(article);
  if (withArticle) parts.push(readFileSync(article, 'utf8').replace(/^\uFEFF/, ''));
  parts.push(...reportBodies(join(repoRoot, 'apps/demo/data/jiangsu')));
  const unit = parts.join('\n\n');
  const times = Math.ceil((targetMb * 1e6) / Buffer.byteLength(unit, 'utf8'));
  return { text: Array.from({ length: times }, () => unit).join('\n\n'), withArticle };
}

function baseline(text: string): number {
  let found = 0;
  for (const line of text.split('\n')) {
    if (!line) continue;
    found += Numbers.recognizeNumber(line, Numbers.Culture.Chinese).length;
    found += Numbers.recognizePercentage(line, Numbers.Culture.Chinese).length;
  }
  return found;
}

function rate(mb: number, work: () => unknown, runs: number): number {
  const rates: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    rates.push(mb / ((performance.now() - start) / 1000));
  }
  return median(rates);
}

export function extractionBench(repoRoot: string, targetMb: number, runs: number): ExtractionFigures {
  const { text, withArticle } = corpus(repoRoot, targetMb);
  const mb = Buffer.byteLength(text, 'utf8') / 1e6;
  // One input of 10 MB with thousands of city sections: lift the limits meant for a single real submission.
  const ours = () =>
    extract(readSource(text, { origin: 'bench-10mb.txt', maxBytes: 64e6 }), {
      origin: 'bench-10mb.txt',
      maxSections: 1e6,
    });
  return {
    mb,
    oursMbS: rate(mb, ours, runs),
    baselineMbS: rate(mb, () => baseline(text), runs),
    runs,
    withArticle,
  };
}
