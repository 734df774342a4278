import { constants } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { DEFAULT_MAX_BYTES, type InputFormat, JianbaoError } from '@jianbao/core';
import { usageError } from '../errors.js';

/** One input file, as named on the command line or found in a folder. */
export interface InputFile {
  /** The path as shown to the user (relative to the working directory when inside it). */
  display: string;
  path: string;
  format: InputFormat | undefined;
}

const FORMAT_BY_EXTENSION: Record<string, InputFormat> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.json': 'json',
  '.csv': 'csv',
  '.docx': 'docx',
  '.xlsx': 'xlsx',
  '.pdf': 'pdf',
  '.html': 'html',
  '.htm': 'html',
  // Read after LibreOffice converts them (io/source.ts).
  '.doc': 'doc',
  '.wps': 'doc',
  '.odt': 'doc',
  '.xls': 'doc',
  '.et': 'doc',
  '.ods': 'doc',
};

export const INPUT_EXTENSIONS = Object.keys(FORMAT_BY_EXTENSION);

export function formatOf(path: string): InputFormat | undefined {
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()];
}

/**
 * What an editor's programs leave in a folder beside the reports: hidden files (.DS_Store, LibreOffice's
 * .~lock.南京.docx#) and the owner file Word and WPS keep while a document is open (~$南京.docx, a few bytes that are
 * no .docx): listed, it failed the whole briefing.
 */
const isLeftover = (name: string): boolean => name.startsWith('.') || name.startsWith('~$');

/**
 * A folder's reports: files with a known extension, in name order (code-point order, so the same on every
 * machine). Hidden files, an open document's owner file and README files are documentation or leftovers, not
 * reports.
 */
async function folderEntries(folder: string, exclude: ReadonlySet<string>): Promise<string[]> {
  const names = await readdir(folder, { withFileTypes: true });
  const found: string[] = [];
  for (const entry of names) {
    const name = entry.name;
    if (isLeftover(name) || /^readme(\.|$)/i.test(name) || formatOf(name) === undefined) continue;
    if (exclude.has(join(folder, name))) continue; // this run's own output: never its input
    if (entry.isSymbolicLink()) {
      // A linked report is read like any other (a link to a folder is a subfolder: skipped); a broken link
      // is kept, so that reading it reports INPUT_NOT_FOUND instead of skipping it in silence.
      const target = await stat(join(folder, name)).catch(() => null);
      if (target?.isDirectory()) continue;
    } else if (!entry.isFile()) {
      continue;
    }
    found.push(name);
  }
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((name) => join(folder, name));
}

function display(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}

/**
 * Expands the command line's files and folders into input files, in the order given (a folder's files in
 * name order). Files in `exclude` (the run's own outputs) are not taken from folders, so `brief out --out out`
 * does not read its earlier briefing as a report. A file named explicitly is taken whatever its extension
 * (a link too; a folder's links are followed); a path that does not exist throws
 * Node's ENOENT error, which the CLI reports as INPUT_NOT_FOUND.
 */
export async function expandInputs(
  paths: readonly string[],
  cwd = process.cwd(),
  exclude: readonly string[] = [],
): Promise<InputFile[]> {
  const excluded = new Set(exclude.map((path) => resolve(cwd, path)));
  const files: InputFile[] = [];
  const seen = new Set<string>();
  for (const given of paths) {
    if (given === STDIN) {
      if (!seen.has(STDIN)) files.push({ display: 'stdin', path: STDIN, format: undefined });
      seen.add(STDIN);
      continue;
    }
    const path = resolve(cwd, given);
    const info = await stat(path);
    const found = info.isDirectory() ? await folderEntries(path, excluded) : [path];
    for (const file of found) {
      if (seen.has(file)) continue;
      seen.add(file);
      files.push({ display: display(file, cwd), path: file, format: formatOf(file) });
    }
  }
  return files;
}

/** `-` on the command line: standard input, read only when asked for. */
export const STDIN = '-';

function tooLarge(where: string, size: number, maxBytes: number, more = ''): JianbaoError {
  return new JianbaoError(
    'INPUT_TOO_LARGE',
    `${where}: input is ${more}${size} bytes, over the limit of ${maxBytes} bytes (option maxBytes)`,
    { where, snippet: `${more}${size} bytes`, size, maxBytes },
  );
}

function notAFile(where: string, kind: string): JianbaoError {
  return new JianbaoError(
    'INPUT_NOT_A_FILE',
    `${where} is a ${kind}, not a regular file (to read standard input, name it as -)`,
    { where, snippet: kind },
  );
}

function kindOf(info: {
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isDirectory(): boolean;
}): string {
  if (info.isFIFO()) return 'FIFO (named pipe)';
  if (info.isSocket()) return 'socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
  if (info.isDirectory()) return 'folder';
  return 'special file';
}

const CHUNK = 1 << 20;
/** The least a read asks for once the size `stat` gave is read: the read that finds the end stays small. */
const PROBE = 1 << 12;

/**
 * The file's bytes, read through one bounded reader: only a regular file is read (a device, FIFO or socket is
 * refused with INPUT_NOT_A_FILE before it is opened, and again on the opened descriptor), and the byte cap is
 * enforced on the bytes actually read, not on what `stat` says — a file that grows while read is cut off at
 * `maxBytes + 1` bytes with INPUT_TOO_LARGE. `-` reads standard input, bounded the same way while streaming.
 */
export async function readInput(file: InputFile, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  if (file.path === STDIN) return readStdin(file.display, maxBytes);
  return readRegularFile(file.path, file.display, maxBytes);
}

/** The bounded read of one regular file (see readInput); `where` names it in errors. */
export async function readRegularFile(path: string, where: string, maxBytes: number): Promise<Uint8Array> {
  const info = await stat(path);
  if (!info.isFile()) throw notAFile(where, kindOf(info));
  if (info.size > maxBytes) throw tooLarge(where, info.size, maxBytes);
  // O_NONBLOCK: should the path have been swapped for a FIFO since the stat, opening it does not hang.
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) throw notAFile(where, kindOf(opened));
    // The whole file into one buffer of the size stat gives: reading it in 1 MB chunks copied it once more to join
    // them (a 16 MB font: ~0.1 s and as many page faults). Only a file grown since the stat is read on in chunks,
    // the first a small probe that sees the end (2,000 small reports once allocated 4 GB of zeroed 1 MB chunks).
    const bytes = new Uint8Array(Math.min(opened.size, maxBytes + 1));
    let total = 0;
    while (total < bytes.length) {
      const { bytesRead } = await handle.read(bytes, total, bytes.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    if (total > maxBytes) throw tooLarge(where, total, maxBytes, 'at least ');
    if (total < bytes.length) return bytes.subarray(0, total); // shorter than stat said
    const chunks: Uint8Array[] = [bytes];
    for (;;) {
      const buffer = new Uint8Array(Math.min(chunks.length === 1 ? PROBE : CHUNK, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(where, total, maxBytes, 'at least ');
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return concat(chunks, total);
  } finally {
    await handle.close();
  }
}

async function readStdin(where: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const stdin = process.stdin;
  try {
    for await (const chunk of stdin as AsyncIterable<Uint8Array>) {
      total += chunk.length;
      if (total > maxBytes) throw tooLarge(where, total, maxBytes, 'at least ');
      chunks.push(chunk);
    }
  } finally {
    stdin.destroy();
  }
  return concat(chunks, total);
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/** The one file a command such as `extract` works on; a folder is a usage error. */
export async function singleInput(given: string, cwd = process.cwd()): Promise<InputFile> {
  if (given === STDIN) return { display: 'stdin', path: STDIN, format: undefined };
  const path = resolve(cwd, given);
  if ((await stat(path)).isDirectory()) {
    throw usageError(
      `${given} is a folder; extract reads one file (use \`jianbao brief\` for folders)`,
      given,
    );
  }
  return { display: display(path, cwd), path, format: formatOf(path) };
}
