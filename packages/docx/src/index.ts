export { DEFAULT_FONTS, type DocxFonts } from './fonts.js';
export type { RenderDocxOptions } from './options.js';
export { renderDocx } from './render.js';
