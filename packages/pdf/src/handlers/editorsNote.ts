import { paragraphBlock } from './paragraph.js';
import type { Handler } from './types.js';

/** 編者按: the label in 黑體 opening the first paragraph, the note itself in 楷體. */
export const editorsNote: Handler<'editorsNote'> = (node, ctx, where) => {
  const paragraphs = node.children.map((child, index) =>
    paragraphBlock(
      child,
      ctx,
      `${where}.children.${index}`,
      'heading2',
      index === 0 ? ctx.styledRuns([{ type: 'text', value: node.label }], 'heading1', `${where}.label`) : [],
    ),
  );
  if (ctx.style.name === 'official') {
    return [{ stack: paragraphs, margin: [0, 0, 0, ctx.style.linePitch * 0.5] }];
  }
  return [
    {
      table: { widths: ['*'], body: [[{ stack: paragraphs }]] },
      layout: {
        hLineWidth: () => 0,
        vLineWidth: (i: number) => (i === 0 ? 2 : 0),
        vLineColor: () => ctx.style.accent,
        paddingLeft: () => 10,
        paddingRight: () => 4,
        paddingTop: () => 4,
        paddingBottom: () => 0,
      },
      margin: [0, 0, 0, 10],
    },
  ];
};
