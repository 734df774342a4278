import { type Command, InvalidArgumentError } from 'commander';
import type { ExtractCliOptions } from './extract-run.js';

export function parseIsoDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  // Date.parse accepts 2024-02-30 (it rolls over to March 1): the day must exist in its month.
  const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
    throw new InvalidArgumentError('expected a date that exists, as YYYY-MM-DD, e.g. 2024-01-15.');
  }
  return value;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('read one report and list every figure, first, law and date found in it')
    .argument(
      '<file>',
      'a city report (.md, .txt, .json, .csv, .docx, .xlsx, .pdf, .html, .doc) or a compiled article; - reads stdin',
    )
    .option('--json', 'print only the extraction contract as JSON on stdout (for scripts), compact')
    .option('--pretty', 'print the contract as indented JSON, for reading (implies --json)')
    .option(
      '--review',
      'print a reviewed-extraction document (contract + text + chosen sentences) to edit and brief with --extraction',
    )
    .option('--text', 'print the text as read — for .pdf, .html and .xlsx the text that the spans point into')
    .option(
      '--reference-date <date>',
      'resolve relative dates (去年, 今年) against this date, YYYY-MM-DD',
      parseIsoDate,
    )
    .addHelpText(
      'after',
      `
Examples:
  $ jianbao extract apps/demo/data/jiangsu/02-wuxi.md
  $ jianbao extract article.txt --json > extraction.json
  $ jianbao extract article.txt --review > review.json   # edit, then: jianbao brief --extraction review.json`,
    )
    .action((file: string, options: ExtractCliOptions) =>
      import('./extract-run.js').then(({ runExtract }) => runExtract(file, options)),
    );
}
