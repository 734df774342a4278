import { JianbaoError } from '../errors.js';
import { checkKnownOptions, checkMaxBytes, checkTextOrBytes } from '../guard.js';
import type { InputFormat, Source, SourceMeta } from '../types.js';
import { refuseAsyncOnly } from './formats.js';
import { hasFrontMatter, readFrontMatter, type YamlParser } from './front-matter.js';
import { parseJsonRecords } from './json.js';
import { checkSize, DEFAULT_MAX_BYTES, describeOrigin } from './limits.js';
import { structuredSource, type TableRecords } from './structured.js';

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

export function formatFromName(origin: string | null): InputFormat | undefined {
  const ext = /\.([A-Za-z]+)$/.exec(origin ?? '')?.[1]?.toLowerCase();
  return ext ? EXTENSIONS[ext] : undefined;
}

/**
 * The readers of the formats whose libraries are loaded on demand, which readSourceAsync passes in: CSV (papaparse),
 * .docx (fflate) and full YAML for front matter. Without them, CSV and .docx are refused and front matter is read
 * as `key: value` lines.
 */
export interface LoadedReaders {
  csv?: (text: string, where: string) => TableRecords;
  docx?: (bytes: Uint8Array, where: string, maxBytes: number) => { text: string; meta: SourceMeta };
  yaml?: YamlParser;
}

/** The checks every reader makes of its input and options; `where` names the input in messages. */
export function checkReadInput(
  api: string,
  input: string | Uint8Array,
  options: ReadOptions,
): { origin: string | null; where: string; maxBytes: number; declared: InputFormat | undefined } {
  checkTextOrBytes(api, 'input', input);
  checkKnownOptions(api, options, READ_OPTIONS);
  checkMaxBytes(api, options.maxBytes);
  const origin = options.origin ?? null;
  const where = describeOrigin(origin);
  // .xlsx, .pdf, .html (readSourceAsync) and .doc/.wps (conversion) are named, not decoded as text.
  refuseAsyncOnly(input, options.format, origin, where);
  return {
    origin,
    where,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    declared: options.format ?? formatFromName(origin),
  };
}

/**
 * A Source from a string (what `extract` reads when given one): readSource's formats but .docx, which come as
 * bytes. It imports neither the .docx reader nor the byte decoder, so a bundle that reads strings carries neither.
 */
export function readText(api: string, input: string, options: ReadOptions, readers: LoadedReaders): Source {
  const { origin, where, maxBytes, declared } = checkReadInput(api, input, options);
  // A UTF-16 unit is at most 3 bytes of UTF-8: measure only when it might matter.
  if (input.length * 3 > maxBytes) checkSize(new TextEncoder().encode(input).length, maxBytes, where);
  const text = input.replace(/^\uFEFF/, '');
  if (declared === 'docx') {
    throw new JianbaoError('INPUT_FORMAT', `${where}: a .docx must be given as bytes, not as a string`, {
      where,
      snippet: text.slice(0, 20),
    });
  }
  return sourceOfText(text, origin, declared, where, readers);
}

/** The Source of a decoded text in the format declared, else the one its content shows. */
export function sourceOfText(
  text: string,
  origin: string | null,
  declared: InputFormat | undefined,
  where: string,
  readers: LoadedReaders,
): Source {
  checkEmpty(text, where);

  const format = declared ?? sniff(text);
  switch (format) {
    case 'json':
      return finish(null, origin, format, where, () =>
        structuredSource(parseJsonRecords(text, where), origin, format),
      );
    case 'csv': {
      const csv = readers.csv;
      if (!csv) {
        throw new JianbaoError('INPUT_FORMAT', `${where} is a CSV table: read it with readSourceAsync`, {
          where,
          snippet: text.slice(0, 20),
        });
      }
      return finish(null, origin, format, where, () => {
        const table = csv(text, where);
        return structuredSource(table.records, origin, format, table.title);
      });
    }
    case 'markdown': {
      const front = readFrontMatter(text, where, readers.yaml);
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
export function finish(
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

/**
 * How JSON opens and prose in brackets does not: `{"`, `{}`, `[{`, `["`, `[1`, `[]` … but not `[南京] …`. Text that
 * opens so and does not parse is broken JSON (INPUT_FORMAT, with where it broke), not prose.
 */
const JSON_OPENING = /^(?:\{\s*["}]|\[\s*(?:[[{"\]\d-]|true\b|false\b|null\b))/;

function sniff(text: string): InputFormat {
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) {
    try {
      JSON.parse(text);
      return 'json';
    } catch {
      return JSON_OPENING.test(start) ? 'json' : 'text'; // [南京] … is prose, not broken JSON
    }
  }
  if (hasFrontMatter(text) || /^#{1,6}\s/m.test(text)) return 'markdown';
  return 'text';
}
