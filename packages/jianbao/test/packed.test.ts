import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readmeBlocks } from './helpers/readme-blocks.js';

/**
 * `jianbao` and the three packages it depends on packed as if published (`pnpm pack`), installed into a fresh
 * project offline from the local pnpm store, as a user would use them:
 * - an ES module and a CommonJS script call `brief()` and get a Word document, and a JianbaoError thrown by one copy
 *   is recognized by `isJianbaoError` from the other;
 * - strict TypeScript files using them compile (an ES module and a CommonJS one; node16 and bundler resolution);
 * - every README example runs (the values a block only declares, such as `doc`, are made beforehand);
 * - a Vite page built from them renders a PDF in Chromium served over plain http under an intranet host name, so
 *   not a secure context (no `crypto.subtle`), as on an office intranet.
 */
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const PACKAGES = ['core', 'pdf', 'docx', 'jianbao'];
const fixture = join(here, 'fixtures/consumer');
const require = createRequire(import.meta.url);
const fontFile = (pkg: string, file: string) => join(dirname(require.resolve(`${pkg}/package.json`)), file);
const SERIF = fontFile('@expo-google-fonts/noto-serif-sc', '400Regular/NotoSerifSC_400Regular.ttf');
const CHROMIUM = '/usr/bin/chromium';
const hasBrowser = existsSync(CHROMIUM);
if (!hasBrowser)
  console.warn(`the Vite page's PDF test is skipped: ${CHROMIUM} not found (apt-get install chromium)`);
/** The compiled article the README's core example reads as `jiangsu.txt` (a real input, read from ../shared). */
const ARTICLE = resolve(root, '../shared/seeds/000_25c6cbe3a67b6b86.txt');
const DATASET = join(root, 'apps/demo/data/jiangsu');
const tsc = join(root, 'node_modules/typescript/bin/tsc');

// Versions the workspace lock resolved (so the store holds them), by package name.
function workspaceVersions(): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const lock = readFileSync(join(root, 'pnpm-lock.yaml'), 'utf8');
  for (const [, name, version] of lock.matchAll(/^ {2}'?(@?[^@\s']+)@(\d[^:'(\s]*)'?:\s*$/gm)) {
    seen.set(name as string, [...(seen.get(name as string) ?? []), version as string]);
  }
  return seen;
}

const run = (cwd: string, command: string, args: string[]): string =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let dir = '';
let project = '';

/** True when `flock` is installed: builds in this repo's tests take /tmp/jianbao-build.lock (demo's build-cli.ts). */
function hasFlock(): boolean {
  try {
    execFileSync('flock', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jianbao-packed-umbrella-'));
  // Under the build lock: another package's tests may be rebuilding (tsup empties dist first).
  for (const pkg of PACKAGES) {
    const pack = ['pnpm', 'pack', '--pack-destination', dir];
    const [command, ...args] = hasFlock() ? ['flock', '/tmp/jianbao-build.lock', ...pack] : pack;
    run(join(root, 'packages', pkg), command as string, args);
  }
  const tarball = (prefix: string) => {
    const file = readdirSync(dir).find(
      (f) => f.startsWith(prefix) && /^[a-z-]+-\d/.test(f) && f.endsWith('.tgz'),
    );
    if (!file) throw new Error(`pnpm pack wrote no ${prefix} tarball in ${dir}`);
    return `file:${join(dir, file)}`;
  };
  const specs: Record<string, string> = {
    '@jianbao/core': tarball('jianbao-core-'),
    '@jianbao/pdf': tarball('jianbao-pdf-'),
    '@jianbao/docx': tarball('jianbao-docx-'),
    jianbao: tarball('jianbao-0'),
  };
  project = join(dir, 'consumer');
  cpSync(fixture, project, { recursive: true });
  const known = workspaceVersions();
  const vite = known.get('vite')?.at(-1);
  if (!vite) throw new Error('the workspace lock has no vite (apps/web builds with it)');
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({
      name: 'consumer',
      private: true,
      type: 'module',
      // The README's examples import the three packages as well as jianbao.
      dependencies: specs,
      devDependencies: { vite },
    }),
  );
  // The packed packages depend on @jianbao/* 0.1.0, which no registry has: point them at the tarballs.
  const overrides: Record<string, string> = { ...specs };
  const writeOverrides = () =>
    writeFileSync(
      join(project, 'pnpm-workspace.yaml'),
      `overrides:\n${Object.entries(overrides)
        .map(([name, spec]) => `  ${JSON.stringify(name)}: ${JSON.stringify(spec)}`)
        .join('\n')}\n`,
    );
  writeOverrides();
  // Offline, a fresh resolution may pick a version the store lacks: pin those to the workspace's, then install.
  run(project, 'pnpm', ['install', '--offline', '--lockfile-only', '--no-frozen-lockfile']);
  const resolved = readFileSync(join(project, 'pnpm-lock.yaml'), 'utf8');
  for (const [, name, version] of resolved.matchAll(/^ {2}'?(@?[^@\s']+)@(\d[^:'(\s]*)'?:\s*$/gm)) {
    const versions = known.get(name as string);
    if (versions && !versions.includes(version as string))
      overrides[name as string] = versions.at(-1) as string;
  }
  writeOverrides();
  rmSync(join(project, 'pnpm-lock.yaml'));
  run(project, 'pnpm', ['install', '--offline', '--no-frozen-lockfile']);
}, 600_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function typecheck(module: string, moduleResolution: string, files: string[]): string {
  try {
    run(project, process.execPath, [
      tsc,
      '--strict',
      '--noEmit',
      '--skipLibCheck',
      'false',
      '--target',
      'es2022',
      '--lib',
      'es2022,dom',
      '--module',
      module,
      '--moduleResolution',
      moduleResolution,
      ...files,
    ]);
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

describe('jianbao packed, in a fresh project', () => {
  it('briefs from an ES module', () => {
    expect(run(project, process.execPath, ['esm.mjs']).trim()).toMatch(/^PK \d+$/);
  });

  it("briefs from CommonJS, and isJianbaoError knows the ES copy's error", () => {
    expect(run(project, process.execPath, ['cjs.cjs']).trim()).toBe('PK true USAGE');
  });

  it('typechecks under --strict, with no @types at all: ES module and CommonJS, node16 and bundler resolution', () => {
    expect(existsSync(join(project, 'node_modules/jianbao/dist/index.d.ts'))).toBe(true);
    expect(existsSync(join(project, 'node_modules/@types'))).toBe(false);
    expect(typecheck('node16', 'node16', ['main.ts', 'main.cts', 'page.ts'])).toBe('');
    expect(typecheck('esnext', 'bundler', ['main.ts', 'page.ts'])).toBe('');
  });
});

/** What a README example writes: the paths of its `writeFile(…)` / `writeFileSync(…)` calls. */
const writtenBy = (code: string) =>
  [...code.matchAll(/writeFile(?:Sync)?\('([^']+)'/g)].map((m) => m[1] as string);

describe("the READMEs' examples, run in the fresh project", () => {
  const blocks = readmeBlocks(root);
  const work = () => join(project, 'work');

  beforeAll(() => {
    // The files the examples read, under the names they give.
    mkdirSync(work());
    for (const name of readdirSync(DATASET).filter((n) => /^\d\d-.*\.md$/.test(n)))
      copyFileSync(join(DATASET, name), join(work(), name));
    copyFileSync(join(DATASET, '01-nanjing.md'), join(work(), 'nanjing.md'));
    copyFileSync(ARTICLE, join(work(), 'jiangsu.txt'));
    copyFileSync(join(root, 'apps/demo/templates/office-template.docx'), join(work(), 'office.docx'));
    copyFileSync(SERIF, join(work(), 'NotoSerifSC-Regular.ttf'));
    copyFileSync(
      fontFile('@expo-google-fonts/noto-sans-sc', '700Bold/NotoSansSC_700Bold.ttf'),
      join(work(), 'NotoSansSC-Bold.ttf'),
    );
  });

  it('declare only values the run provides (doc, serifBytes, bytes)', () => {
    const declared = blocks.flatMap((b) => [...b.code.matchAll(/^declare const (\w+)/gm)].map((m) => m[1]));
    expect(declared.length).toBeGreaterThan(0);
    expect(new Set(declared)).toEqual(new Set(['doc', 'serifBytes', 'bytes']));
  });

  it.each(blocks.map((b) => [b.name, b] as const))(
    '%s runs, and writes what it says',
    async (_name, block) => {
      const { code } = await transform(block.code, { loader: 'ts', format: 'esm', target: 'es2022' });
      const file = join(project, 'examples', block.name.replace(/\.ts$/, '.mjs'));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, code);
      const outputs = writtenBy(block.code);
      for (const output of outputs) rmSync(join(work(), output), { force: true });
      execFileSync(process.execPath, ['--import', join(project, 'readme-globals.mjs'), file], {
        cwd: work(),
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 240_000,
      });
      for (const output of outputs) {
        const head = readFileSync(join(work(), output)).subarray(0, 5).toString('latin1');
        expect(head, output).toBe(output.endsWith('.pdf') ? '%PDF-' : 'PK\u0003\u0004\u0014');
      }
    },
    300_000,
  );
});

describe.skipIf(!hasBrowser)(
  'a Vite page built from the packed packages, on a plain-http intranet host',
  () => {
    let server: Server;
    let browser: Browser;
    let port = 0;

    beforeAll(async () => {
      mkdirSync(join(project, 'public'));
      copyFileSync(SERIF, join(project, 'public/font.ttf'));
      run(project, process.execPath, [
        join(project, 'node_modules/vite/bin/vite.js'),
        'build',
        '--logLevel',
        'error',
      ]);
      const dist = join(project, 'dist');
      server = createServer((request, response) => {
        const path = new URL(request.url ?? '/', 'http://x').pathname;
        const file = join(dist, path === '/' ? 'index.html' : path);
        if (!file.startsWith(dist) || !existsSync(file)) {
          response.writeHead(404).end();
          return;
        }
        const type = file.endsWith('.html')
          ? 'text/html; charset=utf-8'
          : file.endsWith('.js')
            ? 'text/javascript'
            : 'application/octet-stream';
        response.writeHead(200, { 'content-type': type }).end(readFileSync(file));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as AddressInfo).port;
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--host-resolver-rules=MAP intranet.test 127.0.0.1', '--no-sandbox'],
      });
    }, 300_000);

    afterAll(async () => {
      await browser?.close();
      await new Promise((resolve) => server?.close(resolve));
    });

    it('renders a PDF there, with no crypto.subtle', async () => {
      const page = await browser.newPage();
      await page.goto(`http://intranet.test:${port}/`);
      // A string: this test is compiled without the DOM types; it runs in the page.
      await page.waitForFunction("document.getElementById('out').textContent !== ''", undefined, {
        timeout: 240_000,
      });
      const result = JSON.parse((await page.textContent('#out')) ?? '{}');
      expect(result).toMatchObject({ secure: false, subtle: 'undefined', head: '%PDF-' });
      expect(result.bytes).toBeGreaterThan(1000);
    }, 300_000);
  },
);
