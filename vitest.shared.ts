import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (pkg: string, entry = 'index') =>
  fileURLToPath(new URL(`./packages/${pkg}/src/${entry}.ts`, import.meta.url));

/**
 * Tests and the web page's build run against the workspace packages' sources, so none waits for (or races) a
 * build: a test that rebuilds the CLI empties the packages' dist/ meanwhile. Each name is matched exactly, so a
 * package's `./node` entry is its own source, not a path under the package's index.
 */
export const workspaceSources = (
  [
    ['@jianbao/core', source('core')],
    ['@jianbao/core/document', source('core', 'document/index')],
    ['@jianbao/pdf', source('pdf')],
    ['@jianbao/pdf/node', source('pdf', 'node')],
    ['@jianbao/docx', source('docx')],
    ['@jianbao/fonts', source('fonts')],
    ['@jianbao/fonts/node', source('fonts', 'node')],
  ] as const
).map(([name, replacement]) => ({ find: new RegExp(`^${name.replaceAll('/', '\\/')}$`), replacement }));

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
