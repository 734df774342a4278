import type { Command } from 'commander';
import { layoutOptions } from '../options.js';
import type { DemoCliOptions } from './demo-run.js';

export function registerDemo(program: Command, setExitCode: (code: number) => void): void {
  const command = program
    .command('demo')
    .description('build the Jiangsu provincial briefing from the bundled dataset (13 city reports)')
    .option('--out <dir>', 'output folder (relative to the current directory)', 'out');
  for (const option of layoutOptions()) command.addOption(option);
  command
    .addHelpText(
      'after',
      `
Writes <out>/jiangsu-briefing.pdf, <out>/jiangsu-briefing.docx and <out>/jiangsu-data.json (the extraction
of each report plus the provincial summary), then prints what was found and how long each stage took.

Examples:
  $ jianbao demo
  $ jianbao demo --out /tmp/briefing --style modern --script hant
  $ jianbao demo --template apps/demo/templates/office-template.docx --out /tmp/office`,
    )
    .action((options: DemoCliOptions, self: Command) =>
      import('./demo-run.js').then(({ runDemo }) => runDemo(options, self, setExitCode)),
    );
}
