import { JianbaoError } from '../errors.js';
import { normalizeCityName } from '../gazetteer/gazetteer.js';
import { isIndexColumn } from './cell-figure.js';
import { canonicalColumn } from './columns.js';
import { sheetTable } from './sheet-table.js';
import { statedFigures } from './structured.js';
import { indicatorRecords, namesIndicators, PROSE_CELL, tableShape } from './table-records.js';

/** A paragraph of a .docx as the reader hands it on (see docx.ts). */
export interface DocxParagraph {
  text: string;
  title: boolean;
  /** Set in a heading style (标题 2, Heading 2) or at an outline level. */
  heading?: true;
  /** A table's row: its cells' paragraphs, cells apart by tabs. */
  row?: true;
}

/** A table's row: each cell's paragraphs. */
export type TableRow = string[][];

/** A city's name in its column is short; a longer cell is prose. */
const CITY_CELL = 12;

/** A table's paragraphs: a table of cities (see `citiesTable`), else a row a line, cells apart by tabs. */
export function tableParagraphs(rows: readonly TableRow[]): DocxParagraph[] {
  return (
    citiesTable(rows) ??
    rows.map((row) => ({ text: row.map(cellText).join('\t'), title: false, row: true as const }))
  );
}

const cellText = (cell: readonly string[] | undefined) => (cell ?? []).join(' ').trim();

/**
 * A table of cities' figures (设区市 | 代表建议（件） | 视察次数, as a statistics sheet is laid out) gives each row a
 * city's part: a `## 南京市` heading over its figures stated as `代表建议：812件；视察次数：46次。`, read as a sheet's
 * cells are (see table-records.ts). Null for any other table, or one with a cell that is no figure.
 */
function indicatorTable(rows: readonly TableRow[]): DocxParagraph[] | null {
  const laid = sheetTable(rows.map((row) => row.map(cellText)));
  if (tableShape(laid) !== 'indicators' || !namesIndicators(laid)) return null;
  let records: ReturnType<typeof indicatorRecords>;
  try {
    records = indicatorRecords(laid, 'table');
  } catch (error) {
    // A cell of words among the figures: the table is read a row a line instead, every cell kept.
    if (error instanceof JianbaoError) return null;
    throw error;
  }
  return records.flatMap((record) => {
    const stated = record.text !== '' || !record.metrics ? record.text : statedFigures(record.metrics);
    return [{ text: `## ${record.city}`, title: true }, ...(stated ? [{ text: stated, title: false }] : [])];
  });
}

/**
 * A table of cities, or null. A table of cities' reports — its first row heads a city column (城市, 设区市, 地区 …), and
 * another column holds prose (各市工作情况汇总表: 序号 | 设区市 | 主要做法和成效) — gives each row a city's part: a
 * `## 南京市` heading (as structured inputs are headed) over the paragraphs of its prose cells; a 序号 column and the
 * header row are not read. So does a table of cities' figures (see `indicatorTable`).
 */
export function citiesTable(rows: readonly TableRow[]): DocxParagraph[] | null {
  const headed = rows[0]?.findIndex((cell) => canonicalColumn(cell.join('')) === 'city') ?? -1;
  // A table with no header row whose first column names a city in every row (南京市 | 南京市人大常委会……): each
  // row is a city's, as a headed one's are; read a row a line, all the rows ran into the first city's part.
  const bare =
    headed < 0 && rows.length > 1 && rows.every((row) => normalizeCityName(cellText(row[0])) !== null);
  const [header, ...body]: readonly TableRow[] = bare ? [rows[0] ?? [], ...rows] : rows;
  const cityColumn = bare ? 0 : headed;
  const prose = (column: number) =>
    column !== cityColumn &&
    body.some((row) => cellText(row[column]).length >= PROSE_CELL) &&
    body.every((row) => !/^\d+$/.test(cellText(row[column])));
  const proseColumns = (header ?? []).flatMap((_, column) => (prose(column) ? [column] : []));
  const cities = body.map((row) => cellText(row[cityColumn]).replace(/\s+/g, ''));
  // Any other column must be a 序号 (1, 2, 3 …) or empty: a column of figures makes it a table of data, whose
  // remarks may run long, and it is read a row a line so that no cell is left out.
  const otherwise = (header ?? []).some((_, column) => {
    if (column === cityColumn || proseColumns.includes(column)) return false;
    const cells = body.map((row) => cellText(row[column]));
    return !isIndexColumn(cells) && cells.some((cell) => cell !== '');
  });
  if (
    cityColumn < 0 ||
    proseColumns.length === 0 ||
    otherwise ||
    body.length === 0 ||
    cities.some((city) => city === '' || city.length > CITY_CELL)
  ) {
    return indicatorTable(rows);
  }
  return body.flatMap((row, index) => [
    { text: `## ${cities[index]}`, title: true },
    ...proseColumns.flatMap((column) =>
      (row[column] ?? []).filter((p) => p.trim() !== '').map((text) => ({ text, title: false })),
    ),
  ]);
}
