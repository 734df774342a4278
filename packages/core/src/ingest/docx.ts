import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';
import { isJianbaoError, JianbaoError } from '../errors.js';
import type { SourceMeta } from '../types.js';
import { type DocxParagraph, type TableRow, tableParagraphs } from './docx-table.js';
import { checkSize } from './limits.js';
import { markedHeading } from './short-heading.js';
import { isZip } from './zip.js';

const DOCUMENT = 'word/document.xml';
/** Bytes handed to the unzipper at a time (see inflateDocument). */
const ZIP_PIECE = 65536;
/** Pieces when the end of the document's data is not known: a few hundred of the smallest entries at most. */
const SMALL_PIECE = 4096;

/**
 * The text of a .docx: one line per paragraph (tabs and line breaks kept). Only word/document.xml is inflated,
 * and only while its declared and its actual uncompressed size are within `maxBytes` (a zip bomb →
 * INPUT_TOO_LARGE).
 * Not a zip, or no document part → INPUT_FORMAT.
 */
export function docxText(
  bytes: Uint8Array,
  where: string,
  maxBytes: number,
): { text: string; meta: SourceMeta } {
  if (!isZip(bytes)) throw formatError(where, 'is not a .docx file (no zip signature)', bytes);
  const xml = inflateDocument(bytes, where, maxBytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(xml);
  } catch {
    throw formatError(where, `has a ${DOCUMENT} that is not UTF-8`, xml);
  }
  // A title (a centred paragraph, or one in a Title or Heading style) stands apart by a blank line: otherwise, having
  // no full stop, it would be joined to the next line as a line PDF copy-paste broke. Body paragraphs stay one a
  // line, so a PDF saved as Word (a paragraph a printed line) is still joined back into its sentences.
  const all = paragraphs(text);
  // The document's first words, when set as a title, are its title (as a web page's <h1> is).
  const first = all.find((p) => p.text.trim() !== '');
  const title = first?.title ? first.text.replace(/\s+/g, ' ').trim() : '';
  // A table's row is one line, its cells apart by tabs, and stands apart like a title: a last cell (9) joined to
  // the next paragraph would read 9市人大常委会制定……. A title stands apart from what comes before it too.
  let joined = '';
  all.forEach((p, index) => {
    const previous = all[index - 1];
    if (previous) joined += p.row || p.title || previous.title || previous.row ? '\n\n' : '\n';
    // A short heading (南京市 in 标题 2) is marked as one.
    joined += (p.heading ? markedHeading(p.text) : null) ?? p.text;
  });
  return { text: joined, meta: title !== '' ? { title } : {} };
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
    // In small pieces: fflate's Unzip recurses once per zip entry within one push, so a zip of thousands of
    // entries pushed whole overflows the stack; a piece holds at most a few hundred of the smallest entries.
    // Only the document's own entry (from its local header to the end of its data, when the header says
    // where that is), and in pieces: fflate's Unzip recurses, and grows its bookkeeping, once per entry it
    // passes within one push, so a zip of thousands of tiny entries pushed whole overflows the stack (and
    // 100,000 of them take quadratic time). Without a known end, small pieces bound that recursion.
    const { start, end } = documentEntry(bytes);
    const piece = end < bytes.length ? ZIP_PIECE : SMALL_PIECE;
    if (start >= end) unzip.push(bytes.subarray(start, end), true);
    for (let at = start; at < end && !failure && !done; at += piece) {
      unzip.push(bytes.subarray(at, Math.min(at + piece, end)), at + piece >= end);
    }
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

const NAME = new TextEncoder().encode(DOCUMENT);
const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) + u16(b, at + 2) * 0x10000) >>> 0;
const sig = (b: Uint8Array, at: number, value: number): boolean => at >= 0 && u32(b, at) === value;
const nameAt = (b: Uint8Array, at: number): boolean => NAME.every((byte, i) => b[at + i] === byte);

/**
 * Where word/document.xml's entry lies: its local header is found from the central directory when the zip has
 * one (the end-of-central-directory record, then one linear pass over the entries), else as the first local
 * header with that name, else at 0 (the unzipper then reads from the start and reports what is wrong). Its
 * end is that of its data when the local header gives the size, else the end of the bytes.
 */
function documentEntry(bytes: Uint8Array): { start: number; end: number } {
  const start = documentEntryOffset(bytes);
  if (!sig(bytes, start, LOCAL)) return { start, end: bytes.length };
  const flags = u16(bytes, start + 6);
  const size = u32(bytes, start + 18);
  if (flags & 8 || size === 0xffffffff) return { start, end: bytes.length };
  const end = start + 30 + u16(bytes, start + 26) + u16(bytes, start + 28) + size;
  return { start, end: Math.min(end, bytes.length) };
}

const LOCAL = 0x04034b50;

function documentEntryOffset(bytes: Uint8Array): number {
  for (let end = bytes.length - 22; end >= Math.max(0, bytes.length - 22 - 0xffff); end--) {
    if (!sig(bytes, end, 0x06054b50)) continue;
    const count = u16(bytes, end + 10);
    let at = u32(bytes, end + 16);
    for (let i = 0; i < count && sig(bytes, at, 0x02014b50); i++) {
      const nameLength = u16(bytes, at + 28);
      const offset = u32(bytes, at + 42);
      if (nameLength === NAME.length && nameAt(bytes, at + 46) && sig(bytes, offset, LOCAL)) return offset;
      at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    }
    break;
  }
  for (let at = 0; at + 30 + NAME.length <= bytes.length; at++) {
    if (
      bytes[at] === 0x50 &&
      sig(bytes, at, LOCAL) &&
      u16(bytes, at + 26) === NAME.length &&
      nameAt(bytes, at + 30)
    )
      return at;
  }
  return 0;
}

type Paragraph = DocxParagraph;

/**
 * Paragraph texts of WordprocessingML, in document order: `<w:p/>` is an empty paragraph; `<w:p …>` opens one
 * that the next `</w:p>` closes (an unclosed one is dropped); inside, `<w:t …>text</w:t>` gives text and
 * `<w:tab/>`, `<w:br/>`, `<w:cr/>` a tab or a line break. A table is read by `tableParagraphs` (a row a line, or a
 * table of cities' reports a city's part a row; a nested table's text stays in its cell); a floating table's rows
 * come after the text; a text box's
 * paragraphs come after the paragraph they are anchored in, read once (not from mc:Fallback), and text tracked as
 * moved away (w:moveFrom) is not read. One pass from tag to tag (indexOf), so the time is linear in the
 * XML whatever it holds — a regular expression over unclosed `<w:p>`s was quadratic.
 */
function paragraphs(xml: string): Paragraph[] {
  const out: Paragraph[] = [];
  let open = false;
  let text = '';
  let title = false;
  let heading = false;
  let tables = 0;
  let rows: TableRow[] = [];
  let cells: TableRow = [];
  let cell: string[] = [];
  // A floating table (w:tblpPr) stands out of the text's flow, placed by position: a 简报's 版记 anchored at the
  // foot of the last page comes before that page's text in the XML. Its rows are read after the text.
  let floating = false;
  const afterText: Paragraph[] = [];
  // Text that is not the document's reading: a drawing's fallback copy (mc:Fallback repeats a text box's words for
  // older readers) and text tracked as moved away (w:moveFrom; the same words stand again in w:moveTo).
  let hidden = 0;
  // A text box's paragraphs sit inside a paragraph of the text: each is a paragraph of its own, after the one it is
  // anchored in, whose words before and after the box stay one paragraph.
  const outer: { text: string; title: boolean }[] = [];
  const boxed: Paragraph[] = [];
  let at = 0;
  for (;;) {
    const lt = xml.indexOf('<', at);
    if (lt < 0) break;
    const gt = xml.indexOf('>', lt + 1);
    if (gt < 0) break;
    at = gt + 1;
    const name = tagName(xml, lt + 1, gt);
    const selfClosing = xml.charCodeAt(gt - 1) === 0x2f; // '/'
    if (HIDDEN.has(name) && !selfClosing) {
      hidden++;
      continue;
    }
    if (HIDDEN.has(name.slice(1)) && name[0] === '/') {
      hidden = Math.max(0, hidden - 1);
      continue;
    }
    if (hidden > 0) continue;
    if (name === 'w:txbxContent' && !selfClosing && open) {
      outer.push({ text, title });
      open = false;
      continue;
    }
    if (name === '/w:txbxContent') {
      const saved = outer.pop();
      if (saved) {
        ({ text, title } = saved);
        open = true;
      }
      continue;
    }
    if (name === 'w:tbl' && !selfClosing) {
      tables++;
      if (tables === 1) {
        floating = false;
        rows = [];
      }
    } else if (name === '/w:tbl') {
      if (tables === 1) (floating ? afterText : out).push(...tableParagraphs(rows));
      tables = Math.max(0, tables - 1);
    } else if (tables === 1 && name === 'w:tblpPr') floating = true;
    else if (tables === 1 && name === 'w:tr' && !selfClosing) cells = [];
    else if (tables === 1 && name === 'w:tc' && !selfClosing) cell = [];
    else if (tables === 1 && name === '/w:tc') cells.push(cell);
    else if (tables === 1 && name === '/w:tr') rows.push(cells);
    else if (name === 'w:p') {
      if (selfClosing) {
        if (!open && tables === 0) out.push({ text: '', title: false });
      } else if (!open) {
        open = true;
        text = '';
        title = false;
        heading = false;
      }
    } else if (!open) {
      // Runs outside a paragraph are not read.
    } else if (name === '/w:p') {
      if (outer.length > 0) boxed.push({ text, title: false });
      else if (tables > 0) cell.push(text);
      else {
        out.push({ text, title, ...(heading ? { heading } : {}) });
        out.push(...boxed.splice(0));
      }
      open = false;
    } else if ((name === 'w:jc' || name === 'w:pStyle' || name === 'w:outlineLvl') && text === '') {
      // In the paragraph's properties, before its first text: centred, or a title or heading style. A Chinese
      // Word names its built-in heading styles 1, 2, 3 … (标题 1), an English one Heading1; or an outline level.
      const value = /w:val="([^"]*)"/.exec(xml.slice(lt, gt))?.[1] ?? '';
      if (name === 'w:jc' ? value === 'center' : /^(Title|Heading|标题|標題)/i.test(value)) title = true;
      if (name === 'w:outlineLvl' ? /^[0-8]$/.test(value) : /^(?:Heading|标题|標題)?\s*[1-9]$/i.test(value)) {
        title = true;
        heading = true;
      }
    } else if (name === 'w:t' && !selfClosing) {
      const next = xml.indexOf('<', at);
      if (next >= 0 && xml.startsWith('</w:t>', next)) text += decodeEntities(xml.slice(at, next));
      if (next >= 0) at = next;
    } else if (selfClosing && (name === 'w:tab' || name === 'w:br' || name === 'w:cr')) {
      text += name === 'w:tab' ? '\t' : '\n';
    }
  }
  return [...out, ...afterText];
}

/** Elements whose text is not read (see `paragraphs`). */
const HIDDEN = new Set(['mc:Fallback', 'w:moveFrom']);

/** The name of the tag between `from` and `to` (`w:p`, `/w:p`), up to whitespace or `/` — at most 16 characters. */
function tagName(xml: string, from: number, to: number): string {
  let end = from;
  const limit = Math.min(to, from + 16);
  while (end < limit) {
    const c = xml.charCodeAt(end);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || (c === 0x2f && end > from)) break;
    end++;
  }
  return end === limit && limit < to && !/\s|\//.test(xml[limit] ?? '') ? '' : xml.slice(from, end);
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
