import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

/** core's coded warnings: printed (severity warning) as `CODE: file:line: message`, all of them in the data JSON. */
describe('brief warnings', () => {
  let cwd: string;
  beforeAll(async () => {
    cwd = await mkdtemp(join(tmpdir(), 'jianbao-warnings-'));
    await writeFile(
      join(cwd, 'two.md'),
      '## 南京\n\n## 无锡\n无锡市人大常委会组成人员59位，组织专题调研1198次，举办培训班12期。\n',
    );
  });
  afterAll(async () => {
    await rm(cwd, { recursive: true, force: true });
  });

  it('prints a section with nothing to quote with its file and line, and writes every warning to the data', async () => {
    const run = runCli(['brief', 'two.md', '--out', 'out', '--format', 'json'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^jianbao: warning SECTION_EMPTY: two\.md:1: 南京: /m);
    // info notes (figures of no known indicator) stay out of stderr
    expect(run.stderr).not.toContain('FIGURE_UNCATEGORIZED');
    const data = JSON.parse(await readFile(join(cwd, 'out', 'jianbao-data.json'), 'utf8'));
    const codes = data.warnings.map((w: { code: string }) => w.code);
    expect(codes).toContain('SECTION_EMPTY');
    expect(codes).toContain('FIGURE_UNCATEGORIZED');
  });
});
