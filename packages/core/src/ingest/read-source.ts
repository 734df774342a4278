import { JianbaoError } from '../errors.js';
import { checkKnownOptions, checkMaxBytes, checkTextOrBytes } from '../guard.js';
import type { InputFormat, Source } from '../types.js';
import { parseCsvRecords } from './csv.js';
import { decodeBytes } from './decode.js';
import { docxText, isZip } from './docx.js';
import { refuseAsyncOnly } from './formats.js';
import { hasFrontMatter, readFrontMatter } from './front-matter.js';
import { parseJsonRecords } from './json.js';
import { checkSize, DEFAULT_MAX_BYTES, describeOrigin } from './limits.js';
import { structuredSource } from './structured.js';

export interface ReadOptions {
  /** A file name: names the input in messages and, by its extension, gives the format. */
  origin?: string | null;
  /** The format, when neither the name nor the content tells. */
  format?: InputFormat;
  /** Size limit in bytes for the input and for a .docx's uncompressed text (default 20 MB). */
  maxBytes?: number;
}

/** The options readSource knows; any other is refused (USAGE), never ignored. */
export const READ_OPTIONS = [
  'origin',
  'format',
  'maxBytes',
] as const satisfies readonly (keyof ReadOptions)[];

const EXTENSIONS: Record<string, InputFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  json: 'json',
  csv: 'csv',
  docx: 'docx',
};

function formatFromName(origin: string | null): InputFormat | undefined {
  const ext = /\.([A-Za-z]+)$/.exec(origin ?? '')?.[1]?.toLowerCase();
  return ext ? EXTENSIONS[ext] : undefined;
}

/**
 * Reads one input — a string, or the bytes of a file — into a Source. The format comes from `options.format`, else
 * the extension of `origin`, else the content: a zip (.docx), `{`/`[` (JSON), `---` front matter or `#` headings
 * (Markdown), else plain text. CSV is read only when named (.csv or format: 'csv').
 *
 * - text: as decoded (BOM removed). Markdown: `meta` from the front matter, `text` the whole file and `bodyStart`
 *   where the body after the front matter begins (offsets refer to the file). .docx: one line per paragraph.
 * - JSON/CSV: see structuredSource (ingest/structured.ts) and packages/core/README.md for the schema.
 *
 * Errors: INPUT_EMPTY (nothing but whitespace), INPUT_TOO_LARGE, INPUT_ENCODING, INPUT_FORMAT, INPUT_SCHEMA.
 */
export function readSource(input: string | Uint8Array, options: ReadOptions = {}): Source {
  checkTextOrBytes('readSource', 'input', input);
  checkKnownOptions('readSource', options, READ_OPTIONS);
  checkMaxBytes('readSource', options.maxBytes);
  const origin = options.origin ?? null;
  const where = describeOrigin(origin);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const declared = options.format ?? formatFromName(origin);
  // .xlsx, .pdf, .html (readSourceAsync) and .doc/.wps (conversion) are named, not decoded as text.
  refuseAsyncOnly(input, options.format, origin, where);

  let text: string;
  if (typeof input === 'string') {
    // A UTF-16 unit is at most 3 bytes of UTF-8: measure only when it might matter.
    if (input.length * 3 > maxBytes) checkSize(new TextEncoder().encode(input).length, maxBytes, where);
    text = input.replace(/^\uFEFF/, '');
    if (declared === 'docx') {
      throw new JianbaoError('INPUT_FORMAT', `${where}: a .docx must be given as bytes, not as a string`, {
        where,
        snippet: text.slice(0, 20),
      });
    }
  } else if (declared === 'docx' || (declared === undefined && isZip(input))) {
    checkSize(input.length, maxBytes, where);
    return finish(docxText(input, where, maxBytes), origin, 'docx', where);
  } else {
    text = decodeBytes(input, { origin, maxBytes });
  }
  checkEmpty(text, where);

  const format = declared ?? sniff(text);
  switch (format) {
    case 'json':
      return finish(null, origin, format, where, () =>
        structuredSource(parseJsonRecords(text, where), origin, format),
      );
    case 'csv':
      return finish(null, origin, format, where, () =>
        structuredSource(parseCsvRecords(text, where), origin, format),
      );
    case 'markdown': {
      const front = readFrontMatter(text, where);
      if (!front) return finish(text, origin, format, where);
      // The whole file stays the Source text, so every span refers to the file as decoded; the front matter is
      // read into `meta` and marked with `bodyStart` for the stages that look for content.
      checkEmpty(text.slice(front.bodyStart), `${where} (after the front matter)`);
      return { text, origin, format, meta: front.meta, bodyStart: front.bodyStart };
    }
    default:
      return finish(text, origin, format, where);
  }
}

/** Builds the Source and refuses one with no text. */
function finish(
  text: string | null,
  origin: string | null,
  format: InputFormat,
  where: string,
  build?: () => Source,
): Source {
  const source = build ? build() : { text: text ?? '', origin, format, meta: {} };
  checkEmpty(source.text, where);
  return source;
}

function checkEmpty(text: string, where: string): void {
  if (text.trim() === '') {
    throw new JianbaoError('INPUT_EMPTY', `${where} is empty${text.length > 0 ? ' (only whitespace)' : ''}`, {
      where,
      snippet: JSON.stringify(text.slice(0, 20)),
    });
  }
}

function sniff(text: string): InputFormat {
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) {
    try {
      JSON.parse(text);
      return 'json';
    } catch {
      return 'text'; // [南京] … is prose, not broken JSON
    }
  }
  if (hasFrontMatter(text) || /^#{1,6}\s/m.test(text)) return 'markdown';
  return 'text';
}
