import { isJianbaoError, JianbaoError } from '@jianbao/core';
import { CommanderError } from 'commander';

/** Exit codes: 0 ok, 1 input error (bad or unreadable input, failed render), 2 usage error. */
export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

/** Node's system errors carry these; we turn them into one-line, coded messages. */
interface SystemError extends Error {
  code: string;
  path?: string;
  syscall?: string;
}

function isSystemError(error: unknown): error is SystemError {
  return error instanceof Error && typeof (error as SystemError).code === 'string' && 'syscall' in error;
}

/** A usage error the CLI raises itself (a bad option value, no inputs left). */
export function usageError(message: string, where?: string): JianbaoError {
  return new JianbaoError('USAGE', message, where === undefined ? {} : { where });
}

/**
 * An error met while writing `path`, as OUTPUT_PATH (not a folder, a name too long, something in the way),
 * OUTPUT_PERMISSION or OUTPUT_WRITE (disk full, I/O) — never a bare EEXIST or an INPUT_ code.
 */
export function outputError(error: unknown, path: string): unknown {
  if (isJianbaoError(error) || !isSystemError(error)) return error;
  const code = error.code;
  const [kind, why] =
    code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
      ? (['OUTPUT_PERMISSION', 'permission denied'] as const)
      : code === 'ENOTDIR' || code === 'EEXIST'
        ? (['OUTPUT_PATH', 'a file is in the way of a folder on the path'] as const)
        : code === 'EISDIR'
          ? (['OUTPUT_PATH', 'a folder has the output’s name'] as const)
          : code === 'ENAMETOOLONG'
            ? (['OUTPUT_PATH', 'the name is too long'] as const)
            : code === 'ELOOP'
              ? (['OUTPUT_PATH', 'a symbolic link is in the way'] as const)
              : code === 'ENOSPC' || code === 'EDQUOT'
                ? (['OUTPUT_WRITE', 'no space left on the device'] as const)
                : (['OUTPUT_WRITE', `${error.syscall ?? 'write'} failed (${code})`] as const);
  return new JianbaoError(
    kind,
    `cannot write ${path}: ${why}`,
    { where: path, snippet: code },
    { cause: error },
  );
}

/**
 * Text from inputs made safe for a terminal: control characters (ESC, BEL, C1 …) but those in `keep` (newline and
 * tab, for a listing) are shown as `\x1b` escapes instead of being sent to the terminal, where ESC sequences would
 * act. A one-line message keeps none: a tab from an argument (--format '\t') is shown as \x09.
 */
export function visible(text: string, keep = '\n\t'): string {
  let out = '';
  for (const c of text) {
    const code = c.charCodeAt(0);
    out += isControl(code) && !keep.includes(c) ? `\\x${code.toString(16).padStart(2, '0')}` : c;
  }
  return out;
}

/** C0 and C1 control characters and DEL. */
export const isControl = (code: number): boolean => code < 0x20 || (code >= 0x7f && code <= 0x9f);

export function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
  if (isJianbaoError(error) && error.code === 'USAGE') return EXIT_USAGE;
  return EXIT_INPUT;
}

/** `CODE`: the stable code a script can match on. */
export function errorCode(error: unknown): string {
  if (isJianbaoError(error)) return error.code;
  if (isSystemError(error)) {
    if (error.code === 'ENOENT') return 'INPUT_NOT_FOUND';
    if (error.code === 'EACCES' || error.code === 'EPERM') return 'INPUT_PERMISSION';
    if (error.code === 'EISDIR') return 'INPUT_FORMAT';
    return error.code;
  }
  return 'INTERNAL';
}

/**
 * One line: `jianbao: CODE: message (where) «snippet»`. Core's messages already name the place; `where` and
 * `snippet` are added only when the message does not contain them, so nothing is said twice.
 */
export function formatError(error: unknown, options: { debug?: boolean; file?: string } = {}): string {
  const code = errorCode(error);
  let message = error instanceof Error ? error.message : String(error);
  const parts: string[] = [];
  if (isJianbaoError(error)) {
    const { where, snippet } = error.details;
    if (
      options.file &&
      !message.includes(options.file) &&
      !(typeof where === 'string' && where.includes(options.file))
    )
      parts.push(options.file);
    // `where` may list several places (file, row, field): add only those the message does not name.
    if (typeof where === 'string' && where) {
      parts.push(
        ...where.split(/,\s*/).filter((part) => part && !message.includes(part) && !parts.includes(part)),
      );
    }
    if (typeof snippet === 'string' && snippet && !message.includes(snippet)) message += ` «${snippet}»`;
  } else if (isSystemError(error)) {
    message = systemMessage(error);
  } else if (options.file) {
    parts.push(options.file);
  }
  const oneLine = message.replace(/\s*\n\s*/g, ' ').trim();
  const line = visible(`jianbao: ${code}: ${oneLine}${parts.length ? ` (${parts.join(', ')})` : ''}`, '');
  if (options.debug && error instanceof Error && error.stack) return `${line}\n${error.stack}`;
  return line;
}

function systemMessage(error: SystemError): string {
  const path = error.path ?? '';
  switch (error.code) {
    case 'ENOENT':
      return `no such file or folder: ${path}`;
    case 'EACCES':
    case 'EPERM':
      return `permission denied: ${path}`;
    case 'EISDIR':
      return `expected a file, found a folder: ${path}`;
    default:
      return `${error.syscall ?? 'i/o'} failed (${error.code}): ${path}`;
  }
}
