import { normalizeCityName } from '../gazetteer/gazetteer.js';
import { NOTE_ROW_LABELS, REMARK_COLUMNS, SHEET_UNIT_LABELS } from '../lexicon/sheets.data.js';
import { cellFigure } from './cell-figure.js';
import { canonicalColumn, isTotalRow } from './columns.js';

/**
 * The table in a sheet as statistics offices lay one out: a title and a 填报单位 / 单位：件 line over it (cells merged
 * across the table), a header over one row or two (代表建议 over 收到 and 办结), notes under it (注：…, 填表人：…).
 */
export interface SheetTable {
  /** One header cell a column; a two-row header's words joined (代表建议收到), a unit kept at the end. */
  header: string[];
  /** The header's row in the sheet, from 1 (its lower row when it has two). */
  headerRow: number;
  /** The rows under the header but the notes, with their row numbers in the sheet. */
  rows: { cells: string[]; row: number }[];
  /** The one unit the lines over the table declare (单位：件), else null (none, or several: 件、次). */
  unit: string | null;
  /** The table's title over it (全省各市一季度主要经济指标情况), else null: what a briefing of the sheet is about. */
  title: string | null;
  /**
   * Set when the sheet lists its cities across a row (指标 | 南京市 | 无锡市, one indicator a row) and was turned to
   * a city a row: `rows[].row` is then a city's column (1 for A), and `headerRows[k]` the sheet row of header cell k.
   */
  across?: { headerRows: number[] };
}

/** Where a cell of a table stands in its sheet (C4), whichever way the sheet lists its cities. */
export function cellAddress(table: SheetTable, row: number, column: number): string {
  if (table.across) return `${columnLetter(row - 1)}${table.across.headerRows[column] ?? table.headerRow}`;
  return `${columnLetter(column)}${row}`;
}

/** Where a header cell of a table stands in its sheet: in the header row, or down column A when cities go across. */
export function headerAddress(table: SheetTable, column: number): string {
  return table.across
    ? `A${table.across.headerRows[column] ?? table.headerRow}`
    : `${columnLetter(column)}${table.headerRow}`;
}

/** How a city's line of a table is named in its sheet: its row (row 4), or its column (column C). */
export function lineName(table: SheetTable, row: number): string {
  return table.across ? `column ${columnLetter(row - 1)}` : `row ${row}`;
}

/** The column letter a spreadsheet shows (0 → A, 26 → AA). */
export const columnLetter = (index: number): string => {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};

/** A header cell's words are short (代表建议办结（件）); a longer cell is a city's text. */
const HEADER_WORDS = 16;
/** Rows over the header that a title and a 填报单位 line may take. */
const MAX_HEADING_ROWS = 8;

/**
 * Finds the header — the first row with a cell that names the city column (城市, 设区市, 地区 …), within the first
 * rows; else the first row, as before — and reads the table under it. A merged cell repeats its value in every
 * cell it covers (as the sheet is read), which is how a header's second row is told: its first cell is the same.
 */
export function sheetTable(rows: readonly string[][]): SheetTable {
  const found = rows
    .slice(0, MAX_HEADING_ROWS + 1)
    .findIndex(
      (row) => row.some((cell) => canonicalColumn(cell) === 'city') && new Set(row.filter(Boolean)).size > 1,
    );
  if (found === -1) {
    const across = citiesAcross(rows);
    if (across) return across;
  }
  const top = Math.max(0, found);
  const upper = rows[top] ?? [];
  const lower = rows[top + 1];
  // Merged over both rows, the first cell is the same in the lower row; saved as CSV, the lower row's is empty and
  // it holds a header's short words, not figures (nor a city's text).
  const twoRows =
    lower !== undefined &&
    upper[0] !== '' &&
    (lower[0] === upper[0] ||
      (lower[0] === '' &&
        lower.some((cell) => cell !== '' && cellFigure(cell) === null) &&
        lower.every((cell) => cell.length <= HEADER_WORDS)));
  // A cell merged across columns, saved as CSV, is empty after its first column: 代表建议, '' over 收到, 办结.
  let over = '';
  const header = twoRows
    ? upper.map((cell, column) => {
        const below = lower[column] ?? '';
        over = cell !== '' || below === '' ? cell : over;
        return joinHeader(over, below);
      })
    : [...upper];
  const first = top + (twoRows ? 2 : 1);
  return {
    header,
    headerRow: first,
    rows: rows
      .slice(first)
      .map((cells, index) => ({ cells, row: first + index + 1 }))
      .filter(({ cells }) => !isNoteRow(cells)),
    unit: declaredUnit(rows.slice(0, top).flat()),
    title: titleOver(rows.slice(0, top)),
  };
}

/** Two cities named across a row at least, as a statistics table of indicators by city has them. */
const CITIES_ACROSS = 2;

/**
 * A sheet that lists its cities across a row — `指标 | 南京市 | 无锡市 | 徐州市`, then one indicator a row
 * (`代表建议（件） | 812 | 640 | 590`) — turned to the usual shape: a city a row under `城市` and the indicators as its
 * header. The row is the first within the heading rows whose cells after the first are cities (or the sheet's
 * 合计), two at least, and perhaps one 单位 column giving each indicator's unit; the lines over it still declare
 * a unit (单位：件). Null for any other sheet.
 */
function citiesAcross(rows: readonly string[][]): SheetTable | null {
  const isUnitColumn = (cell: string) => SHEET_UNIT_LABELS.includes(cell.trim());
  const isRemarkColumn = (cell: string) => REMARK_COLUMNS.includes(cell.trim());
  const top = rows.slice(0, MAX_HEADING_ROWS + 1).findIndex((row) => {
    const named = row.slice(1).filter((cell) => cell !== '' && !isUnitColumn(cell) && !isRemarkColumn(cell));
    const cities = named.filter((cell) => normalizeCityName(cell) !== null).length;
    // Every named cell a city but the sheet's own 合计.
    return cities >= CITIES_ACROSS && cities + named.filter(isTotalRow).length === named.length;
  });
  if (top === -1) return null;
  const cityRow = rows[top] ?? [];
  const lines = rows
    .slice(top + 1)
    .map((cells, index) => ({ cells, row: top + 2 + index }))
    .filter(({ cells }) => !isNoteRow(cells) && cells.some((cell) => cell !== ''));
  const unitColumn = cityRow.findIndex((cell, column) => column > 0 && isUnitColumn(cell));
  const remarkColumn = cityRow.findIndex((cell, column) => column > 0 && isRemarkColumn(cell));
  const columns = cityRow.flatMap((cell, column) =>
    column > 0 && cell !== '' && column !== unitColumn && column !== remarkColumn ? [column] : [],
  );
  // A remark on an indicator's row (代表建议 | 812 | 515 | 含闭会期间建议) is about every city's figure of it: each
  // city's row carries the sheet's remarks, as a 备注 column would, so they are quoted with the figures, never dropped.
  const remarks =
    remarkColumn > 0
      ? lines
          .flatMap(({ cells }) => {
            const remark = (cells[remarkColumn] ?? '').trim();
            return remark === '' ? [] : [`${(cells[0] ?? '').trim()}，${remark}`];
          })
          .join('；')
      : '';
  // 代表建议 with 件 in the 单位 column heads its column as 代表建议（件）.
  const headerOf = (cells: readonly string[]) => {
    const name = cells[0] ?? '';
    const unit = unitColumn > 0 ? (cells[unitColumn] ?? '').trim() : '';
    return unit === '' ? name : `${name}（${unit}）`;
  };
  const remarked = remarks === '' ? [] : [remarks];
  return {
    header: [
      '城市',
      ...lines.map(({ cells }) => headerOf(cells)),
      ...remarked.map(() => (cityRow[remarkColumn] ?? '').trim()),
    ],
    headerRow: top + 1,
    rows: columns.map((column) => ({
      cells: [cityRow[column] ?? '', ...lines.map(({ cells }) => cells[column] ?? ''), ...remarked],
      row: column + 1,
    })),
    unit: declaredUnit(rows.slice(0, top).flat()),
    title: titleOver(rows.slice(0, top)),
    across: { headerRows: [top + 1, ...lines.map(({ row }) => row), ...remarked.map(() => top + 1)] },
  };
}

/** 代表建议 over 收到 → 代表建议收到; 代表建议（件） over 收到 → 代表建议收到（件）; one cell merged over both → itself. */
function joinHeader(upper: string, lower: string): string {
  if (upper === lower || lower === '') return upper;
  if (upper === '') return lower;
  const unit = /^(.*?)(\s*[(（][^()（）]{1,8}[)）])$/.exec(upper);
  return unit ? `${unit[1]}${lower}${unit[2]}` : `${upper}${lower}`;
}

// Joined here, not by lexicon.ts's alternation(): importing the lexicon into this lazily loaded reader moved it into a
// chunk the renderers load (+22 KB to renderDocx and renderPdf, check:bundles). The labels are plain words.
const NOTE = new RegExp(`^(?:${NOTE_ROW_LABELS.join('|')})\\s*\\d*\\s*(?:[:：]|$)`);

/** 注：…, 填表人：… under the table: its first cell opens with a note's label and no other cell says more. */
function isNoteRow(cells: readonly string[]): boolean {
  const first = cells[0] ?? '';
  return NOTE.test(first) && cells.every((cell) => cell === '' || cell === first);
}

/** 单位：件 (not 填报单位：…), its unit when it is one; 单位：件、次 declares several, so none. */
const UNIT = new RegExp(
  `(?<![填报報送制])(?:${SHEET_UNIT_LABELS.join('|')})\\s*[:：]\\s*([^\\s,，;；]{1,8})`,
);

/**
 * The title among the lines over a table: the first that is one text alone (a cell merged across the table repeats
 * it in every cell it covers; saved as CSV, the others are empty), short, with no sentence's end and no label's
 * colon (单位：件, 填报单位：…, 制表日期：…).
 */
function titleOver(rows: readonly string[][]): string | null {
  for (const row of rows) {
    const cells = [...new Set(row.map((cell) => cell.trim()).filter(Boolean))];
    const [only] = cells;
    if (
      cells.length === 1 &&
      only &&
      only.length <= 40 &&
      /\p{Script=Han}/u.test(only) &&
      !/[:：。！？!?；;]/.test(only)
    )
      return only;
  }
  return null;
}

function declaredUnit(cells: readonly string[]): string | null {
  for (const cell of new Set(cells)) {
    const m = UNIT.exec(cell);
    if (m?.[1]) return /[、/／]/.test(m[1]) ? null : m[1];
  }
  return null;
}
