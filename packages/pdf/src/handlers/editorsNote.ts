import { pdfRole } from '../layout/context.js';
import { paragraphBlock } from './paragraph.js';
import type { Handler } from './types.js';

/** 編者按: the label in the emphasis face opening the first paragraph, the note itself in 楷體; boxed if the theme says. */
export const editorsNote: Handler<'editorsNote'> = (node, ctx, where) => {
  const { theme } = ctx;
  const paragraphs = node.children.map((child, index) =>
    paragraphBlock(
      child,
      ctx,
      `${where}.children.${index}`,
      'heading2',
      index === 0
        ? ctx.styledRuns(
            [{ type: 'text', value: node.label }],
            pdfRole(theme.emphasis.font),
            `${where}.label`,
          )
        : [],
    ),
  );
  const after = theme.spacing.blockAfterPt;
  if (!theme.editorsNote.boxed) return [{ stack: paragraphs, margin: [0, 0, 0, after] }];
  const pad = theme.spacing.editorsNotePaddingPt;
  return [
    {
      table: { widths: ['*'], body: [[{ stack: paragraphs }]] },
      layout: {
        hLineWidth: () => 0,
        vLineWidth: (i: number) => (i === 0 ? theme.rules.editorsNoteBarPt : 0),
        vLineColor: () => theme.colors.accent,
        paddingLeft: () => pad,
        paddingRight: () => 0,
        paddingTop: () => 0,
        paddingBottom: () => 0,
      },
      margin: [0, 0, 0, after],
    },
  ];
};
