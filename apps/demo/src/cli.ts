import { Command } from 'commander';
import { version } from '../package.json';

/** Exit codes: 0 ok, 1 input error, 2 usage error (including "not built yet"). */
const EXIT_USAGE = 2;

function notBuiltYet(name: string): never {
  process.stderr.write(`jianbao ${name}: not built yet in this version of jianbao\n`);
  process.exit(EXIT_USAGE);
}

const program = new Command()
  .name('jianbao')
  .description('Turn the work reports of a province’s cities into one provincial briefing (PDF, Word, JSON).')
  .version(version, '-V, --version')
  .showHelpAfterError()
  .exitOverride((err) => {
    process.exit(err.exitCode === 0 ? 0 : EXIT_USAGE);
  });

program
  .command('extract')
  .description('extract every figure, first, law and date from a report')
  .argument('<file>', 'a city report or compiled article')
  .option('--json', 'print the extraction contract as JSON')
  .action(() => notBuiltYet('extract'));

program
  .command('brief')
  .description('compose a provincial briefing from city reports')
  .argument('<inputs...>', 'files or folders of city reports')
  .action(() => notBuiltYet('brief'));

program
  .command('demo')
  .description('build the Jiangsu provincial briefing from the bundled dataset')
  .action(() => notBuiltYet('demo'));

program.parse();
