import { defineConfig } from 'tsup';

export default defineConfig({
  // The batch worker is its own entry: piscina starts it by file name (dist/batch-worker.js).
  entry: { cli: 'src/cli.ts', 'batch-worker': 'src/batch/worker.ts' },
  format: ['esm'],
  clean: true,
  sourcemap: true,
  target: 'node20',
  platform: 'node',
  banner: { js: '#!/usr/bin/env node' },
});
