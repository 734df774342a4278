import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Every ```ts block of the root README, each as its own ES module, typechecked with `tsc --strict` against
 * the built packages (`@jianbao/core` and `@jianbao/docx` as this package's dependencies resolve them,
 * `@jianbao/pdf` as its own dist), under node16 and bundler resolution.
 */
const here = dirname(fileURLToPath(import.meta.url));
const pkg = resolve(here, '..');
const root = resolve(pkg, '../..');
const tsc = join(root, 'node_modules/typescript/bin/tsc');
// Inside node_modules so that the packages and @types/node resolve as they would in a user's project.
const dir = join(pkg, 'node_modules/.readme-examples');

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1] as string);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function typecheck(module: string, moduleResolution: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  const files = blocks.map((code, i) => {
    const file = `block${i + 1}.ts`;
    // `export {}` keeps a block without imports a module too (top-level await).
    writeFileSync(join(dir, file), `${code}\nexport {};\n`);
    return file;
  });
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        target: 'es2022',
        lib: ['es2022', 'dom'],
        module,
        moduleResolution,
        types: ['node'],
        paths: { '@jianbao/pdf': ['../../dist/index.d.ts'], '@jianbao/pdf/node': ['../../dist/node.d.ts'] },
      },
      files,
    }),
  );
  try {
    execFileSync(process.execPath, [tsc, '-p', 'tsconfig.json'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

describe("the README's TypeScript examples", () => {
  it('are there: core, pdf and docx', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    for (const name of ['@jianbao/core', '@jianbao/pdf', '@jianbao/docx']) {
      expect(blocks.some((code) => code.includes(`from '${name}`))).toBe(true);
    }
  });

  it('typecheck under --strict with moduleResolution node16', () => {
    expect(typecheck('node16', 'node16')).toBe('');
  }, 60_000);

  it('typecheck under --strict with moduleResolution bundler', () => {
    expect(typecheck('esnext', 'bundler')).toBe('');
  }, 60_000);
});
