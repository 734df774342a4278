import { type BriefingDocument, pageNumberText, resolveTheme } from '@jianbao/core/document';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { FontSet } from '../fonts/font-set.js';
import { handleBlock } from '../handlers/index.js';
import type { RenderPdfOptions } from '../options.js';
import { RenderContext } from './context.js';
import { closingPlace, keepRules, keepWithNext } from './keep.js';
import { MARK, pageGeometry } from './style.js';

/**
 * The pdfmake document definition for `doc`: every block through its handler, page numbers, metadata and
 * bookmarks, laid out by the theme (the style's own, with `options.theme` merged over it). Every string goes
 * through the font set, so after this returns `fonts.missing` lists every character no font can draw.
 * pdfmake mutates definitions: build a fresh one for every render.
 */
export function buildDefinition(
  doc: BriefingDocument,
  fonts: FontSet,
  options: RenderPdfOptions,
): TDocumentDefinitions {
  const theme = resolveTheme(options.style ?? doc.meta.style, options.theme);
  const page = pageGeometry(theme);
  const ctx = new RenderContext(doc, theme, page, fonts);
  const content: Content[] = keepWithNext(
    doc.children.flatMap((node, index) => handleBlock(node, ctx, `children.${index}`)),
    page.linePitch,
  );
  const closing = closingPlace(content);
  const [left, , right] = page.pageMargins;
  const numberSize = theme.sizes.pageNumber;
  const inset = theme.indent.pageNumberChars * numberSize;
  const outside = theme.numbering.pageNumberPosition === 'outside';
  const numberFont = 'body' as const;
  // Checked here, before layout, like every other string.
  fonts.runs(pageNumberText(theme, '0123456789'), numberFont, 'page numbers');
  const lastPage = ctx.lastPageBlock;
  const date = options.creationDate ?? new Date(`${doc.meta.date}T00:00:00Z`);
  return {
    pageSize: page.pageSize,
    pageMargins: page.pageMargins,
    content,
    defaultStyle: {
      font: fonts.font('body').key,
      fontSize: theme.sizes.body,
      color: theme.colors.text,
    },
    // Marker styles carry no formatting; they only name nodes for the keep rules.
    styles: Object.fromEntries(Object.values(MARK).map((mark) => [mark, {}])),
    footer: (currentPage: number, pageCount: number) => {
      const odd = currentPage % 2 === 1;
      const pageNumber: Content = {
        text: ctx.runs(pageNumberText(theme, currentPage), numberFont, 'page numbers'),
        fontSize: numberSize,
        color: theme.colors.pageNumber,
        alignment: outside ? (odd ? 'right' : 'left') : 'center',
        // GB/T 9704: 7 mm under the text block, one character in from the block's edge.
        margin: [left + (outside ? inset : 0), page.gapToNumber, right + (outside ? inset : 0), 0],
        style: MARK.footer,
      };
      if (!lastPage || currentPage !== pageCount) return pageNumber;
      return [
        {
          stack: [lastPage.content],
          // pdfmake lays the footer out in its own box, which starts at the foot of the text block:
          // a negative y puts the closing block just above that foot.
          absolutePosition: { x: left, y: -lastPage.height },
          style: MARK.footer,
        },
        pageNumber,
      ];
    },
    pageBreakBefore: (node, nodes) => keepRules(node, nodes, closing),
    info: {
      title: doc.meta.title,
      author: doc.meta.author,
      subject: doc.meta.subject,
      keywords: doc.meta.keywords.join(', '),
      creator: options.creator ?? 'jianbao',
      producer: 'jianbao (pdfmake)',
      creationDate: date,
      modDate: date,
    },
    language: doc.meta.language,
    compress: options.compress ?? true,
    version: '1.7',
  };
}
