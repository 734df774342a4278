import {
  CATEGORY_NAMES,
  type ExtractedSection,
  type Extraction,
  extract,
  reviewDocument,
} from '@jianbao/core';
import { visible } from '../errors.js';
import { formatMetric } from '../format/figures.js';
import { formatTable } from '../format/table.js';
import { readInput, singleInput } from '../io/inputs.js';
import { writeJson } from '../io/json-stream.js';
import { readFileSource } from '../io/source.js';

export interface ExtractCliOptions {
  json?: boolean;
  /** The contract as indented JSON (implies `json`); `json` alone is compact: half the bytes, written faster. */
  pretty?: boolean;
  text?: boolean;
  review?: boolean;
  referenceDate?: string;
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

/** `jianbao extract`: loaded only when the command runs, so `--help` loads no core. */
export async function runExtract(file: string, options: ExtractCliOptions): Promise<void> {
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
  // The input's length tells writeJson whether the JSON may be longer than a string may be (then it is streamed).
  if (options.review)
    await writeJson(process.stdout, reviewDocument(source, extraction), 2, source.text.length);
  else if (options.json || options.pretty)
    await writeJson(process.stdout, extraction, options.pretty ? 2 : 0, source.text.length);
  else process.stdout.write(visible(formatExtraction(extraction)));
}
