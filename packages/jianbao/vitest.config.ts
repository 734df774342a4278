import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { workspaceSources } from '../../vitest.shared';

// As every package: tests run against the workspace sources; `@jianbao/pdf/node` is matched before `@jianbao/pdf`.
export default defineConfig({
  resolve: {
    alias: [
      {
        find: /^@jianbao\/pdf\/node$/,
        replacement: fileURLToPath(new URL('../pdf/src/node.ts', import.meta.url)),
      },
      ...Object.entries(workspaceSources).map(([find, replacement]) => ({
        find: new RegExp(`^${find.replace('/', '\\/')}$`),
        replacement,
      })),
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    globalSetup: ['test/helpers/build.ts'],
    hookTimeout: 600_000,
  },
});
