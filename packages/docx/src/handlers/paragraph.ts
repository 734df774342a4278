import type { ParagraphNode } from '@jianbao/core/document';
import { type FileChild, Paragraph } from 'docx';
import { alignmentOf } from '../alignment.js';
import { keepsWithClosing, type RenderContext } from '../context.js';
import { renderInlines } from '../inlines.js';

/** Body text in Normal: the first-line indent comes from the style; flush lines turn it off. */
export function paragraph(node: ParagraphNode, ctx: RenderContext): FileChild[] {
  return [
    new Paragraph({
      alignment: alignmentOf(node.align),
      ...(node.indent ? {} : { indent: { firstLineChars: 0, firstLine: 0 } }),
      ...(keepsWithClosing(ctx, node) ? { keepNext: true } : {}),
      children: renderInlines(node.children, ctx),
    }),
  ];
}
