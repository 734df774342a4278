import { readFile } from 'node:fs/promises';
import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** All text of a PDF, page by page, as pdf.js extracts it (what a reader's search would find). */
export async function pdfText(path: string): Promise<{ pages: number; text: string }> {
  const data = new Uint8Array(await readFile(path));
  const pdf = await getDocument({ data, useSystemFonts: false }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  const pages = pdf.numPages;
  await pdf.destroy();
  return { pages, text: parts.join('\n') };
}

/** The raw text of a DOCX as mammoth reads it (what Word would show, without layout). */
export async function docxText(path: string): Promise<string> {
  const result = await mammoth.extractRawText({ buffer: await readFile(path) });
  return result.value;
}
