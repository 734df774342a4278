import { JianbaoError } from '../errors.js';
import { checkKnownOptions } from '../guard.js';
import type { Source } from '../types.js';
import { decodeBytes, decodeDeclared } from './decode.js';
import { asyncFormatOf, needsConversion } from './formats.js';
import { loadYamlParser, readsAsKeyValueLines, type YamlParser } from './front-matter.js';
import { checkSize, DEFAULT_MAX_BYTES, DEFAULT_MAX_PDF_PAGES, describeOrigin } from './limits.js';
import {
  formatFromName,
  type LoadedReaders,
  READ_OPTIONS,
  type ReadOptions,
  readSourceWith,
} from './read-source.js';
import { structuredSource } from './structured.js';
import { isZip } from './zip.js';

export interface ReadAsyncOptions extends ReadOptions {
  /** Page limit for a PDF (default 500). */
  maxPdfPages?: number;
}

/**
 * Reads one input of any format: what readSource reads, and also
 *
 * - `.docx`: one line per paragraph; a centred or Title-styled one is followed by a blank line, and the first, so
 *   set, is its title (ingest/docx.ts);
 * - `.csv`: prose rows and figure rows (ingest/csv.ts), when named (.csv or `format: 'csv'`);
 * - a Markdown front matter in any YAML (read as `key: value` lines where it is written so, as readSource reads it;
 *   otherwise by the `yaml` package, loaded then);
 * - `.xlsx`: sheets of prose rows (read as the same CSV) and sheets of cities × indicators (declared figures),
 *   see ingest/xlsx.ts; `format: 'xlsx'`, records in `parts`, figures in `suppliedMetrics`;
 * - `.pdf`: the text layer, line by line (ingest/pdf.ts); a PDF without text → INPUT_SCANNED_PDF;
 * - `.html`/`.htm`: the article of a saved web page without its menus, footers and scripts, a blank line between
 *   paragraphs; its <h1> is its title, its info bar's 来源 its attribution (ingest/html.ts);
 * - `.doc`/`.wps`/`.xls`/`.ods`: INPUT_NEEDS_CONVERSION (the CLI converts them with LibreOffice first).
 *
 * The format comes from `options.format`, the extension of `origin`, or the content (magic bytes). For PDF and
 * HTML the Source text is the text as extracted; every span refers to it. The libraries behind these formats
 * (fflate, papaparse, yaml, exceljs, pdf.js through unpdf, htmlparser2) are loaded only when such an input is read.
 */
export async function readSourceAsync(
  input: string | Uint8Array,
  options: ReadAsyncOptions = {},
): Promise<Source> {
  checkKnownOptions('readSourceAsync', options, [...READ_OPTIONS, 'maxPdfPages']);
  const origin = options.origin ?? null;
  const format = asyncFormatOf(input, options.format, origin);
  if (format === undefined) {
    const { maxPdfPages: _pages, ...read } = options;
    const declared = options.format ?? formatFromName(origin);
    const readers: LoadedReaders = {};
    let decoded: string | undefined;
    if (typeof input !== 'string' && (declared === 'docx' || (declared === undefined && isZip(input))))
      readers.docx = (await import('./docx.js')).docxText;
    else if (declared === 'csv') readers.csv = (await import('./csv.js')).csvTable;
    else {
      // Bytes that may hold a front matter are decoded once, here: the reading takes this text (and checks its
      // size limit on the bytes).
      if (typeof input !== 'string') decoded = decodeForFrontMatter(input, origin, options.maxBytes);
      const text = typeof input === 'string' ? input : (decoded ?? '');
      if (!readsAsKeyValueLines(text.replace(/^\uFEFF/, ''))) readers.yaml = await yamlParser();
    }
    return readSourceWith('readSourceAsync', input, read, readers, decoded);
  }
  const where = describeOrigin(origin);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (format === 'doc') throw needsConversion(input, origin, where);
  if (typeof input === 'string' && format !== 'html') {
    throw new JianbaoError('INPUT_FORMAT', `${where}: a .${format} must be given as bytes, not as a string`, {
      where,
      snippet: input.slice(0, 20),
    });
  }
  checkSize(typeof input === 'string' ? input.length : input.length, maxBytes, where);
  let source: Source;
  switch (format) {
    case 'xlsx': {
      const { xlsxRecords } = await import('./xlsx.js');
      const table = await xlsxRecords(input as Uint8Array, where, maxBytes);
      source = structuredSource(table.records, origin, 'xlsx', table.title);
      break;
    }
    case 'pdf': {
      const { pdfText } = await import('./pdf.js');
      const read = await pdfText(
        input as Uint8Array,
        where,
        maxBytes,
        options.maxPdfPages ?? DEFAULT_MAX_PDF_PAGES,
      );
      source = { text: read.text, origin, format, meta: read.meta };
      break;
    }
    case 'html': {
      const { declaredCharset, htmlArticle } = await import('./html.js');
      const charset = typeof input === 'string' ? null : declaredCharset(input);
      const html =
        typeof input === 'string'
          ? input.replace(/^\uFEFF/, '')
          : charset
            ? decodeDeclared(input, charset, { origin, maxBytes })
            : decodeBytes(input, { origin, maxBytes });
      const article = await htmlArticle(html, where);
      source = { text: article.text, origin, format, meta: article.meta };
      break;
    }
  }
  if (source.text.trim() === '') {
    throw new JianbaoError(
      'INPUT_EMPTY',
      `${where} is empty${format === 'html' ? ' (no article text outside menus, headers, footers and scripts)' : ''}`,
      { where, snippet: '""' },
    );
  }
  return source;
}

/** The full YAML parser, loaded with the first front matter read and kept. */
let yamlParserLoaded: Promise<YamlParser> | undefined;
const yamlParser = (): Promise<YamlParser> => {
  yamlParserLoaded ??= loadYamlParser();
  return yamlParserLoaded;
};

/**
 * Bytes decoded when they may hold a front matter (`---` at the start, after a UTF-8 BOM, or UTF-16), as
 * readSource decodes them; otherwise, or when they cannot be decoded (readSource then reports why), undefined.
 */
function decodeForFrontMatter(
  input: Uint8Array,
  origin: string | null,
  maxBytes: number | undefined,
): string | undefined {
  const at = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? 3 : 0;
  const dashes = input[at] === 0x2d && input[at + 1] === 0x2d && input[at + 2] === 0x2d;
  if (!dashes && !input.subarray(0, 64).includes(0)) return undefined;
  try {
    return decodeBytes(input, { origin, maxBytes: maxBytes ?? DEFAULT_MAX_BYTES });
  } catch {
    return undefined;
  }
}
