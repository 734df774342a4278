export type { LoadedFont } from './fonts/font-cache.js';
export { loadFont } from './fonts/font-cache.js';
export type { FontFile, FontRole, PdfFonts, RenderPdfOptions } from './options.js';
export { FONT_ROLES } from './options.js';
export { renderPdf } from './render.js';
