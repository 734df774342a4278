import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

/** Tests run against the workspace packages' sources, so a test never waits for (or races) a build. */
export const workspaceSources = {
  '@jianbao/core': source('core'),
  '@jianbao/pdf': source('pdf'),
  '@jianbao/docx': source('docx'),
};

export function packageTestConfig(options: { passWithNoTests?: boolean; testTimeout?: number } = {}) {
  return defineConfig({
    resolve: { alias: workspaceSources },
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      testTimeout: options.testTimeout ?? 60_000,
      passWithNoTests: options.passWithNoTests ?? false,
    },
  });
}
