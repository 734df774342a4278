import { JianbaoError } from '../errors.js';
import { checkKnownOptions } from '../guard.js';
import type { Source } from '../types.js';
import { decodeBytes } from './decode.js';
import { asyncFormatOf, needsConversion } from './formats.js';
import { htmlText } from './html.js';
import { checkSize, DEFAULT_MAX_BYTES, describeOrigin } from './limits.js';
import { DEFAULT_MAX_PDF_PAGES, pdfText } from './pdf.js';
import { READ_OPTIONS, type ReadOptions, readSource } from './read-source.js';
import { structuredSource } from './structured.js';
import { xlsxRecords } from './xlsx.js';

export interface ReadAsyncOptions extends ReadOptions {
  /** Page limit for a PDF (default 500). */
  maxPdfPages?: number;
}

/**
 * Reads one input of any format: what readSource reads, and also
 *
 * - `.xlsx`: sheets of prose rows (read as the same CSV) and sheets of cities × indicators (declared figures),
 *   see ingest/xlsx.ts; `format: 'xlsx'`, records in `parts`, figures in `suppliedMetrics`;
 * - `.pdf`: the text layer, line by line (ingest/pdf.ts); a PDF without text → INPUT_SCANNED_PDF;
 * - `.html`/`.htm`: the article of a saved web page without its menus, footers and scripts (ingest/html.ts);
 * - `.doc`/`.wps`/`.xls`/`.ods`: INPUT_NEEDS_CONVERSION (the CLI converts them with LibreOffice first).
 *
 * The format comes from `options.format`, the extension of `origin`, or the content (magic bytes). For PDF and
 * HTML the Source text is the text as extracted; every span refers to it. The libraries behind these formats
 * (exceljs, pdf.js through unpdf, htmlparser2) are loaded only when such an input is read.
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
    return readSource(input, read);
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
    case 'xlsx':
      source = structuredSource(await xlsxRecords(input as Uint8Array, where, maxBytes), origin, 'xlsx');
      break;
    case 'pdf':
      source = {
        text: await pdfText(
          input as Uint8Array,
          where,
          maxBytes,
          options.maxPdfPages ?? DEFAULT_MAX_PDF_PAGES,
        ),
        origin,
        format,
        meta: {},
      };
      break;
    case 'html': {
      const html =
        typeof input === 'string' ? input.replace(/^\uFEFF/, '') : decodeBytes(input, { origin, maxBytes });
      source = { text: await htmlText(html, where), origin, format, meta: {} };
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
