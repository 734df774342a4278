import type { ClosingNode } from '@jianbao/core';
import {
  AlignmentType,
  BorderStyle,
  type FileChild,
  LineRuleType,
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
import { PAGE, RULE, TEXT_BLOCK } from '../layout.js';
import { STYLE } from '../styles.js';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const thick = { style: BorderStyle.SINGLE, size: RULE.thick, color: '000000' };
const thin = { style: BorderStyle.SINGLE, size: RULE.thin, color: '000000' };

/**
 * 版記: a one-column table floated to the foot of the text block, so it sits at the bottom of the last page however
 * long the body is. Its top and bottom borders are the thick rules; the rules between the lines are its thin inside
 * borders, which (unlike paragraph borders) Word and LibreOffice never merge away.
 */
const WIDTH = TEXT_BLOCK.width;

export function closing(node: ClosingNode, _ctx: RenderContext): FileChild[] {
  const line = (children: Paragraph[]) =>
    new TableRow({
      cantSplit: true,
      children: [new TableCell({ width: { size: WIDTH, type: WidthType.DXA }, children })],
    });
  const rows = node.recipients.map((recipient) =>
    line([
      new Paragraph({ style: STYLE.closing, children: [new TextRun(`${recipient.label}${recipient.text}`)] }),
    ]),
  );
  const last = [
    new Paragraph({
      style: STYLE.closing,
      tabStops: [{ type: TabStopType.RIGHT, position: WIDTH - 280 }],
      children: [new TextRun(node.office), new TextRun(`\t${node.printDate}`)],
    }),
  ];
  if (node.copies) {
    last.push(new Paragraph({ style: STYLE.closing, alignment: AlignmentType.RIGHT, text: node.copies }));
  }
  rows.push(line(last));
  return [
    new Table({
      width: { size: WIDTH, type: WidthType.DXA },
      columnWidths: [WIDTH],
      float: {
        // Placed from the page's edge rather than centred in the margins: LibreOffice (7.4) floats a full-width
        // table only when its position is page-relative, and lays it in line with the text otherwise.
        horizontalAnchor: TableAnchorType.PAGE,
        absoluteHorizontalPosition: PAGE.margin.left,
        verticalAnchor: TableAnchorType.MARGIN,
        relativeVerticalPosition: RelativeVerticalPosition.BOTTOM,
        overlap: OverlapType.NEVER,
      },
      margins: { left: 0, right: 0 },
      borders: {
        top: thick,
        bottom: thick,
        insideHorizontal: thin,
        left: NONE,
        right: NONE,
        insideVertical: NONE,
      },
      rows,
    }),
    // A floating table is anchored to the paragraph after it; without one LibreOffice drops the table.
    new Paragraph({ spacing: { line: 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 } }),
  ];
}
