import { InvalidArgumentError, Option } from 'commander';
import { isControl } from './errors.js';
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

/** C0 and C1 control characters (ESC, BEL, NUL …) and DEL: nothing a briefing prints, a risk in a terminal. */
const hasControl = (value: string): boolean => [...value].some((c) => isControl(c.charCodeAt(0)));

/** A text option (`--title`, `--name`, `--org`): not blank, at most `max` characters, no control characters. */
export function textOption(flag: string, max: number): (value: string) => string {
  return (value) => {
    if (value.trim() === '') throw new InvalidArgumentError(`${flag} is empty.`);
    if (hasControl(value)) throw new InvalidArgumentError(`${flag} holds a control character.`);
    if ([...value].length > max) {
      throw new InvalidArgumentError(`${flag} is ${[...value].length} characters long; at most ${max}.`);
    }
    return value;
  };
}

/** `--issue`: a whole number from 1 to 999999 (3 → 第3期), or the text to print (第3期（总第45期）). */
export function parseIssue(value: string): number | string {
  if (/^\d+$/.test(value)) {
    const issue = Number(value);
    if (value.length > 6 || issue < 1) {
      throw new InvalidArgumentError(
        `--issue takes a number from 1 to 999999 or the text to print, not ${value}.`,
      );
    }
    return issue;
  }
  return textOption('--issue', 40)(value);
}

/**
 * `--base`: the stem of the output names, a plain file name — no folder (`../x` would write outside --out),
 * not empty, not `.`/`..`, no control characters, at most 100 characters.
 */
export function parseBase(value: string): string {
  if (value === '' || value === '.' || value === '..' || /[/\\]/.test(value) || hasControl(value)) {
    throw new InvalidArgumentError(
      'expected a plain file name stem (no folder, no control characters), e.g. jiangsu; use --out for the folder.',
    );
  }
  if ([...value].length > 100) throw new InvalidArgumentError('--base is longer than 100 characters.');
  return value;
}
