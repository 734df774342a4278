import { InvalidArgumentError, Option } from 'commander';
import { OUTPUT_FORMATS, type OutputFormat } from './pipeline.js';

/** `pdf,docx` → ['pdf', 'docx']; an unknown format is a usage error (exit 2). */
export function parseFormats(value: string): OutputFormat[] {
  const formats = value
    .split(',')
    .map((f) => f.trim().toLowerCase())
    .filter(Boolean);
  const unknown = formats.filter((f) => !(OUTPUT_FORMATS as readonly string[]).includes(f));
  if (formats.length === 0 || unknown.length > 0) {
    throw new InvalidArgumentError(
      `unknown format ${unknown.join(', ') || '(none)'}; choose from ${OUTPUT_FORMATS.join(', ')}.`,
    );
  }
  return [...new Set(formats)] as OutputFormat[];
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Options that shape the briefing, shared by `brief` and `demo`. */
export function layoutOptions(): Option[] {
  return [
    new Option(
      '--script <script>',
      'script of the briefing: hans (简体), hant (繁體), auto (the reports’ own)',
    )
      .choices(['hans', 'hant', 'auto'])
      .default('auto'),
    new Option('--style <style>', 'layout: official (GB/T 9704 简报) or modern')
      .choices(['official', 'modern'])
      .default('official'),
    new Option(
      '--font <path>',
      'a font for the PDF, repeatable: ROLE=PATH (body, title, heading1, heading2, chart) or PATH',
    )
      .argParser(collect)
      .default([]),
    new Option('--no-provenance', 'leave out the source notes that tie each figure to its city and report'),
  ];
}
