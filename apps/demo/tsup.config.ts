import { fileURLToPath } from 'node:url';
import { defineConfig } from 'tsup';

const source = (path: string) => fileURLToPath(new URL(`../../packages/${path}`, import.meta.url));
// The workspace packages are bundled from their sources, so esbuild drops what a path does not use: `--help`
// then loads core's error class and not the whole of core.
const WORKSPACE: Record<string, string> = {
  '@jianbao/core': source('core/src/index.ts'),
  '@jianbao/core/document': source('core/src/document/index.ts'),
  '@jianbao/pdf': source('pdf/src/index.ts'),
  '@jianbao/pdf/node': source('pdf/src/node.ts'),
  '@jianbao/docx': source('docx/src/index.ts'),
};

export default defineConfig({
  // The batch worker is its own entry: piscina starts it by file name (dist/batch-worker.js).
  entry: { cli: 'src/cli.ts', 'batch-worker': 'src/batch/worker.ts' },
  format: ['esm'],
  // What a command loads with `import()` becomes its own chunk, read only when that command runs.
  splitting: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  platform: 'node',
  // One file per path instead of hundreds of modules: the workspace packages and the small libraries
  // (commander, zod, yaml, papaparse, docx …) are bundled. Left outside: pdfmake and fontkit (the renderer reaches
  // pdfkit's own fontkit to share parsed fonts), the fonts package (its font URLs are relative to itself),
  // the big lazily loaded readers (exceljs, unpdf, opencc-js) and piscina (it starts workers by file).
  noExternal: [/^@jianbao\/(core|pdf|docx)(\/node|\/document)?$/, 'commander', 'string-width'],
  external: ['pdfmake', 'fontkit', '@jianbao/fonts', 'exceljs', 'unpdf', 'opencc-js', 'piscina'],
  esbuildPlugins: [
    {
      name: 'workspace-sources',
      setup(build) {
        build.onResolve({ filter: /^@jianbao\/(core|pdf|docx)(\/node|\/document)?$/ }, (args) => {
          // The CLI's own error module needs only core's error class: taken from its module, not through
          // core's index, so the first chunk every command loads holds no more of core than that.
          const path =
            args.path === '@jianbao/core' && args.importer.endsWith('/apps/demo/src/errors.ts')
              ? source('core/src/errors.ts')
              : WORKSPACE[args.path];
          // As their package.json says: a module none of whose exports is used can be left out.
          return path ? { path, sideEffects: false } : undefined;
        });
      },
    },
  ],
  banner: {
    // CommonJS libraries inside the ESM bundle call require() for Node's own modules.
    js: "#!/usr/bin/env node\nimport { createRequire as __jianbaoRequire } from 'node:module';\nconst require = __jianbaoRequire(import.meta.url);",
  },
});
