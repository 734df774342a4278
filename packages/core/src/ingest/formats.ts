import { JianbaoError } from '../errors.js';
import type { InputFormat } from '../types.js';
import { isZip } from './zip.js';

/** The formats only readSourceAsync reads (their readers load a library on demand). */
export type AsyncFormat = 'xlsx' | 'pdf' | 'html' | 'doc';

const EXTENSIONS: Record<string, AsyncFormat> = {
  xlsx: 'xlsx',
  xlsm: 'xlsx',
  pdf: 'pdf',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  doc: 'doc',
  wps: 'doc',
};

/** Formats that must be converted before anything reads them, with what to save them as. */
const CONVERT: Record<string, { kind: string; to: string }> = {
  doc: { kind: 'a Word 97–2003 document', to: '.docx' },
  wps: { kind: 'a WPS document', to: '.docx' },
  xls: { kind: 'an Excel 97–2003 workbook', to: '.xlsx' },
  et: { kind: 'a WPS spreadsheet', to: '.xlsx' },
  ods: { kind: 'an OpenDocument spreadsheet', to: '.xlsx' },
  odt: { kind: 'an OpenDocument text', to: '.docx' },
};

const extensionOf = (origin: string | null | undefined): string | undefined =>
  /\.([A-Za-z0-9]+)$/.exec(origin ?? '')?.[1]?.toLowerCase();

const latin1 = (bytes: Uint8Array, start: number, end: number): string => {
  let s = '';
  for (let i = Math.max(0, start); i < Math.min(bytes.length, end); i++)
    s += String.fromCharCode(bytes[i] ?? 0);
  return s;
};

/** The first bytes in hex, for messages. */
export const hexHead = (bytes: Uint8Array): string =>
  Array.from(bytes.subarray(0, 8), (b) => b.toString(16).padStart(2, '0')).join(' ');

/** OLE2 compound file (.doc, .xls, .wps, .et): D0 CF 11 E0 A1 B1 1A E1. */
const isOle2 = (b: Uint8Array): boolean =>
  b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0 && b[4] === 0xa1 && b[5] === 0xb1;

/** A zip's file names live in its local headers (at the start) and its central directory (at the end). */
function zipNames(bytes: Uint8Array): string {
  return bytes.length <= 256 * 1024
    ? latin1(bytes, 0, bytes.length)
    : latin1(bytes, 0, 64 * 1024) + latin1(bytes, bytes.length - 192 * 1024, bytes.length);
}

/**
 * The async-only format of an input: from `declared`, else the extension of `origin`, else the content (%PDF-, a
 * zip holding xl/workbook.xml, an OLE2 Word/Excel file, bytes starting like an HTML page). Undefined when the input
 * is one of the formats readSource reads.
 */
export function asyncFormatOf(
  input: string | Uint8Array,
  declared: InputFormat | undefined,
  origin: string | null,
): AsyncFormat | undefined {
  if (declared !== undefined) return isAsyncFormat(declared) ? declared : undefined;
  const ext = extensionOf(origin);
  if (ext !== undefined && ext in EXTENSIONS) return EXTENSIONS[ext];
  if (ext !== undefined && ext in CONVERT) return 'doc';
  if (typeof input === 'string') return undefined;
  if (latin1(input, 0, 1024).includes('%PDF-')) return 'pdf';
  if (isOle2(input)) return 'doc';
  if (isZip(input)) {
    const names = zipNames(input);
    if (names.includes('xl/workbook.xml')) return 'xlsx';
    if (names.includes('application/vnd.oasis.opendocument')) return 'doc';
    return undefined;
  }
  const head = latin1(input, 0, 512)
    .replace(/^\xef\xbb\xbf/, '')
    .trimStart();
  if (/^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(head)) return 'html';
  return undefined;
}

export const isAsyncFormat = (format: InputFormat): format is AsyncFormat =>
  format === 'xlsx' || format === 'pdf' || format === 'html' || format === 'doc';

/**
 * Called by the synchronous readSource: an input only readSourceAsync can read is refused with a message that
 * says so, instead of being decoded as text (a PDF is not "neither UTF-8 nor GB18030", it is a PDF).
 */
export function refuseAsyncOnly(
  input: string | Uint8Array,
  declared: InputFormat | undefined,
  origin: string | null,
  where: string,
): void {
  const format = asyncFormatOf(input, declared, origin);
  if (format === undefined) return;
  if (format === 'doc') throw needsConversion(input, origin, where);
  throw new JianbaoError(
    'INPUT_FORMAT',
    `${where} is ${format === 'xlsx' ? 'an .xlsx workbook' : format === 'pdf' ? 'a PDF' : 'an HTML page'}: read it with readSourceAsync`,
    { where, snippet: typeof input === 'string' ? input.slice(0, 20) : hexHead(input) },
  );
}

/** INPUT_NEEDS_CONVERSION for .doc/.wps/.xls/.ods…: what the file is and what to save it as. */
export function needsConversion(
  input: string | Uint8Array,
  origin: string | null,
  where: string,
): JianbaoError {
  const ext = extensionOf(origin);
  const known = ext !== undefined ? CONVERT[ext] : undefined;
  const ole = typeof input !== 'string' && isOle2(input);
  const kind = known?.kind ?? (ole ? 'a Word or Excel 97–2003 file' : 'an OpenDocument file');
  const to = known?.to ?? '.docx (or .xlsx for a spreadsheet)';
  return new JianbaoError(
    'INPUT_NEEDS_CONVERSION',
    `${where} is ${kind}, which jianbao reads only after conversion: save it as ${to} (in Word, WPS or LibreOffice), or run the jianbao command line where LibreOffice (soffice) is installed`,
    { where, snippet: typeof input === 'string' ? input.slice(0, 20) : hexHead(input), saveAs: to },
  );
}
