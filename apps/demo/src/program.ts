import { Command, CommanderError } from 'commander';
import { version } from '../package.json';
import { registerBrief } from './commands/brief.js';
import { registerDemo } from './commands/demo.js';
import { registerExtract } from './commands/extract.js';
import { exitCodeFor, formatError, visible } from './errors.js';

/** Builds the `jianbao` program; `setExitCode` receives the outcome of commands that finish normally. */
export function createProgram(setExitCode: (code: number) => void): Command {
  const program = new Command()
    .name('jianbao')
    .description(
      'Turn the work reports of a province’s cities into one provincial briefing (PDF, Word, JSON).',
    )
    .version(version, '-V, --version', 'print the version')
    .option('--debug', 'on an error, print the stack trace too')
    .configureOutput({
      // Usage errors read like every other error: one line, with its code (and the pointer to --help on it).
      outputError: (text, write) => {
        const message = text
          .replace(/^error: /, '')
          .replace(/\s*\n\s*/g, ' ')
          .trim();
        write(`${visible(`jianbao: USAGE: ${message} (add --help for usage and examples)`, '')}\n`);
      },
    })
    .exitOverride()
    .addHelpText(
      'after',
      `
Exit codes: 0 ok, 1 an input could not be read or briefed, 2 bad arguments.

Examples:
  $ jianbao demo                                  # the Jiangsu briefing into ./out
  $ jianbao brief reports/ --out out --issue 第3期
  $ jianbao extract reports/02-wuxi.md --json`,
    );
  registerExtract(program);
  registerBrief(program, setExitCode);
  registerDemo(program, setExitCode);
  return program;
}

/** Runs the CLI on `argv` (as process.argv) and resolves to the exit code; prints errors on one line. */
export async function main(argv: readonly string[]): Promise<number> {
  let exitCode = 0;
  const program = createProgram((code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv as string[]);
    return exitCode;
  } catch (error) {
    // Commander has already printed its own messages (usage errors, help, version).
    if (!(error instanceof CommanderError)) {
      process.stderr.write(`${formatError(error, { debug: argv.includes('--debug') })}\n`);
    }
    return exitCodeFor(error);
  }
}
