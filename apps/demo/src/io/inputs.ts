import { readdir, readFile, stat } from 'node:fs/promises';
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
 * A folder's reports: files with a known extension, in name order (code-point order, so the same on every
 * machine). Hidden files and README files are documentation or leftovers, not reports.
 */
async function folderEntries(folder: string): Promise<string[]> {
  const names = await readdir(folder, { withFileTypes: true });
  return names
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .filter((name) => !name.startsWith('.') && !/^readme(\.|$)/i.test(name) && formatOf(name) !== undefined)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => join(folder, name));
}

function display(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}

/**
 * Expands the command line's files and folders into input files, in the order given (a folder's files in
 * name order). A file named explicitly is taken whatever its extension; a path that does not exist throws
 * Node's ENOENT error, which the CLI reports as INPUT_NOT_FOUND.
 */
export async function expandInputs(paths: readonly string[], cwd = process.cwd()): Promise<InputFile[]> {
  const files: InputFile[] = [];
  const seen = new Set<string>();
  for (const given of paths) {
    const path = resolve(cwd, given);
    const info = await stat(path);
    const found = info.isDirectory() ? await folderEntries(path) : [path];
    for (const file of found) {
      if (seen.has(file)) continue;
      seen.add(file);
      files.push({ display: display(file, cwd), path: file, format: formatOf(file) });
    }
  }
  return files;
}

/**
 * The file's bytes. Its size is checked first, so an oversized file is refused (INPUT_TOO_LARGE, as core would)
 * without being read into memory — and files over Node's 2 GiB read limit get that code too.
 */
export async function readInput(file: InputFile, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  const { size } = await stat(file.path);
  if (size > maxBytes) {
    throw new JianbaoError(
      'INPUT_TOO_LARGE',
      `${file.display}: input is ${size} bytes, over the limit of ${maxBytes} bytes (option maxBytes)`,
      { where: file.display, snippet: `${size} bytes`, size, maxBytes },
    );
  }
  return new Uint8Array(await readFile(file.path));
}

/** The one file a command such as `extract` works on; a folder is a usage error. */
export async function singleInput(given: string, cwd = process.cwd()): Promise<InputFile> {
  const path = resolve(cwd, given);
  if ((await stat(path)).isDirectory()) {
    throw usageError(
      `${given} is a folder; extract reads one file (use \`jianbao brief\` for folders)`,
      given,
    );
  }
  return { display: display(path, cwd), path, format: formatOf(path) };
}
