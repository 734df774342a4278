import type { ParagraphNode } from '@jianbao/core';
import type { ContentText } from 'pdfmake/interfaces';
import type { RenderContext } from '../layout/context.js';
import type { FontRole } from '../options.js';
import type { Handler } from './types.js';

/** A body paragraph: 3號 (16 pt) serif on the 22-line grid, first line indented two characters. */
export const paragraph: Handler<'paragraph'> = (node, ctx, where) => [paragraphText(node, ctx, where)];

/** Shared with the editor's note, which sets its paragraphs in Kai after a 黑體 label. */
export function paragraphText(
  node: ParagraphNode,
  ctx: RenderContext,
  where: string,
  role: FontRole = 'body',
  lead: ContentText['text'][] = [],
): ContentText {
  const { style } = ctx;
  const size = ctx.gridSize(style.bodySize);
  return {
    text: [...(lead as never[]), ...ctx.inlines(node.children, role, `${where}.children`)],
    fontSize: size,
    lineHeight: ctx.lineHeight(role, size),
    alignment: node.align,
    color: style.text,
    ...(node.indent ? { leadingIndent: 2 * size } : {}),
    margin: [0, 0, 0, style.name === 'modern' ? size * 0.6 : 0],
  };
}
