import { rmSync } from 'node:fs';
import { defineConfig } from 'tsup';

// Emptied once here, not by each build's `clean`: the two builds below run at the same time into one folder.
rmSync('dist', { recursive: true, force: true });

const common = { sourcemap: true, target: 'es2022', platform: 'neutral' } as const;

export default defineConfig([
  // ESM: one module per source file (not bundled), so an app's bundler keeps only the modules a path imports
  // (`sideEffects: false`): `extract` alone leaves out composing, the document and theme schemas, and the readers
  // of other formats.
  {
    ...common,
    entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.d.ts'],
    format: ['esm'],
    bundle: false,
    dts: { entry: { index: 'src/index.ts', 'document/index': 'src/document/index.ts' } },
  },
  // CommonJS, for require() (a CJS consumer does not tree-shake): a file per entry over shared chunks, so both
  // entries hold one JianbaoError class, not a copy each.
  {
    ...common,
    entry: { index: 'src/index.ts', 'document/index': 'src/document/index.ts' },
    format: ['cjs'],
    splitting: true,
    dts: { entry: { index: 'src/index.ts', 'document/index': 'src/document/index.ts' } },
  },
]);
