/**
 * Issue 18 fuzz run over the CLI's arguments: random commands, flags and values (control characters, huge
 * numbers, paths with ../, empty strings) never give an uncoded error. Every line on stderr is
 * `jianbao: CODE: …` with a code other than INTERNAL, and the exit code is 0, 1 or 2. Run in-process on
 * `main`; inputs name files that do not exist, so no run gets as far as rendering. Bounded runs; set
 * JIANBAO_FUZZ_RUNS / JIANBAO_FUZZ_SEED to run longer or replay (the seed is printed on failure).
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../src/program.js';

const RUNS = Number(process.env.JIANBAO_FUZZ_RUNS ?? 120);
const SEED = process.env.JIANBAO_FUZZ_SEED === undefined ? undefined : Number(process.env.JIANBAO_FUZZ_SEED);

const FLAGS = [
  '--format',
  '--out',
  '--base',
  '--title',
  '--name',
  '--issue',
  '--org',
  '--date',
  '--script',
  '--style',
  '--font',
  '--jobs',
  '--json',
  '--reference-date',
  '--keep-going',
  '--no-provenance',
  '--each',
  '--debug',
];
const value = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom(
    '',
    '0',
    '-1',
    '99999999999999999999999',
    '2024-02-30',
    '2024-01-15',
    '../../x',
    'pdf,docx',
    'a\u0007b',
  ),
  fc.constantFrom('\u001b[31m', '办'.repeat(300), 'NaN', '1e309', 'hant', 'official', 'body=/no/such.ttf'),
);
const arg = fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...FLAGS) }, { weight: 3, arbitrary: value });
const argv = fc
  .tuple(fc.constantFrom('brief', 'extract', 'frobnicate', '--help'), fc.array(arg, { maxLength: 8 }))
  // Inputs that do not exist (no run renders); never `-`, which would read the test runner's stdin.
  .map(([command, rest]) => [command, 'no/such/report.md', ...rest.filter((a) => a !== '-')]);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('fuzz: CLI arguments', () => {
  it('give only one-line coded errors and exit codes 0, 1 or 2', async () => {
    const stderr: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stderr.push(String(chunk));
      return true;
    });
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const details = await fc.check(
      fc.asyncProperty(argv, async (args) => {
        stderr.length = 0;
        const code = await main(['node', 'jianbao', ...args]);
        expect([0, 1, 2]).toContain(code);
        const lines = stderr.join('').split('\n').filter(Boolean);
        // --debug adds the stack trace under the one line: check the lines that are messages.
        for (const line of args.includes('--debug') ? lines.filter((l) => l.startsWith('jianbao')) : lines) {
          expect(line).toMatch(/^jianbao: (?!INTERNAL)[A-Z_]+: |^jianbao: --jobs \d+ lowered/);
          expect(
            [...line].some(
              (c) => c.charCodeAt(0) < 0x20 || (c.charCodeAt(0) >= 0x7f && c.charCodeAt(0) <= 0x9f),
            ),
          ).toBe(false);
        }
      }),
      { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
    );
    if (details.failed) {
      throw new Error(
        `fuzz failed — replay with JIANBAO_FUZZ_SEED=${details.seed}: ${JSON.stringify(details.counterexample)}\n${String(details.errorInstance)}`,
      );
    }
  });
});
