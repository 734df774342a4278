import type { BriefingDocument } from './schema.js';

/**
 * Characters XML 1.0 does not allow (C0 controls but tab, newline and return; U+FFFE, U+FFFF; lone
 * surrogates). One of them in document.xml or docProps/core.xml makes the file one Word and LibreOffice
 * refuse to open; in a PDF they are no text at all. They carry nothing a reader could see.
 */
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** `text` without the characters XML 1.0 forbids. */
export function legalText(text: string): string {
  ILLEGAL.lastIndex = 0;
  return ILLEGAL.test(text) ? text.replace(ILLEGAL, '') : text;
}

/**
 * The document with every string in it (text, titles, meta, notes, labels) reduced to legal characters —
 * applied once where the renderer receives the document, so no string reaches the output unfiltered.
 * Iterative, so any depth is fine; plain objects and arrays are copied, other values kept.
 */
export function sanitizeDocument<T extends BriefingDocument>(doc: T): T {
  const clean = (value: unknown): unknown => {
    if (typeof value === 'string') return legalText(value);
    if (Array.isArray(value)) return value.map(clean);
    if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) out[key] = clean(item);
      return out;
    }
    return value;
  };
  return clean(doc) as T;
}
