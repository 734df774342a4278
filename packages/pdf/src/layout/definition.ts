import type { BriefingDocument } from '@jianbao/core';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { FontSet } from '../fonts/font-set.js';
import { handleBlock } from '../handlers/index.js';
import type { RenderPdfOptions } from '../options.js';
import { RenderContext } from './context.js';
import { layoutStyle } from './style.js';

/**
 * The pdfmake document definition for `doc`: every block through its handler, page numbers, metadata and
 * bookmarks. Every string goes through the font set, so after this returns `fonts.missing` lists every
 * character no font can draw. pdfmake mutates definitions: build a fresh one for every render.
 */
export function buildDefinition(
  doc: BriefingDocument,
  fonts: FontSet,
  options: RenderPdfOptions,
): TDocumentDefinitions {
  const style = layoutStyle(options.style ?? doc.meta.style);
  const ctx = new RenderContext(doc, style, fonts);
  const content: Content[] = doc.children.flatMap((node, index) =>
    handleBlock(node, ctx, `children.${index}`),
  );

  const [left, , right] = style.pageMargins;
  const charWidth = style.footerSize;
  const numberFont = 'body' as const;
  // Checked here, before layout, like every other string.
  fonts.runs('— 0123456789 —', numberFont, 'page numbers');
  const lastPage = ctx.lastPageBlock;
  const date = options.creationDate ?? new Date(`${doc.meta.date}T00:00:00Z`);

  return {
    pageSize: 'A4',
    pageMargins: style.pageMargins,
    content,
    defaultStyle: {
      font: fonts.font('body').key,
      fontSize: style.bodySize,
      color: style.text,
    },
    footer: (currentPage: number, pageCount: number) => {
      const odd = currentPage % 2 === 1;
      const pageNumber: Content = {
        text: ctx.runs(style.pageNumber(currentPage), numberFont, 'page numbers'),
        fontSize: style.footerSize,
        color: style.name === 'modern' ? style.muted : style.text,
        alignment: style.alternateFooter ? (odd ? 'right' : 'left') : 'center',
        // GB/T 9704: 7 mm under the text block, one character in from the block's edge.
        margin: [
          left + (style.alternateFooter ? charWidth : 0),
          style.footerGap,
          right + (style.alternateFooter ? charWidth : 0),
          0,
        ],
      };
      if (!lastPage || currentPage !== pageCount) return pageNumber;
      return [
        {
          stack: [lastPage.content],
          // pdfmake lays the footer out in its own box, which starts at the foot of the text block:
          // a negative y puts the closing block just above that foot.
          absolutePosition: { x: left, y: -lastPage.height },
        },
        pageNumber,
      ];
    },
    pageBreakBefore: (node, nodes) =>
      // Keep headings (and table captions) with what follows them.
      node.headlineLevel !== undefined &&
      node.pageNumbers.length === 1 &&
      nodes.getFollowingNodesOnPage().length === 0 &&
      nodes.getNodesOnNextPage().length > 0,
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
