/**
 * Worst case (issue 18): throughput on the adversarial shapes an outside attack found, at 1 MB and 4 MB, next to
 * normal prose — readSource + extract through core's public API, as the CLI runs them. Linear scanners keep
 * MB/s about the same from 1 MB to 4 MB; a quadratic one would lose ×4 (the complexity tests in
 * packages/core/test/complexity.test.ts assert that ratio; this only reports). A benchmark, not a test.
 * The .docx shapes are zipped with a minimal zip writer here (STORE), so bench needs no zip dependency.
 */
import { join } from 'node:path';
import { extract, type InputFormat, readSourceAsync } from '@jianbao/core';
import { corpus } from './extraction.js';
import { median } from './machine.js';
import { writeSection } from './markers.js';

export interface WorstCaseRow {
  shape: string;
  /** MB/s at 1 MB and 4 MB of input (bytes as read). */
  mbS1: number;
  mbS4: number;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const repeatTo = (unit: string, bytes: number) =>
  unit.repeat(Math.max(1, Math.floor(bytes / utf8(unit).length)));

/** CRC-32 (for the minimal zip writer). */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A STORE-only zip of `files` (name → bytes), in order. */
function zip(files: Array<[string, Uint8Array]>): Uint8Array {
  const local: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [name, data] of files) {
    const n = utf8(name);
    const crc = crc32(data);
    const head = new DataView(new ArrayBuffer(30));
    head.setUint32(0, 0x04034b50, true);
    head.setUint16(4, 20, true);
    head.setUint32(14, crc, true);
    head.setUint32(18, data.length, true);
    head.setUint32(22, data.length, true);
    head.setUint16(26, n.length, true);
    local.push(new Uint8Array(head.buffer), n, data);
    const dir = new DataView(new ArrayBuffer(46));
    dir.setUint32(0, 0x02014b50, true);
    dir.setUint16(4, 20, true);
    dir.setUint16(6, 20, true);
    dir.setUint32(16, crc, true);
    dir.setUint32(20, data.length, true);
    dir.setUint32(24, data.length, true);
    dir.setUint16(28, n.length, true);
    dir.setUint32(42, offset, true);
    central.push(new Uint8Array(dir.buffer), n);
    offset += 30 + n.length + data.length;
  }
  const size = central.reduce((s, c) => s + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, files.length, true);
  end.setUint16(10, files.length, true);
  end.setUint32(12, size, true);
  end.setUint32(16, offset, true);
  const parts = [...local, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const docxOf = (xml: string, extra: Array<[string, Uint8Array]> = []) =>
  zip([...extra, ['word/document.xml', utf8(`<w:document><w:body>${xml}</w:body></w:document>`)]]);

interface Shape {
  name: string;
  format: InputFormat;
  make: (bytes: number) => Uint8Array;
}

export function shapes(repoRoot: string): Shape[] {
  const prose = corpus(repoRoot, 4.2).text;
  const proseBytes = utf8(prose).length;
  return [
    {
      name: 'normal prose (demo dataset repeated)',
      format: 'text',
      make: (b) => utf8(prose.slice(0, Math.floor((prose.length * b) / proseBytes))),
    },
    { name: '`十` repeated', format: 'text', make: (b) => utf8(`南京市${repeatTo('十', b)}`) },
    { name: '`二` repeated', format: 'text', make: (b) => utf8(`南京市${repeatTo('二', b)}`) },
    {
      name: '`十十五名，` repeated',
      format: 'text',
      make: (b) => utf8(`南京市${repeatTo('十十五名，', b)}`),
    },
    { name: '`12%` repeated', format: 'text', make: (b) => utf8(`南京市${repeatTo('12%', b)}`) },
    {
      name: '.docx: unclosed `<w:p>`',
      format: 'docx',
      make: (b) => docxOf(`<w:p><w:t>南京</w:t></w:p>${repeatTo('<w:p>', b)}`),
    },
    {
      name: '.docx: `<w:p x` without `>`',
      format: 'docx',
      make: (b) => docxOf(`<w:p><w:t>南京</w:t></w:p>${repeatTo('<w:p x', b)}`),
    },
    {
      name: '.docx: tiny zip entries before the document',
      format: 'docx',
      make: (b) => {
        const extra: Array<[string, Uint8Array]> = [];
        for (let i = 0; i < b / 90; i++) extra.push([`x/${i}`, utf8('a')]);
        return docxOf('<w:p><w:r><w:t>南京市组织调研12次</w:t></w:r></w:p>', extra);
      },
    },
    {
      name: 'CSV: figure rows of one city',
      format: 'csv',
      make: (b) =>
        utf8(`city,text,label,value,unit\n南京,南京市组织调研12次,,,\n${repeatTo('南京,,调研,12,次\n', b)}`),
    },
    {
      name: 'JSON: identical supplied figures',
      format: 'json',
      make: (b) => {
        const k = Math.floor(b / 60);
        return utf8(
          JSON.stringify({
            city: '南京',
            text: '组织调研12次，'.repeat(k),
            metrics: Array.from({ length: k }, () => ({ value: 12, unit: '次', label: '调研' })),
          }),
        );
      },
    },
    {
      name: 'Markdown: front matter of many keys',
      format: 'markdown',
      make: (b) => {
        const keys = Array.from({ length: Math.floor(b / 10) }, (_, i) => `k${i}: v`).join('\n');
        return utf8(`---\ncity: 南京\n${keys}\n---\n南京市组织调研12次\n`);
      },
    },
  ];
}

export async function worstCaseBench(repoRoot: string, runs: number): Promise<WorstCaseRow[]> {
  const rows: WorstCaseRow[] = [];
  for (const shape of shapes(repoRoot)) {
    const rate = async (bytes: number) => {
      const input = shape.make(bytes);
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        extract(await readSourceAsync(input, { origin: `bench.${shape.format}`, format: shape.format }));
        times.push(performance.now() - start);
      }
      return input.length / 1e6 / (median(times) / 1000);
    };
    rows.push({ shape: shape.name, mbS1: await rate(1e6), mbS4: await rate(4e6) });
  }
  return rows;
}

/** Runs the worst-case bench and writes its table into BENCHMARKS.md between the worst-case markers. */
export async function writeWorstCase(repoRoot: string, runs: number, host: string): Promise<WorstCaseRow[]> {
  const rows = await worstCaseBench(repoRoot, runs);
  const f2 = (n: number) => n.toFixed(2);
  writeSection(
    join(repoRoot, 'BENCHMARKS.md'),
    'worst-case',
    'Worst case',
    `Produced by \`pnpm bench\` (bench/src/worst-case.ts; alone: \`pnpm --filter @jianbao/bench bench:worst-case\`),
medians of ${runs} runs, on ${host}. MB/s of \`readSourceAsync\` + \`extract\` (core's public API, as the CLI runs them) on
each adversarial shape of issue 18, at 1 MB and 4 MB of input, next to normal prose. A linear scanner keeps its
rate from 1 MB to 4 MB; a quadratic one would fall ×4 (the ratio is asserted, machine-independently, by
packages/core/test/complexity.test.ts). Before issue 18, \`十\` × 600 KB took 56 s (0.01 MB/s) and a 1.8 KB
document.xml of unclosed \`<w:p>\` over 60 s.

| input shape | 1 MB | 4 MB | 4 MB / 1 MB |
| ----------- | ---: | ---: | ----------: |
${rows.map((r) => `| ${r.shape} | ${f2(r.mbS1)} MB/s | ${f2(r.mbS4)} MB/s | ×${f2(r.mbS4 / r.mbS1)} |`).join('\n')}`,
  );
  return rows;
}
