import { JianbaoError } from '@jianbao/core';
import { CommanderError, InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { EXIT_INPUT, EXIT_OK, EXIT_USAGE, exitCodeFor, formatError } from '../src/errors.js';

describe('formatError', () => {
  it('prints one line with the code, the place and the snippet', () => {
    const error = new JianbaoError('INPUT_EMPTY', 'the report has no text', {
      where: 'line 1',
      snippet: '   ',
    });
    const line = formatError(error, { file: 'reports/a.md' });
    expect(line).toBe('jianbao: INPUT_EMPTY: the report has no text «   » (reports/a.md, line 1)');
    expect(line).not.toContain('\n');
  });

  it('does not repeat a place the message already names', () => {
    const error = new JianbaoError('INPUT_SCHEMA', 'a.json: field "city" is missing', { where: 'a.json' });
    expect(formatError(error, { file: 'a.json' })).toBe(
      'jianbao: INPUT_SCHEMA: a.json: field "city" is missing',
    );
  });

  it('adds only the parts of a multi-part place that the message leaves out', () => {
    const error = new JianbaoError('INPUT_SCHEMA', 'b.csv: unknown column "foo"', { where: 'b.csv, row 1' });
    expect(formatError(error, { file: 'b.csv' })).toBe(
      'jianbao: INPUT_SCHEMA: b.csv: unknown column "foo" (row 1)',
    );
  });

  it('keeps a multi-line message on one line', () => {
    expect(formatError(new JianbaoError('INPUT_FORMAT', 'bad\n  header'))).toBe(
      'jianbao: INPUT_FORMAT: bad header',
    );
  });

  it('shows a tab or an escape in the message as \\x09, \\x1b: one line, nothing a terminal acts on', () => {
    expect(formatError(new JianbaoError('USAGE', 'unknown format "\t\u001b[31m"'))).toBe(
      'jianbao: USAGE: unknown format "\\x09\\x1b[31m"',
    );
  });

  it('adds the stack only with --debug', () => {
    const error = new JianbaoError('RENDER_FAILED', 'pdfmake failed');
    expect(formatError(error)).not.toContain('at ');
    expect(formatError(error, { debug: true }).split('\n').length).toBeGreaterThan(1);
  });

  it('names a missing file with a stable code', () => {
    const enoent = Object.assign(new Error('ENOENT: no such file'), {
      code: 'ENOENT',
      syscall: 'stat',
      path: 'x.md',
    });
    expect(formatError(enoent)).toBe('jianbao: INPUT_NOT_FOUND: no such file or folder: x.md');
  });
});

describe('exitCodeFor', () => {
  it('is 2 for usage errors, 1 for input errors, 0 for help and version', () => {
    expect(exitCodeFor(new JianbaoError('USAGE', 'bad option'))).toBe(EXIT_USAGE);
    expect(exitCodeFor(new InvalidArgumentError('bad value'))).toBe(EXIT_USAGE);
    expect(exitCodeFor(new CommanderError(1, 'commander.unknownOption', 'x'))).toBe(EXIT_USAGE);
    expect(exitCodeFor(new CommanderError(0, 'commander.helpDisplayed', '(outputHelp)'))).toBe(EXIT_OK);
    expect(exitCodeFor(new JianbaoError('INPUT_ENCODING', 'not UTF-8'))).toBe(EXIT_INPUT);
    expect(exitCodeFor(new Error('unexpected'))).toBe(EXIT_INPUT);
  });
});
