import { InvalidArgumentError, Option } from 'commander';
import { isControl } from './errors.js';
import { OUTPUT_FORMATS, type OutputFormat } from './output-formats.js';

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

/** `--copies 80` → 80; anything but a positive whole number is a usage error (exit 2). */
export function parseCopies(value: string): number {
  const copies = Number(value);
  if (!/^\d+$/.test(value) || copies < 1 || !Number.isSafeInteger(copies)) {
    throw new InvalidArgumentError(`--copies takes a positive whole number, not "${value}".`);
  }
  return copies;
}

/** The layout and closing-block options as commander parsed them, for `BriefOptions`. */
export interface LayoutCliOptions {
  theme?: string;
  template?: string;
  reportTo?: string;
  sendTo?: string;
  issueTo?: string;
  cc?: string;
  printer?: string;
  copies?: number;
}

/** Only the options given, so that compose's defaults apply to the rest. */
export function layoutBriefOptions(options: LayoutCliOptions) {
  const recipients = {
    ...(options.reportTo !== undefined ? { report: options.reportTo } : {}),
    ...(options.sendTo !== undefined ? { send: options.sendTo } : {}),
    ...(options.issueTo !== undefined ? { issue: options.issueTo } : {}),
    ...(options.cc !== undefined ? { copy: options.cc } : {}),
  };
  return {
    ...(options.theme !== undefined ? { theme: options.theme } : {}),
    ...(options.template !== undefined ? { template: options.template } : {}),
    ...(Object.keys(recipients).length > 0 ? { recipients } : {}),
    ...(options.printer !== undefined ? { printer: options.printer } : {}),
    ...(options.copies !== undefined ? { copies: options.copies } : {}),
  };
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
    new Option(
      '--theme <file>',
      'a theme JSON (any part of one: margins, sizes in pt or 号, colours …) over the style',
    ),
    new Option(
      '--template <file>',
      'the office’s own Word template (.docx): its styles, page, headers, footers, masthead',
    ),
    new Option('--report-to <text>', '版记: 报： recipients (superiors)'),
    new Option('--send-to <text>', '版记: 送： recipients (peers)'),
    new Option('--issue-to <text>', '版记: 发： recipients (subordinates)'),
    new Option('--cc <text>', '版记: 抄送： recipients'),
    new Option('--printer <text>', '版记: the printing office (default: the compiling office)'),
    new Option('--copies <n>', '版记: 共印N份').argParser(parseCopies),
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
