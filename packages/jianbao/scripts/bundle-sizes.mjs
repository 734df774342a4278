// What a browser app pays for each entry point: esbuild bundles a one-line module that imports it (ESM, minified,
// code splitting as an app bundler does), and the metafile names the chunks that load before the first call (the
// entry and the chunks it imports statically; `import()`ed ones load later). Sizes are of the built dist, so run
// `pnpm --filter jianbao... build` first. `--check` fails when an entry is over its budget (issue 19's).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('..', import.meta.url));
const KB = 1024;
const ENTRIES = [
  { name: 'extract', code: "export { extract } from '@jianbao/core';", budget: 60 },
  // 90 until 2026-12-03: the readers' and composition's rules for offices' inputs took it to 90.0 (BENCHMARKS.md).
  { name: 'core (all)', code: "export * from '@jianbao/core';", budget: 90 },
  { name: 'renderDocx', code: "export { renderDocx } from '@jianbao/docx';", budget: 170 },
  { name: 'renderPdf', code: "export { renderPdf } from '@jianbao/pdf';", budget: null },
  { name: 'brief', code: "export { brief } from 'jianbao';", budget: null },
];

const rows = [];
for (const entry of ENTRIES) {
  const outdir = mkdtempSync(join(tmpdir(), 'jianbao-bundle-'));
  try {
    const result = await build({
      stdin: { contents: entry.code, resolveDir: here, loader: 'js', sourcefile: 'entry.js' },
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      minify: true,
      outdir,
      write: false,
      metafile: true,
      logLevel: 'error',
    });
    const outputs = result.metafile.outputs;
    // `import()`ed chunks are entry points too: start from the one module's own.
    const start = Object.keys(outputs).find((key) => outputs[key].entryPoint === 'entry.js');
    const eager = new Set();
    for (const stack = [start]; stack.length > 0; ) {
      const key = stack.pop();
      if (eager.has(key)) continue;
      eager.add(key);
      for (const imported of outputs[key].imports)
        if (imported.kind === 'import-statement') stack.push(imported.path);
    }
    const eagerNames = new Set([...eager].map((key) => key.split('/').pop()));
    const files = result.outputFiles.filter((file) => eagerNames.has(file.path.split('/').pop()));
    const min = files.reduce((sum, file) => sum + file.contents.length, 0);
    const gzip = files.reduce((sum, file) => sum + gzipSync(file.contents, { level: 9 }).length, 0);
    // The biggest packages in the eager chunks, by bytes in the output.
    const byPackage = new Map();
    for (const key of eager) {
      for (const [path, { bytesInOutput }] of Object.entries(outputs[key].inputs)) {
        const match = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(path);
        // The workspace packages' dists (core's is one module per source file) count as one part each.
        const own = /(?:^|\/)(core|docx|pdf|jianbao)\/dist\//.exec(path);
        const name = match?.[1] ?? (own ? `@jianbao/${own[1]}`.replace('@jianbao/jianbao', 'jianbao') : path);
        byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
      }
    }
    const top = [...byPackage]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([name, bytes]) => `${name} ${Math.round(bytes / KB)}`)
      .join(', ');
    rows.push({ ...entry, min, gzip, top });
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

console.log('| entry | eager min (KB) | eager gzip (KB) | budget gzip (KB) | largest parts, min KB |');
console.log('| --- | --: | --: | --: | --- |');
for (const row of rows) {
  const budget = row.budget === null ? '—' : `${row.budget}${row.gzip / KB > row.budget ? ' (over)' : ''}`;
  console.log(
    `| \`${row.name}\` | ${(row.min / KB).toFixed(1)} | ${(row.gzip / KB).toFixed(1)} | ${budget} | ${row.top} |`,
  );
}
const over = rows.filter((row) => row.budget !== null && row.gzip / KB > row.budget);
if (process.argv.includes('--check') && over.length > 0) {
  console.error(`over budget: ${over.map((row) => row.name).join(', ')}`);
  process.exit(1);
}
