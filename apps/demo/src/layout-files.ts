import { readFile, stat } from 'node:fs/promises';
import { isJianbaoError, type PartialTheme, resolveTheme } from '@jianbao/core';
import { usageError } from './errors.js';

/** A theme is a small JSON file; a template a .docx (bounded again, part by part, by @jianbao/docx). */
const MAX_THEME_BYTES = 256 * 1024;
const MAX_TEMPLATE_BYTES = 20 * 1024 * 1024;

export interface LayoutFiles {
  theme?: PartialTheme;
  template?: Uint8Array;
}

async function readBounded(path: string, limit: number, what: string): Promise<Buffer> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw usageError(`cannot read the ${what} ${path}`, path);
  }
  if (size > limit) throw usageError(`the ${what} ${path} is ${size} bytes; at most ${limit} are read`, path);
  return readFile(path);
}

/**
 * `--theme theme.json` and `--template office.docx`, read and checked before any report is: a typo in a theme key
 * or a template that is not a Word document is a usage error (exit 2) naming the file and the key.
 */
export async function loadLayoutFiles(options: {
  theme?: string;
  template?: string;
  style: 'official' | 'modern';
}): Promise<LayoutFiles> {
  const out: LayoutFiles = {};
  if (options.theme) {
    const text = (await readBounded(options.theme, MAX_THEME_BYTES, 'theme')).toString('utf8');
    let theme: unknown;
    try {
      theme = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw usageError(`the theme ${options.theme} is not JSON: ${(error as Error).message}`, options.theme);
    }
    try {
      resolveTheme(options.style, theme);
    } catch (error) {
      if (isJianbaoError(error))
        throw usageError(`${options.theme}: ${error.message}`, String(error.details.where));
      throw error;
    }
    out.theme = theme as PartialTheme;
  }
  if (options.template) {
    const bytes = await readBounded(options.template, MAX_TEMPLATE_BYTES, 'template');
    out.template = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  return out;
}

/** Warnings from the renderers (a style a template lacks, a substituted face) on stderr, one line each. */
export function printWarning(message: string): void {
  process.stderr.write(`jianbao: warning: ${message}\n`);
}
