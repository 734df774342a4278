import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfTextItem {
  str: string;
  x: number;
  /** Baseline, pt from the page top. */
  y: number;
  fontSize: number;
  /** Advance of the whole item, letter spacing included, pt. */
  width: number;
}

export interface ReadPdf {
  pageCount: number;
  /** Text of each page, items joined without separators (Chinese has no spaces). */
  pages: string[];
  items: PdfTextItem[][];
  info: Record<string, unknown>;
  outline: { title: string; items: { title: string }[] }[];
  pageWidth: number;
}

/** Reads a PDF back with pdfjs (legacy build, for Node): text with positions, metadata, bookmarks. */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false }).promise;
  const pages: string[] = [];
  const items: PdfTextItem[][] = [];
  let pageWidth = 0;
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const viewport = page.getViewport({ scale: 1 });
    pageWidth = viewport.width;
    const content = await page.getTextContent();
    const pageItems: PdfTextItem[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue;
      const [, , , d, e, f] = item.transform as number[];
      pageItems.push({
        str: item.str,
        x: e ?? 0,
        y: viewport.height - (f ?? 0),
        fontSize: Math.abs(d ?? 0),
        width: item.width,
      });
    }
    items.push(pageItems);
    pages.push(pageItems.map((item) => item.str).join(''));
  }
  const metadata = await pdf.getMetadata();
  const outline = ((await pdf.getOutline()) ?? []) as ReadPdf['outline'];
  const result = {
    pageCount: pdf.numPages,
    pages,
    items,
    info: metadata.info as Record<string, unknown>,
    outline,
    pageWidth,
  };
  await pdf.destroy();
  return result;
}
