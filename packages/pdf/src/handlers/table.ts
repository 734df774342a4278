import {
  inlinesText,
  JianbaoError,
  type TableCell,
  tableKeptWhole,
  tableRowPt,
} from '@jianbao/core/document';
import type { Content, TableCell as PdfCell } from 'pdfmake/interfaces';
import type { RenderContext } from '../layout/context.js';
import { keepSpaceLevel } from '../layout/keep.js';
import type { Handler } from './types.js';

/**
 * A table: caption above (a `headlineLevel`, so it never ends a page without its table), header rows repeated
 * on every page and kept with the first body row, rows never split, numbers aligned as the column says. The
 * notes are the table's own last row, spanning every column without side rules: they cannot be left behind on
 * another page apart from the table.
 */
export const table: Handler<'table'> = (node, ctx, where) => {
  const { theme } = ctx;
  const { colors, spacing, rules } = theme;
  const size = theme.sizes.table;
  const columns = node.columns.length;
  const padX = spacing.tableCellPaddingXPt;
  // pdfmake widths exclude cell padding and rules; scale the relative widths to fill the text block.
  const room = ctx.width - columns * (padX + padX) - (columns + 1) * rules.tablePt;
  const total = node.columns.reduce((sum, column) => sum + column.width, 0);
  const widths = node.columns.map((column) => (column.width / total) * room);
  const pitch = size * spacing.tableLineHeight;

  const cell = (value: TableCell, column: number, at: string, header: boolean): PdfCell => ({
    ...ctx.inlineText(
      value.children,
      header ? 'heading1' : 'body',
      `${at}.children`,
      size,
      widths[column] ?? 0,
    ),
    alignment: header ? 'center' : (node.columns[column]?.align ?? 'left'),
    lineHeight: ctx.lineHeight(header ? 'heading1' : 'body', size, pitch),
    ...(header ? { color: colors.tableHeaderText } : {}),
  });
  const row = (cells: TableCell[], at: string, header: boolean): PdfCell[] => {
    if (cells.length !== columns) {
      throw new JianbaoError(
        'DOCUMENT_INVALID',
        `Table row ${at} has ${cells.length} cells but the table has ${columns} columns`,
        { where: at, snippet: cells.map((c) => inlinesText(c.children)).join(' | ') },
      );
    }
    return cells.map((value, column) => cell(value, column, `${at}.${column}`, header));
  };
  const noteSize = theme.sizes.tableNote;
  const rowHeight = tableRowPt(theme);
  const headerRows = node.header.length;
  const grid = theme.table.rules === 'grid';
  const padY = spacing.tableCellPaddingYPt;
  const bodyCells = node.rows.map((cells, index) => row(cells, `${where}.rows.${index}`, false));
  const stripe = (index: number) => (index % 2 === 1 ? colors.tableStripe : null);
  // With notes, the last body row and the notes are one row of the table — the row's cells as a table of their
  // own, the notes under it — so that no page can part them (a row never splits).
  const last = node.notes.length > 0 ? bodyCells.pop() : undefined;
  const closingRow: PdfCell[][] = last
    ? [
        [
          {
            stack: [
              {
                table: { widths, body: [last] },
                layout: {
                  hLineWidth: (i: number) => (i === 0 || grid ? rules.tablePt : 0),
                  vLineWidth: () => (grid ? rules.tablePt : 0),
                  hLineColor: () => colors.tableRule,
                  vLineColor: () => colors.tableRule,
                  paddingLeft: () => padX,
                  paddingRight: () => padX,
                  paddingTop: () => padY,
                  paddingBottom: () => padY,
                  fillColor: () => stripe(node.rows.length - 1),
                },
              },
              {
                stack: node.notes.map((note, index) => ({
                  text: ctx.runs(note, 'body', `${where}.notes.${index}`),
                  lineHeight: ctx.lineHeight('body', noteSize, noteSize * spacing.tableLineHeight),
                })),
                fontSize: noteSize,
                color: colors.muted,
                margin: [0, padY, 0, 0],
              },
            ],
            colSpan: columns,
            border: [false, false, false, false],
            // Out to the table's edges: the inner table draws the row's own rules.
            margin: [-padX - rules.tablePt, -padY - rules.tablePt, -padX - rules.tablePt, 0],
          },
          ...Array.from({ length: columns - 1 }, () => ({})),
        ],
      ]
    : [];
  const bodyRows = headerRows + bodyCells.length;
  const body: PdfCell[][] = [
    ...node.header.map((cells, index) => row(cells, `${where}.header.${index}`, true)),
    ...bodyCells,
    ...closingRow,
  ];
  const out: Content[] = [];
  // A short table is never split (theme.table.keepWhole): its last rows and 合计 alone at the top of a page read
  // badly. The whole of it, caption too, goes to the next page when this one has no room; a longer one splits by
  // rows, its header repeated.
  const whole = tableKeptWhole(theme, headerRows + node.rows.length + node.notes.length);
  if (node.caption) {
    const captionSize = theme.sizes.caption;
    // The caption, the header rows and the first body row must fit under the caption's top.
    const room =
      spacing.captionBeforePt +
      ctx.font('heading1').lineHeightPerPt * captionSize +
      spacing.captionAfterPt +
      (headerRows + 1) * rowHeight;
    out.push({
      text: ctx.runs(node.caption, 'heading1', `${where}.caption`),
      fontSize: captionSize,
      alignment: theme.table.captionAlign,
      color: colors.heading,
      margin: [0, spacing.captionBeforePt, 0, spacing.captionAfterPt],
      // Treated like a heading: never left alone at the foot of a page (layout/keep.ts). Not inside a table kept
      // whole, which keeps its caption by itself: pdfmake loses a node that its rule moves out of an unbreakable
      // stack, and drew the table nowhere after a blank page.
      ...(whole ? {} : { headlineLevel: keepSpaceLevel(room) }),
    });
  }
  out.push({
    table: {
      widths,
      body,
      headerRows,
      dontBreakRows: true,
      keepWithHeaderRows: headerRows > 0 ? 1 : 0,
    },
    layout: layout(ctx, headerRows, bodyRows, closingRow.length > 0),
    fontSize: size,
    color: colors.text,
    margin: [0, 0, 0, spacing.blockAfterPt],
  });
  return whole ? [{ stack: out, unbreakable: true }] : out;
};

function layout(ctx: RenderContext, headerRows: number, bodyRows: number, notesRow: boolean) {
  const { theme } = ctx;
  const { colors, rules, spacing } = theme;
  const grid = theme.table.rules === 'grid';
  // Lines are numbered from the top: 0 above the first row, `bodyRows` under the last body row.
  const hLine = (i: number) => {
    // Under the notes row nothing; above it the row's own table draws the line.
    if (i > bodyRows || (notesRow && i === bodyRows)) return 0;
    if (grid) return rules.tablePt;
    if (i === 0 || i === bodyRows) return 0;
    return i === headerRows ? rules.tablePt + rules.tablePt : rules.tablePt;
  };
  return {
    hLineWidth: hLine,
    vLineWidth: () => (grid ? rules.tablePt : 0),
    hLineColor: () => colors.tableRule,
    vLineColor: () => colors.tableRule,
    paddingLeft: () => spacing.tableCellPaddingXPt,
    paddingRight: () => spacing.tableCellPaddingXPt,
    paddingTop: () => spacing.tableCellPaddingYPt,
    paddingBottom: () => spacing.tableCellPaddingYPt,
    fillColor: (row: number) =>
      row < headerRows
        ? colors.tableHeaderFill
        : row < bodyRows && (row - headerRows) % 2 === 1
          ? colors.tableStripe
          : null,
  };
}
