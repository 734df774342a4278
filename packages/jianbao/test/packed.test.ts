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
 * `jianbao` and the three packages it depends on packed as if published (`pnpm pack`), installed into a fresh
 * project offline from the local pnpm store: an ES module and a CommonJS script call `brief()` and get a Word
 * document, a strict TypeScript file using it compiles (node16 and bundler resolution), and a JianbaoError thrown
 * by one copy is recognized by `isJianbaoError` from the other.
 */
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const PACKAGES = ['core', 'pdf', 'docx', 'jianbao'];
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
  mkdirSync(project);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({
      name: 'consumer',
      private: true,
      type: 'module',
      dependencies: { jianbao: specs.jianbao },
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
  const known = workspaceVersions();
  const resolved = readFileSync(join(project, 'pnpm-lock.yaml'), 'utf8');
  for (const [, name, version] of resolved.matchAll(/^ {2}'?(@?[^@\s']+)@(\d[^:'(\s]*)'?:\s*$/gm)) {
    const versions = known.get(name as string);
    if (versions && !versions.includes(version as string))
      overrides[name as string] = versions.at(-1) as string;
  }
  writeOverrides();
  rmSync(join(project, 'pnpm-lock.yaml'));
  run(project, 'pnpm', ['install', '--offline', '--no-frozen-lockfile']);
  const call = `brief(['## 南京\\n南京市人大常委会组织专题调研12次。'], { formats: ['docx'], compose: { date: '2024-01-15' } })`;
  writeFileSync(
    join(project, 'esm.mjs'),
    `import { brief } from 'jianbao';\nconst { docx, warnings } = await ${call};\nconsole.log(String.fromCharCode(docx[0], docx[1]), warnings.length);\n`,
  );
  writeFileSync(
    join(project, 'cjs.cjs'),
    `const { brief, isJianbaoError } = require('jianbao');
${call}.then(async ({ docx }) => {
  const esm = await import('jianbao');
  const error = await esm.brief([], { formats: [] }).catch((e) => e);
  console.log(String.fromCharCode(docx[0], docx[1]), isJianbaoError(error), error.code);
});
`,
  );
  writeFileSync(
    join(project, 'main.ts'),
    `import { brief, type BriefInput, type BriefResult, fromRecords, type BriefingWarning } from 'jianbao';
import { brief as briefNode } from 'jianbao/node';

export async function run(inputs: BriefInput[]): Promise<BriefingWarning[]> {
  const result: BriefResult = await brief(inputs, { formats: ['docx'], compose: { issue: 3 } });
  const again = await briefNode([{ name: 'a.md', bytes: new Uint8Array(result.docx ?? []) }], { formats: [] });
  fromRecords([{ city: '南京', text: '组织专题调研12次。' }]);
  return [...result.warnings, ...again.warnings];
}
`,
  );
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
      '--lib',
      'es2022,dom',
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

describe('jianbao packed, in a fresh project', () => {
  it('briefs from an ES module', () => {
    expect(run(project, process.execPath, ['esm.mjs']).trim()).toMatch(/^PK \d+$/);
  });

  it("briefs from CommonJS, and isJianbaoError knows the ES copy's error", () => {
    expect(run(project, process.execPath, ['cjs.cjs']).trim()).toBe('PK true USAGE');
  });

  it('typechecks under --strict with node16 and with bundler resolution', () => {
    expect(existsSync(join(project, 'node_modules/jianbao/dist/index.d.ts'))).toBe(true);
    expect(typecheck('node16', 'node16')).toBe('');
    expect(typecheck('esnext', 'bundler')).toBe('');
  });
});
