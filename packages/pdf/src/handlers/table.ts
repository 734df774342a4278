import { inlinesText, JianbaoError, type TableCell } from '@jianbao/core';
import type { Content, TableCell as PdfCell } from 'pdfmake/interfaces';
import type { RenderContext } from '../layout/context.js';
import type { Handler } from './types.js';

const PADDING_X = 4;
const RULE = 0.5;

/**
 * A table: caption above, header rows repeated on every page, rows never split across pages, the header
 * never left alone at a page foot, numbers right-aligned (as the column says), notes under it.
 */
export const table: Handler<'table'> = (node, ctx, where) => {
  const { style } = ctx;
  const official = style.name === 'official';
  const size = style.tableSize;
  const columns = node.columns.length;
  // pdfmake widths exclude cell padding and rules; scale the relative widths to fill the text block.
  const room = ctx.width - columns * 2 * PADDING_X - (columns + 1) * RULE;
  const total = node.columns.reduce((sum, column) => sum + column.width, 0);
  const widths = node.columns.map((column) => (column.width / total) * room);
  const pitch = size * 1.5;

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
    ...(header && !official ? { color: '#FFFFFF' } : {}),
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
  const body: PdfCell[][] = [
    ...node.header.map((cells, index) => row(cells, `${where}.header.${index}`, true)),
    ...node.rows.map((cells, index) => row(cells, `${where}.rows.${index}`, false)),
  ];
  const headerRows = node.header.length;
  const out: Content[] = [];
  if (node.caption) {
    out.push({
      text: ctx.runs(node.caption, 'heading1', `${where}.caption`),
      fontSize: official ? 14 : size + 1,
      alignment: official ? 'center' : 'left',
      color: official ? style.text : style.accent,
      margin: [0, official ? 6 : 4, 0, 6],
      // Treated like a heading: never left alone at the foot of a page.
      headlineLevel: 9,
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
    layout: layout(ctx, headerRows),
    fontSize: size,
    color: style.text,
    margin: [0, 0, 0, node.notes.length ? 4 : official ? style.linePitch * 0.5 : 10],
  });
  node.notes.forEach((note, index) => {
    out.push({
      text: ctx.runs(note, 'body', `${where}.notes.${index}`),
      fontSize: official ? 12 : size - 0.5,
      color: style.muted,
      lineHeight: ctx.lineHeight('body', official ? 12 : size - 0.5, (official ? 12 : size) * 1.5),
      margin: [0, 0, 0, index === node.notes.length - 1 ? (official ? style.linePitch * 0.5 : 10) : 0],
    });
  });
  return out;
};

function layout(ctx: RenderContext, headerRows: number) {
  const official = ctx.style.name === 'official';
  if (official) {
    return {
      hLineWidth: () => RULE,
      vLineWidth: () => RULE,
      hLineColor: () => '#000000',
      vLineColor: () => '#000000',
      paddingLeft: () => PADDING_X,
      paddingRight: () => PADDING_X,
      paddingTop: () => 2,
      paddingBottom: () => 2,
      fillColor: (row: number) => (row < headerRows ? '#F2F2F2' : null),
    };
  }
  return {
    hLineWidth: (i: number, node: { table: { body: unknown[] } }) =>
      i === 0 || i === node.table.body.length ? 0 : i === headerRows ? RULE * 2 : RULE,
    vLineWidth: () => 0,
    hLineColor: () => '#D0D7DE',
    paddingLeft: () => PADDING_X,
    paddingRight: () => PADDING_X,
    paddingTop: () => 3,
    paddingBottom: () => 3,
    fillColor: (row: number) => (row < headerRows ? ctx.style.accent : row % 2 === 0 ? '#F5F8FB' : null),
  };
}
