import { JianbaoError } from '../errors.js';
import type { Source } from '../types.js';
import { decodeBytes } from './decode.js';
import { hexHead } from './formats.js';
import { checkSize } from './limits.js';
import {
  checkReadInput,
  finish,
  type LoadedReaders,
  type ReadOptions,
  readText,
  sourceOfText,
} from './read-text.js';
import { isZip } from './zip.js';

export type { LoadedReaders, ReadOptions } from './read-text.js';
export { formatFromName, READ_OPTIONS } from './read-text.js';

/**
 * Reads one input — a string, or the bytes of a file — into a Source. The format comes from `options.format`, else
 * the extension of `origin`, else the content: `{`/`[` (JSON), `---` front matter or `#` headings (Markdown), else
 * plain text. It reads the formats that need no library, synchronously: text, Markdown and JSON records. A .docx,
 * a CSV (read only when named: .csv or format: 'csv'), .xlsx, PDF and HTML are read by readSourceAsync, which loads
 * their readers on demand; readSource refuses them naming it (INPUT_FORMAT).
 *
 * - text: as decoded (BOM removed). Markdown: `meta` from the front matter, `text` the whole file and `bodyStart`
 *   where the body after the front matter begins (offsets refer to the file). The front matter is read as
 *   `key: value` lines (ingest/flat-yaml.ts); one in fuller YAML (a multi-line value, a block scalar) is
 *   INPUT_FORMAT naming the line — readSourceAsync reads full YAML. .docx (readSourceAsync): one line per paragraph,
 *   a title paragraph followed by a blank line.
 * - JSON/CSV: see structuredSource (ingest/structured.ts) and packages/core/README.md for the schema.
 *
 * Errors: INPUT_EMPTY (nothing but whitespace), INPUT_TOO_LARGE, INPUT_ENCODING, INPUT_FORMAT, INPUT_SCHEMA.
 */
export function readSource(input: string | Uint8Array, options: ReadOptions = {}): Source {
  return readSourceWith('readSource', input, options, {});
}

/**
 * readSource with the readers a caller has loaded (see LoadedReaders), and the bytes' text when the caller has
 * already decoded them (as decodeBytes does, with the same origin and limit).
 */
export function readSourceWith(
  api: string,
  input: string | Uint8Array,
  options: ReadOptions,
  readers: LoadedReaders,
  decoded?: string,
): Source {
  if (typeof input === 'string') return readText(api, input, options, readers);
  const { origin, where, maxBytes, declared } = checkReadInput(api, input, options);
  if (declared === 'docx' || (declared === undefined && isZip(input))) {
    const docx = readers.docx;
    if (!docx) {
      throw new JianbaoError('INPUT_FORMAT', `${where} is a .docx document: read it with readSourceAsync`, {
        where,
        snippet: hexHead(input),
      });
    }
    checkSize(input.length, maxBytes, where);
    const { text, meta } = docx(input, where, maxBytes);
    return finish(text, origin, 'docx', where, () => ({ text, origin, format: 'docx', meta }));
  }
  const text = decoded ?? decodeBytes(input, { origin, maxBytes });
  return sourceOfText(text, origin, declared, where, readers);
}
