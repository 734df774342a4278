import { cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliRun, datasetDir, runCli } from './helpers/run-cli.js';

const OUTPUTS = ['jianbao-briefing.docx', 'jianbao-briefing.pdf', 'jianbao-data.json'];

/**
 * `jianbao brief --each`: a weekly folder holding one sub-folder per briefing. Two sub-folders (four and five
 * Jiangsu cities) must give two briefings, byte for byte what briefing each folder on its own gives, whether
 * they run one after another (fonts loaded once) or on two worker threads.
 */
describe('jianbao brief --each', () => {
  let cwd: string;
  let sequential: CliRun;
  let threaded: CliRun;
  beforeAll(async () => {
    cwd = await mkdtemp(join(tmpdir(), 'jianbao-each-'));
    const files = (await readdir(datasetDir)).filter((name) => name.endsWith('.md') && name !== 'README.md');
    for (const [sub, picked] of [
      ['north', files.slice(0, 4)],
      ['south', files.slice(4, 9)],
    ] as const) {
      await mkdir(join(cwd, 'weekly', sub), { recursive: true });
      for (const name of picked) await cp(join(datasetDir, name), join(cwd, 'weekly', sub, name));
    }
    sequential = runCli(['brief', '--each', 'weekly', '--out', 'seq'], { cwd });
    threaded = runCli(['brief', '--each', 'weekly', '--jobs', '2', '--out', 'par'], { cwd });
    for (const sub of ['north', 'south']) {
      const single = runCli(['brief', `weekly/${sub}`, '--out', `one/${sub}`], { cwd });
      expect(single.code, single.stderr).toBe(0);
    }
  });
  afterAll(async () => {
    await rm(cwd, { recursive: true, force: true });
  });

  it('writes one briefing per sub-folder into <out>/<sub-folder>/ and lists every file written', async () => {
    for (const [run, out] of [
      [sequential, 'seq'],
      [threaded, 'par'],
    ] as const) {
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect((await readdir(join(cwd, out))).sort()).toEqual(['north', 'south']);
      for (const sub of ['north', 'south']) {
        expect((await readdir(join(cwd, out, sub))).sort()).toEqual(OUTPUTS);
      }
      const listed = run.stdout.trim().split('\n');
      expect(listed).toHaveLength(6);
      // In the order of the sub-folders, whichever worker finished first.
      expect(listed.slice(0, 3).every((path) => path.startsWith(`${out}/north/`))).toBe(true);
      expect(listed.slice(3).every((path) => path.startsWith(`${out}/south/`))).toBe(true);
    }
  });

  it('gives each briefing the same bytes as briefing its folder on its own', async () => {
    for (const sub of ['north', 'south']) {
      for (const name of OUTPUTS) {
        const alone = await readFile(join(cwd, 'one', sub, name));
        expect((await readFile(join(cwd, 'seq', sub, name))).equals(alone), `seq/${sub}/${name}`).toBe(true);
        expect((await readFile(join(cwd, 'par', sub, name))).equals(alone), `par/${sub}/${name}`).toBe(true);
      }
    }
  });

  it('briefs each sub-folder on its own: the north briefing names its cities and none of the south', async () => {
    const data = JSON.parse(await readFile(join(cwd, 'seq', 'north', 'jianbao-data.json'), 'utf8'));
    expect(data.summary.cities.map((c: { city: string }) => c.city)).toEqual([
      '南京',
      '无锡',
      '徐州',
      '常州',
    ]);
  });

  it('refuses --jobs without --each, and a --jobs that is not a positive whole number (exit 2)', () => {
    for (const args of [
      ['brief', 'weekly/north', '--jobs', '2'],
      ['brief', '--each', 'weekly', '--jobs', '0'],
      ['brief', '--each', 'weekly', '--jobs', 'two'],
    ]) {
      const run = runCli([...args, '--out', 'refused'], { cwd });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^jianbao: USAGE/m);
    }
  });

  it('refuses a folder without sub-folders, naming it', () => {
    const run = runCli(['brief', '--each', 'weekly/north', '--out', 'refused'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('weekly/north');
  });
});
