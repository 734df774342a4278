import { type TableCell as CellNode, type TableNode, tableKeptWhole } from '@jianbao/core/document';
import {
  AlignmentType,
  BorderStyle,
  type FileChild,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { alignmentOf } from '../alignment.js';
import type { RenderContext } from '../context.js';
import { renderInlines } from '../inlines.js';
import { eighthsOfPoint, twips, wordColour } from '../layout.js';
import { STYLE } from '../styles.js';

/**
 * A table the width of the text block: caption above (kept with the table by its style), notes below. Header rows
 * repeat on every page, no row splits across pages, each column keeps the alignment compose gave it (numbers
 * right). With notes, the last row keeps with the next paragraph, so the notes never start a page of their own; a
 * short table keeps every row with the next, so it is never split.
 * Rules, fills and padding are the theme's.
 */
export function table(node: TableNode, ctx: RenderContext): FileChild[] {
  const { theme } = ctx;
  const { colors, rules, spacing } = theme;
  const widths = scaleWidths(
    node.columns.map((column) => column.width),
    ctx.geometry.textWidth,
  );
  const line = {
    style: BorderStyle.SINGLE,
    size: eighthsOfPoint(rules.tablePt),
    color: wordColour(colors.tableRule),
  };
  const heavy = { ...line, size: eighthsOfPoint(rules.tablePt + rules.tablePt) };
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
  const grid = theme.table.rules === 'grid';
  const headerRows = node.header.length;
  const lastRow = headerRows + node.rows.length - 1;
  // A short table is kept on one page (theme.table.keepWhole): every row keeps with the next.
  const whole = tableKeptWhole(theme, headerRows + node.rows.length + node.notes.length);
  const fill = (colour: string | null) =>
    colour ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: wordColour(colour) } } : {};
  const row = (cells: CellNode[], index: number) => {
    const header = index < headerRows;
    const keepNext = header || (whole && index < lastRow) || (index === lastRow && node.notes.length > 0);
    const stripe = !header && (index - headerRows) % 2 === 1 ? colors.tableStripe : null;
    return new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map(
        (cell, column) =>
          new TableCell({
            width: { size: widths[column] ?? 0, type: WidthType.DXA },
            verticalAlign: VerticalAlignTable.CENTER,
            ...fill(header ? colors.tableHeaderFill : stripe),
            ...(!grid && index === headerRows - 1 ? { borders: { bottom: heavy } } : {}),
            children: [
              new Paragraph({
                style: header ? STYLE.tableHeader : STYLE.tableText,
                ...(header ? {} : { alignment: alignmentOf(node.columns[column]?.align ?? 'left') }),
                ...(keepNext ? { keepNext: true } : {}),
                children: header
                  ? headerRuns(cell, (widths[column] ?? 0) - padX - padX, theme.sizes.table, ctx)
                  : renderInlines(cell.children, ctx),
              }),
            ],
          }),
      ),
    });
  };
  const blocks: FileChild[] = [];
  if (node.caption) blocks.push(new Paragraph({ style: STYLE.tableCaption, text: node.caption }));
  const padX = twips(spacing.tableCellPaddingXPt);
  const padY = twips(spacing.tableCellPaddingYPt);
  blocks.push(
    new Table({
      width: { size: ctx.geometry.textWidth, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      alignment: AlignmentType.CENTER,
      margins: { left: padX, right: padX, top: padY, bottom: padY },
      borders: grid
        ? { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line }
        : { top: none, bottom: none, left: none, right: none, insideHorizontal: line, insideVertical: none },
      rows: [...node.header, ...node.rows].map((cells, index) => row(cells, index)),
    }),
  );
  node.notes.forEach((note, index) => {
    blocks.push(
      new Paragraph({
        style: STYLE.tableNote,
        // Notes keep together, and the last one keeps the space after the table.
        ...(index < node.notes.length - 1
          ? { keepNext: true }
          : { spacing: { after: twips(spacing.blockAfterPt) } }),
        text: note,
      }),
    );
  });
  return blocks;
}

/** A unit in full-width brackets closing a header (（亿元）, （人次）). */
const TRAILING_UNIT = /（[^（）]+）$/;

/**
 * A header cell's runs. One too wide for its column (each character counted a full em, as Chinese is set) puts the
 * unit closing it on a line of its own (惠企资金⏎（亿元）), as Word would otherwise break inside it (（亿⏎元）).
 */
function headerRuns(cell: CellNode, width: number, sizePt: number, ctx: RenderContext) {
  const [only] = cell.children;
  const text = cell.children.length === 1 && only?.type === 'text' ? only.value : null;
  const unit = text === null ? null : TRAILING_UNIT.exec(text);
  if (text === null || !unit || unit.index === 0 || twips(text.length * sizePt) <= width)
    return renderInlines(cell.children, ctx);
  return [new TextRun(text.slice(0, unit.index)), new TextRun({ text: unit[0], break: 1 })];
}

/** Relative widths in twips summing exactly to `total` (the last column takes the rounding). */
export function scaleWidths(relative: readonly number[], total: number): number[] {
  const sum = relative.reduce((acc, width) => acc + width, 0);
  const widths = relative.map((width) => Math.floor((width / sum) * total));
  const rest = total - widths.reduce((acc, width) => acc + width, 0);
  if (widths.length > 0) widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}
