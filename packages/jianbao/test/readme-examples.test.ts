import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readmeBlocks } from './helpers/readme-blocks.js';

/**
 * Every ```ts block of the root README and the package READMEs (jianbao, @jianbao/pdf, @jianbao/docx,
 * @jianbao/core), each as its own ES module, typechecked with `tsc --strict` against the built packages (the
 * global setup builds them), under node16 and bundler resolution, as a user's project would see them.
 */
const here = dirname(fileURLToPath(import.meta.url));
const pkg = resolve(here, '..');
const root = resolve(pkg, '../..');
const tsc = join(root, 'node_modules/typescript/bin/tsc');
// Inside node_modules so that the packages and @types/node resolve as they would in a user's project.
const dir = join(pkg, 'node_modules/.readme-examples');

const blocks = readmeBlocks(root);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function typecheck(module: string, moduleResolution: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  for (const block of blocks) writeFileSync(join(dir, block.name), `${block.code}\nexport {};\n`);
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
        paths: { jianbao: ['../../dist/index.d.ts'], 'jianbao/node': ['../../dist/node.d.ts'] },
      },
      files: blocks.map((b) => b.name),
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

describe("the package READMEs' TypeScript examples", () => {
  it("are there: the root README's for core, pdf, docx and jianbao", () => {
    const rootBlocks = blocks.filter((b) => b.readme === 'README.md').map((b) => b.code);
    for (const name of ['@jianbao/core', '@jianbao/pdf', '@jianbao/docx', 'jianbao/node']) {
      expect(rootBlocks.some((code) => code.includes(`from '${name}`))).toBe(true);
    }
  });

  it('are there for brief() and fromRecords', () => {
    const own = blocks.filter((b) => b.readme === 'packages/jianbao/README.md').map((b) => b.code);
    expect(own.some((code) => code.includes("from 'jianbao/node'"))).toBe(true);
    expect(own.some((code) => code.includes('fromRecords('))).toBe(true);
  });

  it('typecheck under --strict with moduleResolution node16', () => {
    expect(typecheck('node16', 'node16')).toBe('');
  }, 120_000);

  it('typecheck under --strict with moduleResolution bundler', () => {
    expect(typecheck('esnext', 'bundler')).toBe('');
  }, 120_000);
});
