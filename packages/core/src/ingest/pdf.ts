import { Unzlib } from 'fflate';
import { isJianbaoError, JianbaoError } from '../errors.js';
import { normalize } from '../normalize/normalize.js';
import type { SourceMeta } from '../types.js';
import { hexHead } from './formats.js';
import { checkSize, DEFAULT_MAX_PDF_PAGES } from './limits.js';
import { type PageLines, pageLines, pageText, pageTitle, type TextItem } from './pdf-page.js';

/** What jianbao uses of pdf.js's document proxy. */
interface PdfDocument {
  numPages: number;
  getPage(
    number: number,
  ): Promise<{ view: number[]; getTextContent(): Promise<{ items: unknown[] }>; cleanup(): unknown }>;
  destroy?(): Promise<void>;
  loadingTask?: { destroy(): Promise<void> };
}

/**
 * The text layer of a PDF (pdf.js through unpdf, loaded on demand; no worker, no canvas, no OCR): page by page,
 * each page's lines top to bottom, a line's pieces left to right, one line per text line of the page. The
 * normalizer repairs what the layout did to the sentences (lines broken mid-sentence, spaces around digits), and
 * every span of the extraction refers to this text, which `jianbao extract --json` prints.
 *
 * Errors: not a PDF, cut short, damaged or encrypted → INPUT_FORMAT; more than `maxPages` pages → INPUT_LIMIT; more text than
 * `maxBytes` → INPUT_TOO_LARGE; no text at all (a scan) → INPUT_SCANNED_PDF.
 */
export async function pdfText(
  bytes: Uint8Array,
  where: string,
  maxBytes: number,
  maxPages = DEFAULT_MAX_PDF_PAGES,
): Promise<{ text: string; meta: SourceMeta }> {
  // A download cut short ends before the last %%EOF: pdf.js would patch it up and read part of the report.
  if (!tail(bytes, 2048).includes('%%EOF')) {
    throw new JianbaoError('INPUT_FORMAT', `${where} is cut short (no %%EOF at its end): a truncated PDF`, {
      where,
      snippet: hexHead(bytes),
    });
  }
  // pdf.js inflates a stream whole, in memory: a 1 MB PDF can hold a 1 GB content stream. Count first.
  checkStreams(bytes, where, maxBytes * STREAM_BUDGET);
  const { getDocumentProxy } = await import('unpdf');
  let doc: PdfDocument;
  try {
    // pdf.js takes ownership of (detaches) the buffer it is given, and refuses a Node Buffer (whose slice() is a
    // view, not a copy): hand it a plain copy.
    doc = (await getDocumentProxy(new Uint8Array(bytes), {
      useSystemFonts: false,
      disableFontFace: true,
      stopAtErrors: false,
      verbosity: 0,
    })) as unknown as PdfDocument;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    const problem =
      name === 'PasswordException'
        ? 'is encrypted (password-protected): save an unprotected copy'
        : `is not a readable PDF (${firstLine(error)})`;
    throw new JianbaoError('INPUT_FORMAT', `${where} ${problem}`, { where, snippet: hexHead(bytes) });
  }
  try {
    if (doc.numPages > maxPages) {
      throw new JianbaoError(
        'INPUT_LIMIT',
        `${where}: ${doc.numPages} pages, over the limit of ${maxPages} pages for one report (option maxPdfPages)`,
        { where, snippet: `${doc.numPages} pages`, pages: doc.numPages, maxPages },
      );
    }
    const pages: PageLines[] = [];
    let size = 0;
    for (let number = 1; number <= doc.numPages; number++) {
      let items: TextItem[];
      let view: number[];
      try {
        const page = await doc.getPage(number);
        view = page.view;
        items = (await page.getTextContent()).items as TextItem[];
        page.cleanup();
      } catch (error) {
        throw new JianbaoError('INPUT_FORMAT', `${where}, page ${number}: unreadable (${firstLine(error)})`, {
          where: `${where}, page ${number}`,
          snippet: hexHead(bytes),
        });
      }
      const page = pageLines(items, number, ((view[0] ?? 0) + (view[2] ?? 0)) / 2);
      for (const line of page.texts) size += line.length * 3;
      checkSize(size, maxBytes, where, 'text of the PDF');
      pages.push(page);
    }
    const drops = furniture(pages);
    const text = pages.map((page, index) => pageText(page, drops[index] ?? new Set())).join('\n');
    // Its words as the body's are: PDF damage repaired (盐城市人大常委会 2024 年… → …2024年…).
    const title = pages[0] ? normalize(pageTitle(pages[0], drops[0] ?? new Set())).text : '';
    if (text.trim() === '') {
      throw new JianbaoError(
        'INPUT_SCANNED_PDF',
        `${where} has no text layer (${doc.numPages} page${doc.numPages === 1 ? '' : 's'}, a scan or pictures of pages): jianbao does no OCR — give the report as text, .docx, or a PDF with text`,
        { where, snippet: `${doc.numPages} pages, no text`, pages: doc.numPages },
      );
    }
    return { text, meta: title !== '' ? { title } : {} };
  } catch (error) {
    if (isJianbaoError(error)) throw error;
    throw new JianbaoError('INPUT_FORMAT', `${where} is not a readable PDF (${firstLine(error)})`, {
      where,
      snippet: hexHead(bytes),
    });
  } finally {
    await (doc.destroy?.() ?? doc.loadingTask?.destroy());
  }
}

/**
 * The lines of each page that are the pages', not the report's: its page numbers, and a running head or foot — the
 * same first or last line on most pages (扬州市人大常委会办公室 over every page), its digits aside (第2页). Left in, a
 * running head cut the sentence that runs on from the page before, and opened the report as its title.
 */
function furniture(pages: readonly PageLines[]): Set<number>[] {
  const ends = pages.map((page) => {
    const kept = page.texts.flatMap((text, index) =>
      text.trim() === '' || page.pageNumbers.has(index) ? [] : [index],
    );
    return { head: kept[0], foot: kept.length > 1 ? kept[kept.length - 1] : undefined };
  });
  const key = (page: PageLines, index: number | undefined) =>
    index === undefined ? '' : (page.texts[index] ?? '').replace(/\s+/g, '').replace(/\d+/g, '#');
  const running = (at: 'head' | 'foot'): Set<string> => {
    const counts = new Map<string, number>();
    pages.forEach((page, i) => {
      const k = key(page, ends[i]?.[at]);
      if (k !== '') counts.set(k, (counts.get(k) ?? 0) + 1);
    });
    const most = Math.max(2, Math.ceil(pages.length / 2));
    return new Set([...counts].filter(([, n]) => n >= most).map(([k]) => k));
  };
  const heads = running('head');
  const feet = running('foot');
  return pages.map((page, i) => {
    const drop = new Set(page.pageNumbers);
    const { head, foot } = ends[i] ?? {};
    if (head !== undefined && heads.has(key(page, head))) drop.add(head);
    if (foot !== undefined && feet.has(key(page, foot))) drop.add(foot);
    return drop;
  });
}

/**
 * What the FlateDecode streams a text extraction reads (page contents, fonts, object streams; not images) may
 * inflate to in all, as a multiple of maxBytes: embedded CJK fonts are large, a report's text is not.
 */
const STREAM_BUDGET = 5;

/**
 * Inflates every FlateDecode stream that is not an image, chunk by chunk without keeping the output, and refuses the
 * PDF (INPUT_TOO_LARGE) once their total passes `budget` bytes. Streams that do not inflate as they stand
 * (encrypted, FlateDecode after another filter, damaged) are left to pdf.js.
 */
function checkStreams(bytes: Uint8Array, where: string, budget: number): void {
  const text = new TextDecoder('latin1').decode(bytes);
  let total = 0;
  let from = 0;
  for (;;) {
    const keyword = text.indexOf('stream', from);
    if (keyword === -1) break;
    from = keyword + 6;
    if (text.startsWith('end', keyword - 3)) continue;
    const eol = text[from] === '\r' ? (text[from + 1] === '\n' ? 2 : 1) : text[from] === '\n' ? 1 : -1;
    if (eol === -1) continue;
    const head = text.slice(Math.max(0, keyword - 1024), keyword);
    const dict = head.slice(head.lastIndexOf(' obj') + 1);
    if (!/\/FlateDecode/.test(dict) || /\/Subtype\s*\/Image/.test(dict)) continue;
    const start = from + eol;
    const end = text.indexOf('endstream', start);
    const stop = end === -1 ? bytes.length : end;
    let done = false;
    const inflater = new Unzlib((chunk, final) => {
      total += chunk.length;
      if (final) done = true;
    });
    try {
      for (let at = start; at < stop && !done; at += 65536) {
        inflater.push(bytes.subarray(at, Math.min(stop, at + 65536)), false);
        checkSize(total, budget, where, 'inflated content of the PDF');
      }
    } catch (error) {
      if (isJianbaoError(error)) throw error;
    }
    from = stop;
  }
}

function tail(bytes: Uint8Array, length: number): string {
  let s = '';
  for (let i = Math.max(0, bytes.length - length); i < bytes.length; i++)
    s += String.fromCharCode(bytes[i] ?? 0);
  return s;
}

const firstLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 120) ?? '';
