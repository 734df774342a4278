import type { Command } from 'commander';
import { batchOptions } from '../batch/options.js';
import { layoutOptions, parseBase, parseFormats, parseIssue, textOption } from '../options.js';
import type { BriefCliOptions } from './brief-run.js';
import { parseIsoDate } from './extract.js';

export function registerBrief(program: Command, setExitCode: (code: number) => void): void {
  const command = program
    .command('brief')
    .description('compose one provincial briefing from city reports (files or folders)')
    .argument(
      '[inputs...]',
      'city reports (.md, .txt, .json, .csv, .docx, .xlsx, .pdf, .html, .doc, .wps), compiled articles, or folders of them',
    )
    .option(
      '--extraction <file>',
      'a reviewed extraction (written by `jianbao extract FILE --review`, then edited) to brief as reviewed; repeatable',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option('--format <list>', 'what to write, comma-separated: pdf, docx, json', parseFormats, [
      'pdf',
      'docx',
      'json',
    ])
    .option('--out <dir>', 'output folder', 'out')
    .option(
      '--base <name>',
      'file name stem: <base>-briefing.pdf, <base>-briefing.docx, <base>-data.json',
      parseBase,
      'jianbao',
    )
    .option(
      '--title <text>',
      'the briefing’s title (default: composed from the reports)',
      textOption('--title', 200),
    )
    .option(
      '--name <text>',
      'the briefing’s name in the masthead, e.g. 人大工作简报',
      textOption('--name', 40),
    )
    .option(
      '--issue <text>',
      'issue: a number (3 → 第3期) or the text to print (第3期（总第45期）)',
      parseIssue,
    )
    .option(
      '--org <text>',
      'compiling office, printed in the masthead and the closing block',
      textOption('--org', 60),
    )
    .option(
      '--date <date>',
      'date printed on the briefing, YYYY-MM-DD (default: today; a date the reports mention is never taken for it)',
      parseIsoDate,
    )
    .option('--pretty', 'indent the data JSON (<base>-data.json) for reading; compact by default')
    .option('--keep-going', 'when an input fails, report it and still brief the others (exit code stays 1)')
    .option(
      '--keep-order',
      'list the cities in the order of the inputs (default: as the province lists them, by their codes)',
    );
  for (const option of [...layoutOptions(), ...batchOptions()]) command.addOption(option);
  command
    .addHelpText(
      'after',
      `
Outputs are written to temporary files and renamed at the end, so a failed or interrupted run leaves no
half-written briefing. Exit codes: 0 ok, 1 an input failed, 2 bad arguments.

Examples:
  $ jianbao brief apps/demo/data/jiangsu --out out
  $ jianbao brief reports/ extra/nanjing.json --format pdf --script hant --org 省人大常委会办公厅 --issue 第3期
  $ jianbao brief reports/ --keep-going --font body=/usr/share/fonts/FangSong.ttf
  $ jianbao brief reports/ --theme apps/demo/templates/theme-example.json --template apps/demo/templates/office-template.docx
  $ jianbao brief reports/ --report-to 省委办公厅 --issue-to 各设区市人大常委会 --cc 省政府办公厅 --copies 80
  $ jianbao brief --each weekly/ --jobs 2 --out out   # weekly/a → out/a/, weekly/b → out/b/ …`,
    )
    .action((files: string[], options: BriefCliOptions & { extraction?: string[] }, self: Command) =>
      import('./brief-run.js').then(({ runBrief }) => runBrief(files, options, self, setExitCode)),
    );
}
