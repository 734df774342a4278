import { isJianbaoError, JianbaoError } from '@jianbao/core/document';
import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';

/** Bounds on a template, like every input: its size, each part inflated, all parts together, and their count. */
export const TEMPLATE_LIMITS = {
  bytes: 20 * 1024 * 1024,
  part: 8 * 1024 * 1024,
  total: 32 * 1024 * 1024,
  entries: 2000,
} as const;

/** Parts a template lends: styles, settings, the body (page setup, masthead), headers, footers and their images. */
const WANTED =
  /^(?:\[Content_Types\]\.xml|word\/(?:document|styles|settings)\.xml|word\/_rels\/(?:document|header\d*|footer\d*)\.xml\.rels|word\/(?:header|footer)\d*\.xml|word\/media\/[A-Za-z0-9_.-]+)$/;

const usage = (message: string, where = 'template') => new JianbaoError('USAGE', message, { where });

/**
 * The parts of a .docx template we use, inflated chunk by chunk and counted: a declared size is checked first and
 * the bytes actually inflated too, so a zip that understates its sizes can neither exhaust memory nor be cut short.
 * @throws JianbaoError `USAGE` for anything that is not a readable, bounded Word document.
 */
export function unzipTemplate(bytes: Uint8Array): Map<string, Uint8Array> {
  if (bytes.byteLength > TEMPLATE_LIMITS.bytes) {
    throw usage(`The template is ${bytes.byteLength} bytes; at most ${TEMPLATE_LIMITS.bytes} are read`);
  }
  const parts = new Map<string, Uint8Array>();
  const pending = new Set<string>();
  let entries = 0;
  let total = 0;
  let failure: unknown = null;
  const check = (size: number, limit: number, what: string) => {
    if (size > limit) throw usage(`The template's ${what} inflates past ${limit} bytes`);
  };
  const unzip = new Unzip((file) => {
    entries++;
    if (entries > TEMPLATE_LIMITS.entries)
      throw usage(`The template has more than ${TEMPLATE_LIMITS.entries} parts`);
    if (!WANTED.test(file.name) || parts.has(file.name)) return;
    if (file.originalSize !== undefined) check(file.originalSize, TEMPLATE_LIMITS.part, file.name);
    const chunks: Uint8Array[] = [];
    let size = 0;
    pending.add(file.name);
    file.ondata = (error, chunk, final) => {
      if (error) failure ??= error;
      if (failure) return;
      size += chunk.length;
      total += chunk.length;
      check(size, TEMPLATE_LIMITS.part, file.name);
      check(total, TEMPLATE_LIMITS.total, 'parts together');
      chunks.push(chunk);
      if (!final) return;
      const data = new Uint8Array(size);
      let at = 0;
      for (const piece of chunks) {
        data.set(piece, at);
        at += piece.length;
      }
      parts.set(file.name, data);
      pending.delete(file.name);
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
  if (failure) throw usage(`The template is not a readable .docx (${(failure as Error).message})`);
  if (pending.size > 0) throw usage(`The template is not a readable .docx (${[...pending][0]} is cut short)`);
  if (!parts.has('word/document.xml'))
    throw usage('The template is a zip without word/document.xml: not a Word document');
  return parts;
}
