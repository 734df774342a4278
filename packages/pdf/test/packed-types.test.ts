import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `@jianbao/core` and `@jianbao/pdf` packed as if published (`pnpm pack`), installed into a fresh project
 * offline from the local pnpm store, with no @types of their dependencies (fontkit, pdfmake): a strict
 * TypeScript project importing both must compile, under node16 and bundler resolution.
 */
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const tsc = join(root, 'node_modules/typescript/bin/tsc');

// Versions the workspace lock resolved, by package name (only names with one version there).
function workspaceVersions(): Map<string, string> {
  const seen = new Map<string, Set<string>>();
  const lock = readFileSync(join(root, 'pnpm-lock.yaml'), 'utf8');
  for (const [, name, version] of lock.matchAll(/^ {2}'?(@?[^@\s']+)@(\d[^:'(\s]*)'?:\s*$/gm)) {
    if (!seen.has(name as string)) seen.set(name as string, new Set());
    seen.get(name as string)?.add(version as string);
  }
  const single = new Map<string, string>();
  for (const [name, versions] of seen) if (versions.size === 1) single.set(name, [...versions][0] as string);
  return single;
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
  dir = mkdtempSync(join(tmpdir(), 'jianbao-packed-'));
  // Under the build lock: another package's tests may be rebuilding core and pdf (tsup empties dist first),
  // and a pack taken meanwhile would ship without its dist.
  for (const pkg of ['core', 'pdf']) {
    const pack = ['pnpm', 'pack', '--pack-destination', dir];
    const [command, ...args] = hasFlock() ? ['flock', '/tmp/jianbao-build.lock', ...pack] : pack;
    run(join(root, 'packages', pkg), command as string, args);
  }
  const tarball = (name: string) => {
    const file = readdirSync(dir).find((f) => f.startsWith(`jianbao-${name}-`) && f.endsWith('.tgz'));
    if (!file) throw new Error(`pnpm pack wrote no ${name} tarball in ${dir}`);
    return `file:${join(dir, file)}`;
  };
  project = join(dir, 'consumer');
  mkdirSync(project);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({
      name: 'consumer',
      private: true,
      type: 'module',
      dependencies: { '@jianbao/core': tarball('core'), '@jianbao/pdf': tarball('pdf') },
    }),
  );
  // The packed pdf depends on @jianbao/core 0.1.0, which no registry has: point it at the tarball.
  const overrides: Record<string, string> = { '@jianbao/core': tarball('core') };
  const writeOverrides = () =>
    writeFileSync(
      join(project, 'pnpm-workspace.yaml'),
      `overrides:\n${Object.entries(overrides)
        .map(([name, spec]) => `  ${JSON.stringify(name)}: ${JSON.stringify(spec)}`)
        .join('\n')}\n`,
    );
  writeOverrides();
  // A fresh resolution may pick a newer transitive version than the store holds (offline, it cannot
  // fetch it): resolve, then pin any such package to the version the workspace uses, and install.
  // --no-frozen-lockfile: under CI=true pnpm would refuse to write the fresh project's lockfile.
  run(project, 'pnpm', ['install', '--offline', '--lockfile-only', '--no-frozen-lockfile']);
  const known = workspaceVersions();
  const resolved = readFileSync(join(project, 'pnpm-lock.yaml'), 'utf8');
  for (const [, name, version] of resolved.matchAll(/^ {2}'?(@?[^@\s']+)@(\d[^:'(\s]*)'?:\s*$/gm)) {
    const pinned = known.get(name as string);
    if (pinned && pinned !== version) overrides[name as string] = pinned;
  }
  writeOverrides();
  rmSync(join(project, 'pnpm-lock.yaml'));
  run(project, 'pnpm', ['install', '--offline', '--no-frozen-lockfile']);
  writeFileSync(
    join(project, 'main.ts'),
    `import { type BriefingDocument, JianbaoError, isJianbaoError } from '@jianbao/core';
import { type LoadedFont, type RenderPdfOptions, loadFont, renderPdf } from '@jianbao/pdf';

export async function render(doc: BriefingDocument, options: RenderPdfOptions): Promise<Uint8Array> {
  const body = options.fonts?.body;
  const font: LoadedFont | undefined = body ? await loadFont(body) : undefined;
  if (font && !font.has('中')) throw new JianbaoError('USAGE', 'the body font has no 中');
  return renderPdf(doc, options);
}
export const isError = isJianbaoError;
`,
  );
  // Generous: under a full parallel run the pack waits for the build lock while other packages build and pack.
}, 600_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function typecheck(module: string, moduleResolution: string): string {
  try {
    run(project, process.execPath, [
      tsc,
      '--strict',
      '--noEmit',
      '--skipLibCheck',
      'false',
      '--target',
      'es2022',
      '--module',
      module,
      '--moduleResolution',
      moduleResolution,
      'main.ts',
    ]);
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

describe('the packed packages in a fresh strict project', () => {
  it('installs without @types for fontkit or pdfmake', () => {
    expect(existsSync(join(project, 'node_modules/@jianbao/pdf/dist/index.d.ts'))).toBe(true);
    const hoisted = join(project, 'node_modules/.pnpm/node_modules/@types');
    const types = existsSync(hoisted) ? readdirSync(hoisted) : [];
    expect(types).not.toContain('fontkit');
    expect(types).not.toContain('pdfmake');
  });

  it('typechecks under moduleResolution node16', () => {
    expect(typecheck('node16', 'node16')).toBe('');
  });

  it('typechecks under moduleResolution bundler', () => {
    expect(typecheck('esnext', 'bundler')).toBe('');
  });
});
