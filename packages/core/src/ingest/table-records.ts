import { JianbaoError } from '../errors.js';
import { COUNT_HEADER_UNITS, REMARK_COLUMNS } from '../lexicon/sheets.data.js';
import { cellFigure, isIndexColumn } from './cell-figure.js';
import { CSV_COLUMNS, canonicalColumn, isTotalRow } from './columns.js';
import { cellAddress, headerAddress, lineName, type SheetTable } from './sheet-table.js';
import { type CityRecord, type SuppliedMetricInput, statedFigures } from './structured.js';

/**
 * What a table of cells (a sheet of a workbook, a CSV) holds: prose or figure rows under the CSV's columns
 * (城市, 正文 … / city, text …), read as a CSV is; or cities × indicators, read here. Null: neither.
 */
export function tableShape(table: SheetTable): 'rows' | 'indicators' | null {
  const { header } = table;
  const columns = header.map(canonicalColumn);
  const isRows =
    columns.includes('city') &&
    (columns.includes('text') || columns.includes('value')) &&
    columns.every((c, i) => c === '' || isRecordColumn(c) || header[i] === '');
  if (isRows) return 'rows';
  return columns[0] === 'city' || header[0] === '' ? 'indicators' : null;
}

/** A cell of prose runs this long somewhere in its column; a city's name, a number or a short remark does not. */
export const PROSE_CELL = 20;

/**
 * A table of cities' reports in words (设区市 | 主要做法和成效 | 备注, the common 汇总表) as a table of prose rows: its
 * columns of words joined, in order, into the text column (正文), a 序号 column of numbers left aside. Null when the
 * table has no city column, has a text column already, or no column of prose.
 */
export function proseTable(table: SheetTable): SheetTable | null {
  const columns = table.header.map(canonicalColumn);
  const city = columns.indexOf('city');
  if (city === -1 || columns.includes('text')) return null;
  const cells = (column: number) => table.rows.map((r) => r.cells[column] ?? '').filter((c) => c !== '');
  const words = columns.flatMap((name, column) =>
    column !== city && !isRecordColumn(name) && cells(column).some((c) => cellFigure(c) === null)
      ? [column]
      : [],
  );
  if (!words.some((column) => cells(column).some((c) => c.length >= PROSE_CELL))) return null;
  // A column of figures other than a 序号 (1, 2, 3 …) makes it a table of indicators, whose 备注 may run long.
  const figures = columns.some(
    (name, column) =>
      column !== city && !isRecordColumn(name) && !words.includes(column) && !isIndexColumn(cells(column)),
  );
  if (figures) return null;
  const kept = columns.flatMap((name, column) => (column !== city && isRecordColumn(name) ? [column] : []));
  return {
    ...table,
    header: [table.header[city] ?? '', '正文', ...kept.map((column) => table.header[column] ?? '')],
    rows: table.rows.map(({ cells: row, row: at }) => ({
      row: at,
      cells: [
        row[city] ?? '',
        words
          .map((column) => row[column] ?? '')
          .filter((c) => c !== '')
          .join('\n'),
        ...kept.map((column) => row[column] ?? ''),
      ],
    })),
  };
}

/** A column headed by a period: a year (2024年, 2024), a quarter (一季度), or the year before and this one (上年, 本年). */
const PERIOD_COLUMN =
  /^(?:(?:19|20)\d{2}\s*年?(?:[一二三四1-4]\s*季度|上半年|下半年|\d{1,2}\s*月)?|[一二三四]季度|上半年|下半年|上年|去年|本年|今年|上年同期|本期|同期)(?:数|数值|数量)?$/;

/** The header's cells that name a period (2023年, 上年), trimmed. */
export function periodColumns(header: readonly string[]): string[] {
  return header.map((cell) => cell.trim()).filter((cell) => PERIOD_COLUMN.test(cell));
}

/**
 * Why a table of columns by period is refused: a briefing states one period's figures; which one is the office's to
 * say, not ours to guess (nor to drop the other's in silence).
 */
export const byPeriod = (periods: readonly string[]): string =>
  `columns by period (${periods.join(', ')}): a briefing states one period's figures; keep the column of the period it covers, headed 数值`;

/** INPUT_SCHEMA for a header that is neither shape. */
export function shapeError(table: SheetTable, place: string): JianbaoError {
  const { header, headerRow } = table;
  const periods = periodColumns(header);
  if (periods.length >= 2)
    return new JianbaoError('INPUT_SCHEMA', `${place}, row ${headerRow}: ${byPeriod(periods)}`, {
      where: `${place}, row ${headerRow}`,
      snippet: header.join(',').slice(0, 80),
      row: headerRow,
    });
  return new JianbaoError(
    'INPUT_SCHEMA',
    `${place}, row ${headerRow}: the header is neither prose rows (城市, 来源, 日期, 标题, 正文 / city, source, date, title, text) nor cities × indicators (城市, then one column per indicator with its unit, e.g. 代表建议(件); or 指标, then one column per city)`,
    { where: `${place}, row ${headerRow}`, snippet: header.join(',').slice(0, 80), row: headerRow },
  );
}

const RECORD_COLUMNS = new Set<string>(CSV_COLUMNS);
const isRecordColumn = (column: string): boolean => RECORD_COLUMNS.has(column);

/** Rows back into CSV text, quoted where a cell needs it. */
export const toCsv = (rows: string[][]): string =>
  rows
    .map((row) =>
      row.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(','),
    )
    .join('\r\n');

interface Indicator {
  label: string;
  unit: string;
  scale: number;
  /** The unit as the header writes it (万元), for the figure as written. */
  written: string;
}

const UNIT_IN_PARENS = /^(.+?)\s*[(（]\s*(?:单位[:：]\s*|單位[:：]\s*)?([^()（）]{1,6}?)\s*[)）]\s*$/;
const UNIT_AFTER_SLASH = /^(.+?)\s*[/／]\s*([^/／]{1,6})$/;
/** 立法件数 (件), 视察次數 (次), 接待人次 (人次): the header, whole, and the unit it counts in. */
const COUNT_HEADER = new RegExp(
  `^(.+?(?:(${COUNT_HEADER_UNITS.beforeShu.join('|')})[数數]|(${COUNT_HEADER_UNITS.atEnd.join('|')})))$`,
);

/** A header's label and unit when the header names a unit by counting in it, as [header, label, unit]. */
function countHeader(header: string): [string, string, string] | null {
  const m = COUNT_HEADER.exec(header.trim());
  const unit = m?.[2] ?? m?.[3];
  return m?.[1] && unit ? [header, m[1], unit] : null;
}

/**
 * Whether a table names at least one indicator with its unit (代表建议(件), 立法件数, or a 单位：件 line over it): what
 * tells a CSV of cities × indicators from a CSV of rows with a mistyped column (city,txt), which is named as unknown.
 */
export function namesIndicators(table: SheetTable): boolean {
  return (
    table.unit !== null ||
    table.header
      .slice(1)
      .some((h) => UNIT_IN_PARENS.test(h) || UNIT_AFTER_SLASH.test(h) || countHeader(h) !== null)
  );
}

/**
 * `代表建议(件)`, `代表建议（件）`, `代表建议/件` → label and unit; a header without one takes the unit the lines over the
 * table declare (单位：件), when they declare one. A header that counts in a unit (立法件数: 件) takes that unit, whole.
 */
function indicatorOf(header: string, place: string, column: number, table: SheetTable): Indicator {
  const m =
    UNIT_IN_PARENS.exec(header) ??
    UNIT_AFTER_SLASH.exec(header) ??
    countHeader(header) ??
    (table.unit === null ? null : [header, header, table.unit]);
  const cell = headerAddress(table, column);
  if (!m?.[1] || !m[2]) {
    throw new JianbaoError(
      'INPUT_SCHEMA',
      `${place}, cell ${cell}: indicator "${header}" has no unit: write it with its unit, as 代表建议(件)`,
      { where: `${place}, cell ${cell}`, snippet: header, row: table.headerRow },
    );
  }
  const written = m[2].trim();
  const scaled = /^(万|萬|亿|億)(.+)$/.exec(written);
  const scale = scaled ? (scaled[1] === '万' || scaled[1] === '萬' ? 1e4 : 1e8) : 1;
  return { label: m[1].trim(), unit: scaled?.[2] ?? written, scale, written };
}

/** A remarks column (备注) holds words, not figures: no indicator. */
const REMARKS = new Set<string>(REMARK_COLUMNS);

/** A remark as a sentence: closed by 。 unless it ends in a stop of its own. */
const closed = (remark: string): string => (/[。！？；.!?;]$/.test(remark) ? remark : `${remark}。`);

/** Rounds away binary noise from scaling (1.1 × 10⁸), keeping the figure as entered. */
const tidy = (n: number): number => Number.parseFloat(n.toPrecision(15));

/**
 * A table of cities × indicators — first column the city, every other header an indicator with its unit,
 * `代表建议(件)`, `培训代表（人次）`, `投入资金(万元)` — gives each city one declared figure per filled cell. A cell is
 * a number, or a number with its qualifier as written (`8300余`, `近300`); 万/亿 in the unit scale the value.
 */
export function indicatorRecords(table: SheetTable, place: string): CityRecord[] {
  const { header, headerRow } = table;
  const indicators = header.map((h, column) =>
    column === 0 || h === '' || REMARKS.has(h) ? null : indicatorOf(h, place, column, table),
  );
  if (indicators.every((i) => i === null)) {
    throw new JianbaoError(
      'INPUT_SCHEMA',
      `${place}, row ${headerRow}: no indicator columns after the city column`,
      { where: `${place}, row ${headerRow}`, snippet: header.join(',').slice(0, 80), row: headerRow },
    );
  }
  const records: CityRecord[] = [];
  const seen = new Map<string, number>();
  table.rows.forEach(({ cells, row }) => {
    if (cells.every((cell) => cell === '')) return;
    const city = cells[0] ?? '';
    // The sheet's own total: counting it as a city added every figure in twice (南京…徐州 + 合计市).
    if (isTotalRow(city)) return;
    if (city === '') {
      const at = `${place}, cell ${cellAddress(table, row, 0)}`;
      throw new JianbaoError('INPUT_SCHEMA', `${at}: the city is empty`, {
        where: at,
        snippet: cells.join(',').slice(0, 80),
        row,
      });
    }
    if (seen.has(city)) {
      throw new JianbaoError(
        'INPUT_SCHEMA',
        `${place}, ${lineName(table, row)}: a second ${table.across ? 'column' : 'row'} for ${city} (the first is ${lineName(table, seen.get(city) ?? row)})`,
        { where: `${place}, ${lineName(table, row)}`, snippet: cells.join(',').slice(0, 80), row },
      );
    }
    seen.set(city, row);
    const metrics: SuppliedMetricInput[] = [];
    cells.forEach((cell, column) => {
      const indicator = indicators[column];
      if (!indicator || cell === '') return;
      const figure = cellFigure(cell);
      const at = `${place}, cell ${cellAddress(table, row, column)}`;
      if (!figure) {
        throw new JianbaoError(
          'INPUT_SCHEMA',
          `${at}: "${cell}" is not a figure (a number, as 1072, 8300余 or 近300)`,
          { where: at, snippet: cell.slice(0, 40), row },
        );
      }
      metrics.push({
        value: tidy(figure.value * indicator.scale),
        unit: indicator.unit,
        qualifier: figure.qualifier,
        label: indicator.label,
        text: `${cell.normalize('NFKC').trim()}${indicator.written}`,
      });
    });
    // A remark (备注：含补报3件) is the sheet's words about the row: kept under the row's figures, never dropped.
    const remarks = header
      .map((h, column) => (REMARKS.has(h) && cells[column] ? `${h}：${cells[column]}` : ''))
      .filter((remark) => remark !== '');
    const text =
      remarks.length === 0
        ? ''
        : [...(metrics.length > 0 ? [statedFigures(metrics)] : []), ...remarks.map(closed)].join('\n');
    records.push({ city, text, ...(metrics.length > 0 ? { metrics } : {}) });
  });
  if (records.length === 0) {
    throw new JianbaoError('INPUT_SCHEMA', `${place}, row ${headerRow + 1}: no city rows after the header`, {
      where: `${place}, row ${headerRow + 1}`,
      snippet: '(header only)',
      row: headerRow + 1,
    });
  }
  return records;
}
