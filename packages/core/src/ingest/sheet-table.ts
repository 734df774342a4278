import { NOTE_ROW_LABELS, SHEET_UNIT_LABELS } from '../lexicon/sheets.data.js';
import { cellFigure } from './cell-figure.js';
import { canonicalColumn } from './columns.js';

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
}

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

function declaredUnit(cells: readonly string[]): string | null {
  for (const cell of new Set(cells)) {
    const m = UNIT.exec(cell);
    if (m?.[1]) return /[、/／]/.test(m[1]) ? null : m[1];
  }
  return null;
}
