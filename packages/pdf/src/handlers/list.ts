import { inlineEnumeration, listMark } from '@jianbao/core/document';
import type { Content } from 'pdfmake/interfaces';
import { paragraphBlock } from './paragraph.js';
import type { Handler } from './types.js';

/**
 * A list. `inline` (official): one body paragraph, 一是……；二是……。 — 简报 use no bullets. `marks`: one item a
 * line after its mark (1. or •), wrapped lines hanging under the text, not under the mark.
 */
export const list: Handler<'list'> = (node, ctx, where) => {
  const { theme } = ctx;
  if (theme.numbering.lists === 'inline') {
    const children = inlineEnumeration(theme, node.items);
    return [paragraphBlock({ type: 'paragraph', children, indent: true, align: 'justify' }, ctx, where)];
  }
  const size = ctx.gridSize(theme.sizes.body);
  const marks = node.items.map((_, index) =>
    node.ordered ? listMark(theme.numbering.ordered, index + 1) : theme.numbering.bullet,
  );
  // The widest mark and a space: the text of every item starts there.
  const markWidth = Math.max(...marks.map((mark) => ctx.font('body').widthOf(`${mark} `, size)));
  const indent = theme.indent.paragraphChars * size;
  return node.items.map(
    (item, index): Content => ({
      columns: [
        { text: ctx.runs(marks[index] ?? '', 'body', `${where}.items.${index}`), width: markWidth },
        {
          width: '*',
          stack: [
            paragraphBlock(
              { type: 'paragraph', children: item, indent: false, align: 'justify' },
              ctx,
              `${where}.items.${index}`,
              'body',
              [],
              ctx.width - indent - markWidth,
            ),
          ],
        },
      ],
      columnGap: 0,
      fontSize: size,
      lineHeight: ctx.lineHeight('body', size),
      margin: [indent, 0, 0, 0],
    }),
  );
};
