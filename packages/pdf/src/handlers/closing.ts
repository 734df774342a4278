import { type ClosingNode, mmToPt } from '@jianbao/core/document';
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { RenderContext } from '../layout/context.js';
import { closingHeightStyle } from '../layout/keep.js';
import { MARK } from '../layout/style.js';
import type { Handler } from './types.js';

/**
 * The closing block (版記): 抄送/報/送/發 lines, then the printing office left and the 印發 date right, then
 * 共印N份, between a thick rule first and last and thin rules between, in the theme's size, in from each side.
 * With placement `foot` and at the end of the document it is set at the foot of the last page, as GB/T 9704
 * asks; either way it is marked so that the keep rules never leave it alone on a page.
 */
export const closing: Handler<'closing'> = (node, ctx, where) => {
  const siblings = ctx.doc.children;
  const index = siblings.indexOf(node);
  const isLast = index === siblings.length - 1;
  // After an explicit page break the block is meant to stand on its own page: nothing is pulled over to it.
  const mark = siblings[index - 1]?.type === 'pageBreak' ? undefined : MARK.closing;
  if (!isLast || ctx.theme.closing.placement !== 'foot') {
    const block = closingTable(node, ctx, where, mark);
    return [
      {
        stack: [block.content],
        margin: [0, ctx.theme.spacing.closingBeforePt, 0, 0],
        unbreakable: true,
        // The room it needs goes along as a style name, the one field pdfmake hands the keep rules: it records an
        // unbreakable block where it tried it, not on the page it moved it to.
        ...(mark
          ? { style: [mark, closingHeightStyle(block.height + ctx.theme.spacing.closingBeforePt)] }
          : {}),
      },
    ];
  }
  const block = closingTable(node, ctx, where, MARK.footer);
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
          lineColor: ctx.theme.colors.closingRule,
        },
      ],
      ...(mark ? { style: mark } : {}),
    },
  ];
};

/** The block as a one-column table; `mark` names every node of it for the keep rules. */
function closingTable(
  node: ClosingNode,
  ctx: RenderContext,
  where: string,
  mark: string | undefined,
): { content: Content; height: number } {
  const { theme } = ctx;
  const size = theme.sizes.closing;
  const pad = theme.spacing.closingPaddingPt;
  const inset = theme.indent.closingChars * size;
  const font = ctx.font('body');
  const pitch = size * theme.spacing.closingLineHeight;
  const lineHeight = ctx.lineHeight('body', size, pitch);
  const inner = ctx.width - inset - inset;
  const linesFor = (text: string) => Math.max(1, Math.ceil((font.widthOf(text, size) + size) / inner));
  const rows: { cell: TableCell; lines: number }[] = node.recipients.map((recipient, index) => ({
    cell: {
      text: [
        ...ctx.runs(recipient.label, 'body', `${where}.recipients.${index}.label`),
        ...ctx.runs(recipient.text, 'body', `${where}.recipients.${index}.text`),
      ],
      style: mark,
    },
    lines: linesFor(recipient.label + recipient.text),
  }));
  rows.push({
    cell: {
      columns: [
        { text: ctx.runs(node.office, 'body', `${where}.office`), width: '*', style: mark },
        {
          text: ctx.runs(node.printDate, 'body', `${where}.printDate`),
          width: 'auto',
          alignment: 'right',
          style: mark,
        },
      ],
      columnGap: size,
      style: mark,
    },
    lines: linesFor(`${node.office}　${node.printDate}`),
  });
  if (node.copies) {
    rows.push({
      cell: { text: ctx.runs(node.copies, 'body', `${where}.copies`), alignment: 'right', style: mark },
      lines: linesFor(node.copies),
    });
  }
  const count = rows.length;
  const thick = mmToPt(theme.rules.closingThickMm);
  const thin = mmToPt(theme.rules.closingThinMm);
  const rule = (i: number) => (i === 0 || i === count ? thick : thin);
  // The reservation may be a little taller than the block (a point of slack for rounding), never shorter.
  let height = 1;
  rows.forEach((row, i) => {
    height += row.lines * pitch + pad + pad + rule(i);
  });
  height += rule(count);
  const content: Content = {
    table: { widths: [inner], body: rows.map((row) => [row.cell]), dontBreakRows: true },
    layout: {
      hLineWidth: rule,
      vLineWidth: () => 0,
      hLineColor: () => theme.colors.closingRule,
      paddingLeft: () => inset,
      paddingRight: () => inset,
      paddingTop: () => pad,
      paddingBottom: () => pad,
    },
    fontSize: size,
    lineHeight,
    color: theme.colors.text,
    unbreakable: true,
    style: mark,
  };
  return { content, height };
}
