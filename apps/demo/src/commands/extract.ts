import {
  CATEGORY_NAMES,
  type ExtractedSection,
  type Extraction,
  extract,
  reviewDocument,
} from '@jianbao/core';
import { type Command, InvalidArgumentError } from 'commander';
import { visible } from '../errors.js';
import { formatMetric } from '../format/figures.js';
import { formatTable } from '../format/table.js';
import { readInput, singleInput } from '../io/inputs.js';
import { writeJson } from '../io/json-stream.js';
import { readFileSource } from '../io/source.js';

export function parseIsoDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  // Date.parse accepts 2024-02-30 (it rolls over to March 1): the day must exist in its month.
  const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
    throw new InvalidArgumentError('expected a date that exists, as YYYY-MM-DD, e.g. 2024-01-15.');
  }
  return value;
}

function sectionTitle(section: ExtractedSection): string {
  const name = section.kind === 'preface' ? '(preface)' : (section.city ?? '(city not recognised)');
  const counts = [
    `${section.metrics.length} figures`,
    `${section.firsts.length} firsts`,
    `${section.laws.length} laws`,
    `${section.brands.length} brands`,
  ].join(', ');
  return `${name}${section.source ? ` — ${section.source}` : ''}  [${section.span[0]}–${section.span[1]}]  ${counts}`;
}

/** The readable form of an extraction: per section, its figures as a table, then firsts and laws. */
export function formatExtraction(extraction: Extraction): string {
  const blocks = extraction.sections.map((section) => {
    const lines = [sectionTitle(section)];
    if (section.metrics.length) {
      lines.push(
        formatTable(
          [
            { header: 'figure', align: 'right' },
            { header: 'counts' },
            { header: 'category' },
            { header: 'as written' },
          ],
          section.metrics.map((m) => [
            formatMetric(m),
            m.label,
            CATEGORY_NAMES[m.category],
            m.text.replace(/\s+/g, ' '),
          ]),
        ),
      );
    }
    for (const first of section.firsts) lines.push(`  first: ${first.text}`);
    for (const law of section.laws) lines.push(`  law:   《${law.title}》`);
    return lines.join('\n');
  });
  const figures = extraction.sections.reduce((n, s) => n + s.metrics.length, 0);
  const cities = extraction.sections.filter((s) => s.kind === 'city').length;
  return `${blocks.join('\n\n')}\n\n${cities} city sections, ${figures} figures (script: ${extraction.script})\n`;
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('read one report and list every figure, first, law and date found in it')
    .argument(
      '<file>',
      'a city report (.md, .txt, .json, .csv, .docx, .xlsx, .pdf, .html, .doc) or a compiled article; - reads stdin',
    )
    .option('--json', 'print only the extraction contract as JSON on stdout (for scripts)')
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
    .action(
      async (
        file: string,
        options: { json?: boolean; text?: boolean; review?: boolean; referenceDate?: string },
      ) => {
        const input = await singleInput(file);
        const source = await readFileSource(input, await readInput(input));
        if (options.text) {
          process.stdout.write(source.text.endsWith('\n') ? source.text : `${source.text}\n`);
          return;
        }
        const extraction = extract(source, {
          origin: input.display,
          ...(options.referenceDate ? { referenceDate: options.referenceDate } : {}),
        });
        // For a person to review: the contract, the text it points into, and the sentences each city's part quotes.
        if (options.review) await writeJson(process.stdout, reviewDocument(source, extraction));
        // Streamed: the JSON of a large extraction is longer than a string may be.
        else if (options.json) await writeJson(process.stdout, extraction);
        else process.stdout.write(visible(formatExtraction(extraction)));
      },
    );
}
