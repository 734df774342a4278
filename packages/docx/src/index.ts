/**
 * The briefing document as an editable Word file, with docx (document grid, eastAsia fonts, odd/even footers).
 * @module @jianbao/docx
 */
export { DEFAULT_FONTS, type DocxFonts } from './fonts.js';
export type { RenderDocxOptions } from './options.js';
export { renderDocx } from './render.js';
