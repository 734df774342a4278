/**
 * The briefing document model and the theme a renderer reads: what `@jianbao/pdf` and `@jianbao/docx` import. A
 * bundle of a renderer then carries none of the reading, extracting and composing (nor their lexicon) behind the
 * package's main entry, which re-exports all of this.
 * @module @jianbao/core/document
 */
export type { JianbaoErrorCode, JianbaoErrorDetails } from '../errors.js';
export { isJianbaoError, JianbaoError, snippetAt } from '../errors.js';
export * from '../theme/index.js';
export type { Anchor } from './anchors.js';
export { insertSection, renumberHeadings } from './anchors.js';
export type { Content } from './builders.js';
export * as build from './builders.js';
export { exampleDocument } from './example.js';
export { NO_LINE_END, NO_LINE_START } from './line-breaks.js';
export { legalText, sanitizeDocument } from './sanitize.js';
export * from './schema.js';
export { inlinesText, inlineText } from './text.js';
export { titleCharsPerLine, titleLines } from './title-lines.js';
export type { ValidateOptions } from './validate.js';
export { validateDocument } from './validate.js';
