import { readFileSync } from 'node:fs';
import { extract, readSource } from '../src/index.js';
import { bigramF1 } from './label-agreement.js';

const sets: [string, string, string][] = [
  ['article', '../../../shared/seeds/000_25c6cbe3a67b6b86.txt', 'test/fixtures/labels/article.json'],
  ['donghu', 'test/fixtures/extract/hans-donghu.md', 'test/fixtures/extract/hans-donghu.json'],
  ['xijiang', 'test/fixtures/extract/hant-xijiang.md', 'test/fixtures/extract/hant-xijiang.json'],
];
const rows: [number, string][] = [];
for (const [name, textFile, labelFile] of sets) {
  const src = readSource(new Uint8Array(readFileSync(textFile)), { origin: textFile });
  const x = extract(src);
  const ms = x.sections.flatMap((s) => s.metrics);
  const raw = JSON.parse(readFileSync(labelFile, 'utf8'));
  const labels = Array.isArray(raw) ? raw : (raw.labels ?? raw.metrics ?? raw.figures);
  const used = new Set<number>();
  for (const l of labels) {
    const i = ms.findIndex((m, k) => !used.has(k) && m.text === l.text && m.value === l.value);
    if (i < 0) continue;
    used.add(i);
    const m = ms[i]!;
    rows.push([
      bigramF1(m.label, l.what),
      `${name}\t${l.text}\t${m.label}\t${l.what}\t${m.category}${m.category === l.category ? '' : ' ≠ ' + l.category}`,
    ]);
  }
}
rows.sort((a, b) => a[0] - b[0]);
for (const [f, r] of rows.slice(0, Number(process.argv[2] ?? 40))) console.log(f.toFixed(2), r);
