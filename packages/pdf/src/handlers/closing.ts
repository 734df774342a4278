import type { ClosingNode } from '@jianbao/core';
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { RenderContext } from '../layout/context.js';
import type { Handler } from './types.js';

const SIZE = 14;
const PAD_Y = 4;

/**
 * The closing block (版記): 報/送/發 lines, then the compiling office left and the 印發 date right, between
 * a thick rule first and last and thin rules between (0.35 / 0.25 mm), in 4號 (14 pt) body type, one character
 * in from each side. When it ends the document it is set at the foot of the last page, as GB/T 9704 asks.
 */
export const closing: Handler<'closing'> = (node, ctx, where) => {
  const block = closingTable(node, ctx, where);
  const isLast = ctx.doc.children[ctx.doc.children.length - 1] === node;
  if (!isLast || ctx.style.name !== 'official') return [{ stack: [block.content], margin: [0, 16, 0, 0] }];
  ctx.lastPageBlock = block;
  // Reserve the block's height at the end of the flow: if the last page has no room, the reservation moves
  // to a new page, and the block (drawn with the footer) lands on that page instead of over the text.
  return [
    {
      canvas: [
        {
          type: 'line',
          x1: 0,
          y1: block.height,
          x2: 0,
          y2: block.height,
          lineWidth: 0,
          lineColor: '#FFFFFF',
        },
      ],
    },
  ];
};

function closingTable(
  node: ClosingNode,
  ctx: RenderContext,
  where: string,
): { content: Content; height: number } {
  const { style } = ctx;
  const font = ctx.font('body');
  const pitch = SIZE * 1.6;
  const lineHeight = ctx.lineHeight('body', SIZE, pitch);
  const inner = ctx.width - 2 * SIZE;
  const linesFor = (text: string) => Math.max(1, Math.ceil((font.widthOf(text, SIZE) + SIZE) / inner));
  const rows: { cell: TableCell; lines: number }[] = node.recipients.map((recipient, index) => ({
    cell: {
      text: [
        ...ctx.runs(recipient.label, 'body', `${where}.recipients.${index}.label`),
        ...ctx.runs(recipient.text, 'body', `${where}.recipients.${index}.text`),
      ],
    },
    lines: linesFor(recipient.label + recipient.text),
  }));
  rows.push({
    cell: {
      columns: [
        { text: ctx.runs(node.office, 'body', `${where}.office`), width: '*' },
        { text: ctx.runs(node.printDate, 'body', `${where}.printDate`), width: 'auto', alignment: 'right' },
      ],
      columnGap: SIZE,
    },
    lines: linesFor(`${node.office}　${node.printDate}`),
  });
  if (node.copies) {
    rows.push({
      cell: { text: ctx.runs(node.copies, 'body', `${where}.copies`), alignment: 'right' },
      lines: linesFor(node.copies),
    });
  }
  const count = rows.length;
  const rule = (i: number) => (i === 0 || i === count ? style.thickRule : style.thinRule);
  let height = 2; // slack for rounding: the reservation may be a little taller than the block, never shorter
  rows.forEach((row, i) => {
    height += row.lines * pitch + 2 * PAD_Y + rule(i);
  });
  height += rule(count);
  const content: Content = {
    table: { widths: [inner], body: rows.map((row) => [row.cell]), dontBreakRows: true },
    layout: {
      hLineWidth: rule,
      vLineWidth: () => 0,
      hLineColor: () => style.text,
      paddingLeft: () => SIZE,
      paddingRight: () => SIZE,
      paddingTop: () => PAD_Y,
      paddingBottom: () => PAD_Y,
    },
    fontSize: SIZE,
    lineHeight,
    color: style.text,
    unbreakable: true,
  };
  return { content, height };
}
