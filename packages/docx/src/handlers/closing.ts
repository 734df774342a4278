import type { ClosingNode } from '@jianbao/core/document';
import {
  AlignmentType,
  BorderStyle,
  type FileChild,
  OverlapType,
  Paragraph,
  RelativeVerticalPosition,
  Table,
  TableAnchorType,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import type { RenderContext } from '../context.js';
import { HAIRLINE_SPACING, mmEighths, twips, wordColour } from '../layout.js';
import { STYLE } from '../styles.js';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' };

/**
 * 版記: 抄送/報/送/發 lines, the printing office and 印發 date, 共印N份, as a one-column table between a thick rule first
 * and last and thin rules between — the table's own borders, which (unlike paragraph borders) Word and LibreOffice
 * never merge away. With placement `foot` it floats to the foot of the text block, so it sits at the bottom of the
 * last page however long the body is; the block before it keeps with it (see `keepsWithClosing`), so it is never
 * alone on a page. Its lines keep together (Closing style: keep with next).
 */
export function closing(node: ClosingNode, ctx: RenderContext): FileChild[] {
  const { theme, geometry } = ctx;
  const width = geometry.textWidth;
  const rule = (mm: number) => ({
    style: BorderStyle.SINGLE,
    size: mmEighths(mm),
    color: wordColour(theme.colors.closingRule),
  });
  const line = (children: Paragraph[]) =>
    new TableRow({
      cantSplit: true,
      children: [new TableCell({ width: { size: width, type: WidthType.DXA }, children })],
    });
  const rows = node.recipients.map((recipient) =>
    line([
      new Paragraph({ style: STYLE.closing, children: [new TextRun(`${recipient.label}${recipient.text}`)] }),
    ]),
  );
  const inset = twips(theme.indent.closingChars * theme.sizes.closing);
  const last = [
    new Paragraph({
      style: STYLE.closing,
      tabStops: [{ type: TabStopType.RIGHT, position: width - inset - inset }],
      children: [new TextRun(node.office), new TextRun(`\t${node.printDate}`)],
    }),
  ];
  rows.push(line(last));
  if (node.copies) {
    rows.push(
      line([new Paragraph({ style: STYLE.closing, alignment: AlignmentType.RIGHT, text: node.copies })]),
    );
  }
  const isLast = ctx.doc.children[ctx.doc.children.length - 1] === node;
  const foot = isLast && theme.closing.placement === 'foot';
  const table = new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width],
    ...(foot
      ? {
          float: {
            // Placed from the page's edge rather than centred in the margins: LibreOffice (7.4) floats a full-width
            // table only when its position is page-relative, and lays it in line with the text otherwise.
            horizontalAnchor: TableAnchorType.PAGE,
            absoluteHorizontalPosition: geometry.page.margin.left,
            verticalAnchor: TableAnchorType.MARGIN,
            relativeVerticalPosition: RelativeVerticalPosition.BOTTOM,
            overlap: OverlapType.NEVER,
          },
        }
      : {}),
    margins: { left: 0, right: 0 },
    borders: {
      top: rule(theme.rules.closingThickMm),
      bottom: rule(theme.rules.closingThickMm),
      insideHorizontal: rule(theme.rules.closingThinMm),
      left: NONE,
      right: NONE,
      insideVertical: NONE,
    },
    rows,
  });
  if (!foot) {
    return [
      new Paragraph({ spacing: { before: twips(theme.spacing.closingBeforePt), after: 0 }, keepNext: true }),
      table,
    ];
  }
  // A floating table is anchored to the paragraph after it; without one LibreOffice drops the table.
  return [table, new Paragraph({ spacing: HAIRLINE_SPACING })];
}
