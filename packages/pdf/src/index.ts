/**
 * The briefing document as a PDF, with pdfmake (GB/T 9704 page, 简报 masthead, 版记). Runs in browsers and Node.
 * @module @jianbao/pdf
 */
export type { LoadedFont } from './fonts/font-cache.js';
export { loadFont } from './fonts/font-cache.js';
export type { FontFile, FontRole, PdfFonts, RenderPdfOptions } from './options.js';
export { FONT_ROLES } from './options.js';
export { renderPdf } from './render.js';
