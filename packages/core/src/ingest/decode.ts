import { JianbaoError } from '../errors.js';
import { checkBytes, checkMaxBytes, checkOptions } from '../guard.js';
import { isHan } from '../normalize/chars.js';
import { checkSize, DEFAULT_MAX_BYTES, describeOrigin } from './limits.js';
import { bareUtf16 } from './utf16-sniff.js';

export interface DecodeOptions {
  /** A file name for messages. */
  origin?: string | null;
  /** Size limit in bytes (default 20 MB). */
  maxBytes?: number;
}

/**
 * Decodes report bytes to text: a BOM decides (UTF-8, UTF-16 LE/BE) and is removed; otherwise strict UTF-8
 * (without NUL bytes); otherwise UTF-16 without a BOM when one byte order reads as text (see bareUtf16);
 * otherwise GB18030 (which covers GBK and GB2312) when it decodes cleanly and reads as Chinese text; otherwise Big5
 * when it does (Traditional text saved by a Windows set to Traditional Chinese: read as GBK, its commonest
 * characters fall in GBK's user-defined areas).
 * Throws INPUT_TOO_LARGE over the size limit and INPUT_ENCODING, naming the byte offset, for binary or
 * undecodable input.
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): string {
  checkBytes('decodeBytes', 'bytes', bytes);
  checkOptions('decodeBytes', options);
  checkMaxBytes('decodeBytes', options.maxBytes);
  const where = describeOrigin(options.origin);
  checkSize(bytes.length, options.maxBytes ?? DEFAULT_MAX_BYTES, where);

  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return checkText(strictUtf8(bytes, 3, where), bytes, 3, where);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return utf16(bytes, bytes[0] === 0xff ? 'utf-16le' : 'utf-16be', where, 2);
  }
  // Valid UTF-8 is checked and decoded in one native pass; only bytes that are not are scanned, to say where.
  const utf8 = fatalUtf8(bytes);
  // UTF-8 text has no NUL bytes; UTF-16 of ASCII is half NULs (and valid UTF-8).
  if (utf8 !== null && !bytes.includes(0)) return checkText(utf8, bytes, 0, where);
  const invalidUtf8 = utf8 === null ? firstInvalidUtf8(bytes) : -1;
  const bare = bareUtf16(bytes);
  if (bare) return utf16(bytes, bare, where, 0);
  if (utf8 !== null) return checkText(utf8, bytes, 0, where);

  const chinese = chineseText(bytes, 'gb18030') ?? chineseText(bytes, 'big5');
  if (chinese !== null) return checkText(chinese, bytes, 0, where);
  // Report whichever comes first: binary data, or the first byte that is not UTF-8.
  checkText('', bytes, 0, where, invalidUtf8);
  throw encodingError(
    where,
    bytes,
    invalidUtf8,
    'is neither UTF-8 (invalid byte sequence) nor GB18030 or Big5 Chinese text',
  );
}

/**
 * Decodes bytes in the Traditional-script encoding a document declares (a web page's `<meta charset="big5">`):
 * nearly every Big5 pair is a GBK pair too, decoding to other characters, so `decodeBytes` reads undeclared bytes
 * as Big5 only when they do not read as GBK Chinese text; a declaration settles it. Other declarations, and bytes
 * that are valid UTF-8, are left to `decodeBytes`, whose checks stand.
 * Throws INPUT_ENCODING naming the first byte offset that is not the declared encoding.
 */
export function decodeDeclared(bytes: Uint8Array, charset: string, options: DecodeOptions = {}): string {
  const encoding = charset.toLowerCase();
  // Big5 is almost never valid UTF-8 (its second bytes are often ASCII): a page that is, was saved as UTF-8.
  const big5 = encoding === 'big5' || encoding === 'big5-hkscs' || encoding === 'x-x-big5';
  if (!big5 || fatalUtf8(bytes) !== null) return decodeBytes(bytes, options);
  const where = describeOrigin(options.origin);
  checkSize(bytes.length, options.maxBytes ?? DEFAULT_MAX_BYTES, where);
  try {
    return checkText(new TextDecoder('big5', { fatal: true }).decode(bytes), bytes, 0, where);
  } catch (error) {
    if (error instanceof JianbaoError) throw error;
    // The decoder says only that it failed: find the first pair that does not decode, to name it.
    let at = 0;
    const decoder = new TextDecoder('big5', { fatal: true });
    while (at < bytes.length) {
      const width = (bytes[at] as number) < 0x80 ? 1 : 2;
      try {
        decoder.decode(bytes.subarray(at, at + width));
      } catch {
        break;
      }
      at += width;
    }
    throw encodingError(where, bytes, at, `declares ${charset} but is not ${charset} text`);
  }
}

/** `bytes` as UTF-8, or null when they are not valid UTF-8 (a leading BOM is dropped, as TextDecoder does). */
function fatalUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function strictUtf8(bytes: Uint8Array, from: number, where: string): string {
  const body = bytes.subarray(from);
  const text = fatalUtf8(body);
  if (text !== null) return text;
  throw encodingError(where, bytes, from + firstInvalidUtf8(body), 'has a UTF-8 BOM but invalid UTF-8');
}

/** UTF-16 after a BOM of `from` bytes (0 when there is none). */
function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', where: string, from: 2 | 0): string {
  if (bytes.length % 2 !== 0) {
    throw encodingError(where, bytes, bytes.length - 1, `has a ${encoding} BOM but an odd number of bytes`);
  }
  const body = bytes.subarray(from);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(body);
  } catch {
    // The lenient decoder marks the first undecodable unit with U+FFFD: two bytes per unit before it.
    const at = new TextDecoder(encoding).decode(body).indexOf('\uFFFD');
    throw encodingError(
      where,
      bytes,
      from + 2 * Math.max(0, at),
      `is not valid ${encoding} (unpaired surrogate)`,
    );
  }
  for (let i = 0; i < text.length; i++) {
    if (isControl(text.charCodeAt(i))) {
      throw encodingError(where, bytes, from + 2 * i, 'looks binary (control character)');
    }
  }
  return text;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters isControl names.
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/;

/** Rejects text holding control characters (binary data read as text). Offsets: in UTF-8 and GB18030, every byte
 * below 0x20 (and 0x7f) is that character, so clean text means clean bytes, and the bytes tell where. */
function checkText(text: string, bytes: Uint8Array, from: number, where: string, to = bytes.length): string {
  // The text searched natively first: a loop over every byte was 21 ms of a cold 10 MB extraction.
  if (to === bytes.length && !CONTROL.test(text)) return text;
  for (let i = from; i < to; i++) {
    if (isControl(bytes[i] as number)) {
      throw encodingError(where, bytes, i, `looks binary (control byte 0x${hex(bytes[i] as number)})`);
    }
  }
  return text;
}

/** C0 controls and DEL, except tab, line feed, vertical tab, form feed and carriage return. */
const isControl = (c: number): boolean => (c < 0x20 && (c < 0x09 || c > 0x0d)) || c === 0x7f;

/** Share of Han characters among the non-ASCII characters for GB18030 or Big5 bytes to count as Chinese text. */
const HAN_SHARE = 0.5;

/** `bytes` decoded in a Chinese double-byte encoding, or null when they do not decode or do not read as Chinese. */
function chineseText(bytes: Uint8Array, encoding: 'gb18030' | 'big5'): string | null {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  let nonAscii = 0;
  let han = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) continue;
    nonAscii += 1;
    // GBK's user-defined areas decode to the Private Use Area: never report text (Big5's 一 and 的 land there).
    if (c >= 0xe000 && c <= 0xf8ff) return null;
    if (isHan(ch)) han += 1;
  }
  return han > 0 && han >= HAN_SHARE * nonAscii ? text : null;
}

/** The offset of the first byte that does not start a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = b === 0xe0 ? 0xa0 : 0x80;
      if (b === 0xed) max = 0x9f; // no surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = b === 0xf0 ? 0x90 : 0x80;
      if (b === 0xf4) max = 0x8f;
    } else {
      return i;
    }
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < min || c > max : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

const hex = (b: number): string => b.toString(16).padStart(2, '0');

/** The bytes around `offset`, the offending one in brackets: `e5 8d 97 [ff] 41`. */
function hexSnippet(bytes: Uint8Array, offset: number): string {
  const parts: string[] = [];
  for (let i = Math.max(0, offset - 4); i < Math.min(bytes.length, offset + 5); i++) {
    parts.push(i === offset ? `[${hex(bytes[i] as number)}]` : hex(bytes[i] as number));
  }
  return parts.join(' ');
}

function encodingError(where: string, bytes: Uint8Array, offset: number, problem: string): JianbaoError {
  return new JianbaoError('INPUT_ENCODING', `${where} ${problem} at byte offset ${offset}`, {
    where: `${where}, byte offset ${offset}`,
    snippet: hexSnippet(bytes, offset),
    offset,
  });
}
