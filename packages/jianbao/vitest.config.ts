import { defineConfig } from 'vitest/config';
import { workspaceSources } from '../../vitest.shared';

// As every package: tests run against the workspace sources.
export default defineConfig({
  resolve: { alias: workspaceSources },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    globalSetup: ['test/helpers/build.ts'],
    hookTimeout: 600_000,
  },
});
