import { EXIT_INPUT, formatError } from './errors.js';
import { main } from './program.js';

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
