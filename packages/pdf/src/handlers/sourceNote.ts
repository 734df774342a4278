import type { Handler } from './types.js';

/** Where a section's material came from, in 楷體, flush right under the section. */
export const sourceNote: Handler<'sourceNote'> = (node, ctx, where) => {
  const { style } = ctx;
  const official = style.name === 'official';
  const size = official ? ctx.gridSize(style.bodySize) : style.bodySize - 1.5;
  return [
    {
      ...ctx.inlineText(node.children, 'heading2', `${where}.children`, size, ctx.width),
      fontSize: size,
      lineHeight: ctx.lineHeight('heading2', size),
      alignment: 'right',
      color: style.muted,
      margin: [0, 0, 0, official ? 0 : 8],
    },
  ];
};
