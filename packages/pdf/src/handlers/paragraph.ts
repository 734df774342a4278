import type { ParagraphNode } from '@jianbao/core';
import type { Content } from 'pdfmake/interfaces';
import { breakLines, type StyledRun } from '../layout/break-lines.js';
import type { RenderContext } from '../layout/context.js';
import type { FontRole } from '../options.js';
import type { Handler } from './types.js';

/** A body paragraph: 3號 serif on the 28 × 22 grid, first line indented two characters. */
export const paragraph: Handler<'paragraph'> = (node, ctx, where) => [paragraphBlock(node, ctx, where)];

/**
 * Shared with the editor's note, which sets its paragraphs in Kai after a 黑體 label (`lead`). Lines are
 * broken here (see `breakLines`) and justified by spreading the characters, as Chinese typesetting does.
 */
export function paragraphBlock(
  node: ParagraphNode,
  ctx: RenderContext,
  where: string,
  role: FontRole = 'body',
  lead: StyledRun[] = [],
): Content {
  const { style } = ctx;
  const size = ctx.gridSize(style.bodySize);
  const indent = node.indent ? 2 * size : 0;
  const runs = [...lead, ...ctx.styledRuns(node.children, role, `${where}.children`)];
  const lines = breakLines(runs, size, ctx.width, ctx.width - indent);
  return {
    stack: lines.map((line, index) => {
      const room = ctx.width - (index === 0 ? indent : 0);
      const last = index === lines.length - 1;
      // Spacing goes between the characters of each run; a run's last character gets none.
      const gaps = line.chars - line.runs.length;
      const spare = room - line.width;
      const spacing = node.align === 'justify' && !last && gaps > 0 && spare > 0 ? spare / gaps : 0;
      return {
        text: line.runs.map((run) => ({
          text: run.text,
          font: run.font.key,
          characterSpacing: spacing,
          ...run.props,
        })),
        noWrap: true,
        alignment: node.align === 'justify' ? 'left' : node.align,
        margin: [index === 0 ? indent : 0, 0, 0, 0],
      };
    }),
    fontSize: size,
    lineHeight: ctx.lineHeight(role, size),
    color: style.text,
    margin: [0, 0, 0, style.name === 'modern' ? size * 0.6 : 0],
  } as Content;
}
