import { isJianbaoError, JianbaoError } from '../errors.js';
import { hexHead } from './formats.js';
import { checkSize } from './limits.js';

/** A city report is a few pages; a briefing's worth of inputs a few hundred. */
export const DEFAULT_MAX_PDF_PAGES = 500;

interface TextItem {
  str: string;
  hasEOL?: boolean;
  transform?: number[];
  height?: number;
}

/** What jianbao uses of pdf.js's document proxy. */
interface PdfDocument {
  numPages: number;
  getPage(number: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }>; cleanup(): unknown }>;
  destroy?(): Promise<void>;
  loadingTask?: { destroy(): Promise<void> };
}

interface Line {
  text: string;
  y: number;
  x: number;
  order: number;
}

/**
 * The text layer of a PDF (pdf.js through unpdf, loaded on demand; no worker, no canvas, no OCR): page by page,
 * each page's lines top to bottom, a line's pieces left to right, one line per text line of the page. The
 * normalizer repairs what the layout did to the sentences (lines broken mid-sentence, spaces around digits), and
 * every span of the extraction refers to this text, which `jianbao extract --json` prints.
 *
 * Errors: not a PDF, damaged or encrypted → INPUT_FORMAT; more than `maxPages` pages → INPUT_LIMIT; more text than
 * `maxBytes` → INPUT_TOO_LARGE; no text at all (a scan) → INPUT_SCANNED_PDF.
 */
export async function pdfText(
  bytes: Uint8Array,
  where: string,
  maxBytes: number,
  maxPages = DEFAULT_MAX_PDF_PAGES,
): Promise<string> {
  const { getDocumentProxy } = await import('unpdf');
  let doc: PdfDocument;
  try {
    // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
    doc = (await getDocumentProxy(bytes.slice(), {
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
    const pages: string[] = [];
    let size = 0;
    for (let number = 1; number <= doc.numPages; number++) {
      let items: TextItem[];
      try {
        const page = await doc.getPage(number);
        items = (await page.getTextContent()).items as TextItem[];
        page.cleanup();
      } catch (error) {
        throw new JianbaoError('INPUT_FORMAT', `${where}, page ${number}: unreadable (${firstLine(error)})`, {
          where: `${where}, page ${number}`,
          snippet: hexHead(bytes),
        });
      }
      const text = pageText(items);
      size += text.length * 3;
      checkSize(size, maxBytes, where, 'text of the PDF');
      pages.push(text);
    }
    const text = pages.join('\n');
    if (text.trim() === '') {
      throw new JianbaoError(
        'INPUT_SCANNED_PDF',
        `${where} has no text layer (${doc.numPages} page${doc.numPages === 1 ? '' : 's'}, a scan or pictures of pages): jianbao does no OCR — give the report as text, .docx, or a PDF with text`,
        { where, snippet: `${doc.numPages} pages, no text`, pages: doc.numPages },
      );
    }
    return text;
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
 * One page's text: pieces grouped into lines (a break where pdf.js marks an end of line or the baseline moves by
 * half a line), lines sorted top to bottom and, on one baseline, left to right; stream order breaks ties.
 */
function pageText(items: readonly TextItem[]): string {
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const item of items) {
    const x = item.transform?.[4] ?? 0;
    const y = item.transform?.[5] ?? 0;
    const height = Math.abs(item.height ?? item.transform?.[3] ?? 0) || 10;
    if (item.str !== '') {
      if (current && Math.abs(current.y - y) > height / 2) current = null;
      if (!current) {
        current = { text: '', y, x, order: lines.length };
        lines.push(current);
      }
      current.text += item.str;
    }
    if (item.hasEOL) current = null;
  }
  const sameLine = (a: Line, b: Line) => Math.abs(a.y - b.y) < 1;
  lines.sort((a, b) => (sameLine(a, b) ? a.x - b.x || a.order - b.order : b.y - a.y));
  return lines
    .map((line) => line.text.replace(/\s+$/, ''))
    .filter((line) => line !== '')
    .join('\n');
}

const firstLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 120) ?? '';
