import type { TableCell as CellNode, TableNode } from '@jianbao/core';
import {
  AlignmentType,
  BorderStyle,
  type FileChild,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { alignmentOf } from '../alignment.js';
import type { RenderContext } from '../context.js';
import { renderInlines } from '../inlines.js';
import { TEXT_BLOCK } from '../layout.js';
import { STYLE } from '../styles.js';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/**
 * A table the width of the text block: caption above, notes below. Header rows repeat on every page, no row splits
 * across pages, and each column keeps the alignment compose gave it (numbers right).
 */
export function table(node: TableNode, ctx: RenderContext): FileChild[] {
  const widths = scaleWidths(node.columns.map((column) => column.width));
  const row = (cells: CellNode[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map(
        (cell, index) =>
          new TableCell({
            width: { size: widths[index] ?? 0, type: WidthType.DXA },
            verticalAlign: VerticalAlignTable.CENTER,
            children: [
              new Paragraph({
                style: header ? STYLE.tableHeader : STYLE.tableText,
                ...(header ? {} : { alignment: alignmentOf(node.columns[index]?.align ?? 'left') }),
                children: renderInlines(cell.children, ctx),
              }),
            ],
          }),
      ),
    });
  const blocks: FileChild[] = [];
  if (node.caption) blocks.push(new Paragraph({ style: STYLE.tableCaption, text: node.caption }));
  blocks.push(
    new Table({
      width: { size: TEXT_BLOCK.width, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      alignment: AlignmentType.CENTER,
      borders: {
        top: LINE,
        bottom: LINE,
        left: LINE,
        right: LINE,
        insideHorizontal: LINE,
        insideVertical: LINE,
      },
      rows: [...node.header.map((cells) => row(cells, true)), ...node.rows.map((cells) => row(cells, false))],
    }),
  );
  for (const note of node.notes) blocks.push(new Paragraph({ style: STYLE.tableNote, text: note }));
  return blocks;
}

/** Relative widths in twips summing exactly to the text block's width (the last column takes the rounding). */
export function scaleWidths(relative: readonly number[]): number[] {
  const total = relative.reduce((sum, width) => sum + width, 0);
  const widths = relative.map((width) => Math.floor((width / total) * TEXT_BLOCK.width));
  const rest = TEXT_BLOCK.width - widths.reduce((sum, width) => sum + width, 0);
  if (widths.length > 0) widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}
