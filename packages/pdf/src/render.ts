import {
  type BriefingDocument,
  isJianbaoError,
  JianbaoError,
  sanitizeDocument,
  validateDocument,
} from '@jianbao/core/document';
import { runPdfmake } from './engine.js';
import { FontSet } from './fonts/font-set.js';
import { buildDefinition } from './layout/definition.js';
import { RENDER_PDF_OPTIONS, type RenderPdfOptions, refuseUnknownOptions } from './options.js';

/**
 * Renders a briefing to PDF bytes, in Node or in a browser. Fonts are passed as bytes (`options.fonts`);
 * in Node, `renderPdfNode` from `@jianbao/pdf/node` finds installed ones. Every character is checked against
 * the fonts before layout: one that no font has fails with FONT_MISSING_GLYPHS instead of printing a box.
 * The same document and options give the same bytes.
 * @throws JianbaoError `USAGE` for an unknown option or a bad theme; `DOCUMENT_INVALID` when `doc` does not
 * match the schema; `FONT_NOT_FOUND`, `FONT_MISSING_GLYPHS`; `RENDER_FAILED` when pdfmake fails.
 */
export async function renderPdf(doc: BriefingDocument, options: RenderPdfOptions = {}): Promise<Uint8Array> {
  refuseUnknownOptions('renderPdf', options, RENDER_PDF_OPTIONS);
  const document = sanitizeDocument(validateDocument(doc));
  const fonts = await FontSet.load(options.fonts);
  const definition = buildDefinition(document, fonts, options);
  fonts.assertComplete();
  try {
    return await runPdfmake(definition, fonts.all);
  } catch (error) {
    if (isJianbaoError(error)) throw error;
    throw new JianbaoError(
      'RENDER_FAILED',
      `pdfmake could not render "${document.meta.title}": ${(error as Error).message}`,
      {
        where: 'pdfmake',
      },
      { cause: error },
    );
  }
}
