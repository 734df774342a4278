import { EXIT_INPUT, formatError } from './errors.js';
import { main } from './program.js';

// A reader that stops early (`jianbao --help | head`) closes the pipe: that is the end of the output, not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // main() reports every error itself; reaching here is a bug, so show everything.
    process.stderr.write(`${formatError(error, { debug: true })}\n`);
    process.exitCode = EXIT_INPUT;
  },
);
