/** Stable error codes; callers switch on `code`, never on the message. */
export type JianbaoErrorCode =
  | 'INPUT_EMPTY'
  | 'INPUT_ENCODING'
  | 'INPUT_TOO_LARGE'
  | 'INPUT_FORMAT'
  | 'INPUT_SCHEMA'
  | 'INPUT_LIMIT'
  /** A PDF with no text layer (a scan): jianbao does no OCR. */
  | 'INPUT_SCANNED_PDF'
  /** A format read only after conversion (.doc, .wps, .xls, .ods): LibreOffice, or save as .docx/.xlsx. */
  | 'INPUT_NEEDS_CONVERSION'
  /** The input is a device, FIFO, socket or other non-regular file (read `-` for standard input). */
  | 'INPUT_NOT_A_FILE'
  /** More sections than `maxSections` (split, extract). */
  | 'INPUT_TOO_MANY_SECTIONS'
  | 'DOCUMENT_INVALID'
  /** Two headings with one id (validateDocument, insertSection). */
  | 'DOCUMENT_DUPLICATE_ID'
  /** A table with more rows than the `maxTableRows` a caller set (compose, validateDocument). */
  | 'DOCUMENT_TOO_MANY_ROWS'
  | 'FONT_NOT_FOUND'
  | 'FONT_MISSING_GLYPHS'
  | 'RENDER_FAILED'
  /** An output path that cannot be written: not a folder, a name too long, outside `--out`, a link in the way. */
  | 'OUTPUT_PATH'
  /** No permission to write the output (EACCES, EPERM, EROFS). */
  | 'OUTPUT_PERMISSION'
  /** Writing the output failed for another reason (disk full, I/O error). */
  | 'OUTPUT_WRITE'
  | 'USAGE';

export interface JianbaoErrorDetails {
  /** Where it happened: a file name, a field path, a CSV row, a byte offset… */
  where?: string;
  /** A short excerpt of the offending input. */
  snippet?: string;
  /** Anything else a caller might want to show or log. */
  [key: string]: unknown;
}

/** The one error class jianbao throws on purpose. */
export class JianbaoError extends Error {
  override readonly name = 'JianbaoError';
  readonly code: JianbaoErrorCode;
  readonly details: JianbaoErrorDetails;

  constructor(
    code: JianbaoErrorCode,
    message: string,
    details: JianbaoErrorDetails = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.code = code;
    this.details = details;
  }
}

export function isJianbaoError(error: unknown): error is JianbaoError {
  return (
    error instanceof JianbaoError ||
    (error instanceof Error && error.name === 'JianbaoError' && 'code' in error)
  );
}

/** A short, single-line excerpt of `text` around `at`, for error messages. */
export function snippetAt(text: string, at: number, radius = 20): string {
  const start = Math.max(0, at - radius);
  const end = Math.min(text.length, at + radius);
  return (
    (start > 0 ? '…' : '') + text.slice(start, end).replace(/\s+/g, ' ') + (end < text.length ? '…' : '')
  );
}
