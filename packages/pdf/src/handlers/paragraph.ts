import type { ParagraphNode } from '@jianbao/core/document';
import type { Content } from 'pdfmake/interfaces';
import { breakLines, type StyledRun } from '../layout/break-lines.js';
import type { RenderContext } from '../layout/context.js';
import { justify } from '../layout/justify.js';
import { MARK } from '../layout/style.js';
import type { FontRole } from '../options.js';
import type { Handler } from './types.js';

/** A body paragraph: the theme's body size on its grid (3號 28 × 22 for official), first line indented. */
export const paragraph: Handler<'paragraph'> = (node, ctx, where) => [paragraphBlock(node, ctx, where)];

/**
 * Shared with the editor's note, which sets its paragraphs in Kai after a 黑體 label (`lead`). Lines are
 * broken here (see `breakLines`) and justified by spreading the Chinese characters (see `justify`).
 */
export function paragraphBlock(
  node: ParagraphNode,
  ctx: RenderContext,
  where: string,
  role: FontRole = 'body',
  lead: StyledRun[] = [],
  width: number = ctx.width,
): Content {
  const { theme } = ctx;
  const size = ctx.gridSize(theme.sizes.body);
  const indent = node.indent ? theme.indent.paragraphChars * size : 0;
  const runs = [...lead, ...ctx.styledRuns(node.children, role, `${where}.children`)];
  const lines = breakLines(runs, size, width, width - indent);
  return {
    stack: lines.map((line, index) => {
      const room = width - (index === 0 ? indent : 0);
      const last = index === lines.length - 1;
      // Only a justified paragraph's lines but its last are filled to the edge; the others keep their width.
      const pieces = justify(line, node.align === 'justify' && !last ? room : line.width);
      return {
        text: pieces.map((run) => ({
          text: run.text,
          font: run.font.key,
          characterSpacing: run.spacing,
          ...run.props,
        })),
        noWrap: true,
        alignment: node.align === 'justify' ? 'left' : node.align,
        // A point of slack on the right: pdfkit's kerning may measure a full line a hair wider than the advances
        // it was broken by, and pdfmake would then wrap it between two runs.
        margin: [index === 0 ? indent : 0, 0, -1, 0],
        // Each line is a node the keep rules can move (see layout/keep.ts).
        style: MARK.line,
      };
    }),
    fontSize: size,
    lineHeight: ctx.lineHeight(role, size),
    color: theme.colors.text,
    margin: [0, 0, 0, theme.spacing.paragraphAfter * size],
  } as Content;
}
