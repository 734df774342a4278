import type { Handler } from './types.js';

/** A list: numbered 1. 2. … when ordered, bulleted otherwise, on the body grid. */
export const list: Handler<'list'> = (node, ctx, where) => {
  const { style } = ctx;
  const size = ctx.gridSize(style.bodySize);
  const official = style.name === 'official';
  const items = node.items.map((item, index) => ({
    // The marker takes about two characters.
    ...ctx.inlineText(item, 'body', `${where}.items.${index}`, size, ctx.width - (official ? 4 : 2) * size),
  }));
  const common = {
    font: ctx.font('body').key,
    fontSize: size,
    lineHeight: ctx.lineHeight('body', size),
    color: style.text,
    margin: [official ? 2 * size : 0, 0, 0, official ? 0 : size * 0.6] as [number, number, number, number],
  };
  return [node.ordered ? { ol: items, ...common } : { ul: items, ...common }];
};
