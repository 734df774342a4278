import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';
import { isJianbaoError, JianbaoError } from '../errors.js';
import { checkSize } from './limits.js';

const DOCUMENT = 'word/document.xml';

/** Zip files start with PK\x03\x04. */
export const isZip = (bytes: Uint8Array): boolean =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/**
 * The text of a .docx: one line per paragraph (tabs and line breaks kept). Only word/document.xml is inflated,
 * and only while its declared and its actual uncompressed size are within `maxBytes` (a zip bomb →
 * INPUT_TOO_LARGE).
 * Not a zip, or no document part → INPUT_FORMAT.
 */
export function docxText(bytes: Uint8Array, where: string, maxBytes: number): string {
  if (!isZip(bytes)) throw formatError(where, 'is not a .docx file (no zip signature)', bytes);
  const xml = inflateDocument(bytes, where, maxBytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(xml);
  } catch {
    throw formatError(where, `has a ${DOCUMENT} that is not UTF-8`, xml);
  }
  return paragraphs(text).join('\n');
}

/**
 * Inflates word/document.xml chunk by chunk, counting: the declared size is checked first, and the bytes
 * actually inflated too, so a zip that understates its size can neither blow up memory nor be cut short
 * (fflate's one-shot unzip stops silently at the declared size, losing the rest of the text).
 */
function inflateDocument(bytes: Uint8Array, where: string, maxBytes: number): Uint8Array {
  const name = `${where}: ${DOCUMENT}`;
  const chunks: Uint8Array[] = [];
  let total = 0;
  let found = false;
  let done = false;
  let failure: unknown = null;
  const unzip = new Unzip((file) => {
    if (file.name !== DOCUMENT || found) return;
    found = true;
    if (file.originalSize !== undefined)
      checkSize(file.originalSize, maxBytes, name, 'uncompressed document');
    file.ondata = (error, chunk, final) => {
      if (error) failure ??= error;
      if (failure) return;
      total += chunk.length;
      checkSize(total, maxBytes, name, 'uncompressed document');
      chunks.push(chunk);
      if (final) done = true;
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    unzip.push(bytes, true);
  } catch (error) {
    if (isJianbaoError(error)) throw error;
    failure ??= error;
  }
  if (isJianbaoError(failure)) throw failure;
  if (failure) throw formatError(where, `is not a readable .docx (${(failure as Error).message})`, bytes);
  if (!found) throw formatError(where, `is a zip without ${DOCUMENT}: not a Word document`, bytes);
  if (!done) throw formatError(where, `is not a readable .docx (${DOCUMENT} is cut short)`, bytes);
  const xml = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    xml.set(chunk, at);
    at += chunk.length;
  }
  return xml;
}

/** Paragraph texts of WordprocessingML, in document order. */
function paragraphs(xml: string): string[] {
  const out: string[] = [];
  for (const p of xml.matchAll(/<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)) {
    let text = '';
    for (const run of (p[1] ?? '').matchAll(
      /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)(?:\s[^>]*)?\/>/g,
    )) {
      if (run[2] === 'tab') text += '\t';
      else if (run[2]) text += '\n';
      else text += decodeEntities(run[1] ?? '');
    }
    out.push(text);
  }
  return out;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}

function formatError(where: string, problem: string, bytes: Uint8Array): JianbaoError {
  const head = Array.from(bytes.subarray(0, 8), (b) => b.toString(16).padStart(2, '0')).join(' ');
  return new JianbaoError('INPUT_FORMAT', `${where} ${problem}`, { where, snippet: head });
}
