import { MARK } from '../layout/style.js';
import type { Handler } from './types.js';

/** Where a section's material came from, in 楷體, flush right under the section. */
export const sourceNote: Handler<'sourceNote'> = (node, ctx, where) => {
  const { theme } = ctx;
  const size = ctx.gridSize(theme.sizes.sourceNote);
  return [
    {
      ...ctx.inlineText(node.children, 'heading2', `${where}.children`, size, ctx.width),
      fontSize: size,
      lineHeight: ctx.lineHeight('heading2', size),
      alignment: 'right',
      color: theme.colors.muted,
      margin: [0, 0, 0, theme.spacing.paragraphAfter * size],
      style: MARK.line,
    },
  ];
};
