/// <reference path="./exceljs-bundle.d.ts" />
import { Unzip, UnzipInflate, UnzipPassThrough, zipSync } from 'fflate';
import { isJianbaoError, JianbaoError } from '../errors.js';
import { REMARK_COLUMNS } from '../lexicon/sheets.data.js';
import { CSV_COLUMNS, canonicalColumn, isTotalRow } from './columns.js';
import { parseCsvRecords } from './csv.js';
import { hexHead } from './formats.js';
import { checkSize } from './limits.js';
import { type SheetTable, sheetTable } from './sheet-table.js';
import type { CityRecord, SuppliedMetricInput } from './structured.js';

/** More parts than any workbook of city figures has; a zip of a million empty files is refused before inflating. */
const MAX_PARTS = 2000;

/**
 * Reads an .xlsx workbook into city records. Every sheet with content is read, and the records of all sheets are
 * merged by city (a prose sheet and an indicator sheet of the same cities make one record per city):
 *
 * - a sheet of rows — header 城市/city, 来源/source, 日期/date, 标题/title, 正文/text (and 指标/label, 数值/value,
 *   单位/unit … for figure rows) — is read exactly as the same table in a CSV;
 * - a sheet of cities × indicators — first column the city, every other header an indicator with its unit,
 *   `代表建议(件)`, `培训代表（人次）`, `投入资金(万元)` — gives each city one declared figure per filled cell. A
 *   cell is a number, or a number with its qualifier as written (`8300余`, `近300`); 万/亿 in the unit scale the
 *   value (`1.5` under `(亿元)` is 150000000 元).
 *
 * The zip is inflated here, part by part, counting: the declared and the actual uncompressed size of all parts
 * together must stay within `maxBytes` (a zip bomb → INPUT_TOO_LARGE); only then does exceljs (loaded on demand)
 * read a stored copy of exactly those bytes. Errors name the sheet and the cell or row.
 */
export async function xlsxRecords(bytes: Uint8Array, where: string, maxBytes: number): Promise<CityRecord[]> {
  const parts = inflateAll(bytes, where, maxBytes);
  if (!('xl/workbook.xml' in parts)) {
    throw formatError(where, 'is a zip without xl/workbook.xml: not an Excel workbook', bytes);
  }
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(zipSync(parts, { level: 0 }) as unknown as ArrayBuffer);
  } catch (error) {
    throw formatError(where, `is not a readable .xlsx (${firstLine(error)})`, bytes);
  }
  const merged = new Map<string, CityRecord & { sheet: string }>();
  let sheetsRead = 0;
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== 'visible') continue;
    const place = `${where}, sheet "${sheet.name}"`;
    const rows = sheetRows(sheet, place);
    if (rows.length === 0) continue;
    sheetsRead++;
    for (const record of recordsOfSheet(rows, place)) {
      const seen = merged.get(record.city);
      if (!seen) {
        merged.set(record.city, { ...record, sheet: sheet.name });
        continue;
      }
      if (seen.text.trim() !== '' && record.text.trim() !== '') {
        throw new JianbaoError(
          'INPUT_SCHEMA',
          `${place}: a second text for ${record.city} (the first is in sheet "${seen.sheet}")`,
          { where: place, snippet: record.text.slice(0, 40) },
        );
      }
      const { metrics: more, ...fields } = record;
      const metrics = [...(seen.metrics ?? []), ...(more ?? [])];
      Object.assign(seen, seen.text.trim() === '' ? fields : {}, metrics.length > 0 ? { metrics } : {});
    }
  }
  if (sheetsRead === 0) {
    throw new JianbaoError('INPUT_EMPTY', `${where} is empty (no sheet has a filled cell)`, {
      where,
      snippet: '(no cells)',
    });
  }
  return [...merged.values()].map(({ sheet: _, ...record }) => record);
}

type ExcelJsModule = typeof import('exceljs');

/**
 * exceljs's one-file build, the one browsers get through its `browser` field: Node loads it in about 350 ms where the
 * package's main entry (hundreds of modules) takes 700–1100 ms.
 */
async function loadExcelJs(): Promise<Pick<ExcelJsModule, 'Workbook'>> {
  const module = (await import('exceljs/dist/exceljs.min.js')) as ExcelJsModule & { default?: ExcelJsModule };
  return module.Workbook ? module : (module.default as ExcelJsModule);
}

type Worksheet = import('exceljs').Worksheet;

/** Far more than a province's cities and their indicators; a sheet is read as a table only within these. */
const MAX_ROWS = 10_000;
const MAX_COLUMNS = 256;

/**
 * The sheet as rows of trimmed cell texts, row 1 first, each as wide as the widest filled row. Only filled cells
 * are visited (a stray value in cell XFD1048576 must not make a 10¹⁰-cell loop); a value beyond MAX_ROWS ×
 * MAX_COLUMNS is INPUT_LIMIT naming its cell.
 */
function sheetRows(sheet: Worksheet, place: string): string[][] {
  const filled = new Map<number, Map<number, string>>();
  let width = 0;
  let height = 0;
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const text = cellText(cell.value);
      if (text === '') return;
      if (r > MAX_ROWS || c > MAX_COLUMNS) {
        const at = `${place}, cell ${columnLetter(c - 1)}${r}`;
        throw new JianbaoError(
          'INPUT_LIMIT',
          `${at}: a value beyond the ${MAX_ROWS} rows × ${MAX_COLUMNS} columns read from a sheet`,
          { where: at, snippet: text.slice(0, 40), row: r },
        );
      }
      const cells = filled.get(r) ?? new Map<number, string>();
      filled.set(r, cells);
      cells.set(c, text);
      width = Math.max(width, c);
      height = Math.max(height, r);
    });
  });
  const rows: string[][] = [];
  for (let r = 1; r <= height; r++) {
    const cells = filled.get(r);
    rows.push(Array.from({ length: width }, (_, i) => cells?.get(i + 1) ?? ''));
  }
  return rows;
}

/** A cell's value as text: numbers as written in JavaScript, dates as ISO dates, rich text and formulas by result. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as {
      richText?: { text?: string }[];
      result?: unknown;
      text?: unknown;
      formula?: unknown;
      sharedFormula?: unknown;
    };
    if (Array.isArray(v.richText))
      return v.richText
        .map((run) => run.text ?? '')
        .join('')
        .trim();
    if ('formula' in v || 'sharedFormula' in v || 'result' in v) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
  }
  return '';
}

const columnLetter = (index: number): string => {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};

function recordsOfSheet(rows: string[][], place: string): CityRecord[] {
  const table = sheetTable(rows);
  const { header, headerRow } = table;
  const columns = header.map(canonicalColumn);
  const isRowSheet =
    columns.includes('city') &&
    (columns.includes('text') || columns.includes('value')) &&
    columns.every((c, i) => c === '' || isRecordColumn(c) || header[i] === '');
  if (isRowSheet) return parseCsvRecords(toCsv([columns, ...table.rows.map((r) => r.cells)]), place);
  if (columns[0] === 'city' || header[0] === '') return indicatorRecords(table, place);
  throw new JianbaoError(
    'INPUT_SCHEMA',
    `${place}, row ${headerRow}: the header is neither prose rows (城市, 来源, 日期, 标题, 正文 / city, source, date, title, text) nor cities × indicators (城市, then one column per indicator with its unit, e.g. 代表建议(件))`,
    { where: `${place}, row ${headerRow}`, snippet: header.join(',').slice(0, 80), row: headerRow },
  );
}

const RECORD_COLUMNS = new Set<string>(CSV_COLUMNS);
const isRecordColumn = (column: string): boolean => RECORD_COLUMNS.has(column);

const toCsv = (rows: string[][]): string =>
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

/**
 * `代表建议(件)`, `代表建议（件）`, `代表建议/件` → label and unit; a header without one takes the unit the lines over the
 * table declare (单位：件), when they declare one.
 */
function indicatorOf(header: string, place: string, column: number, table: SheetTable): Indicator {
  const m =
    /^(.+?)\s*[(（]\s*(?:单位[:：]\s*|單位[:：]\s*)?([^()（）]{1,6}?)\s*[)）]\s*$/.exec(header) ??
    /^(.+?)\s*[/／]\s*([^/／]{1,6})$/.exec(header) ??
    (table.unit === null ? null : [header, header, table.unit]);
  const cell = `${columnLetter(column)}${table.headerRow}`;
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

const QUALIFIER_BEFORE: Record<string, SuppliedMetricInput['qualifier']> = {
  近: 'nearly',
  约: 'approx',
  約: 'approx',
  大约: 'approx',
  大約: 'approx',
  超: 'over',
  超过: 'over',
  超過: 'over',
  逾: 'over',
};
const QUALIFIER_AFTER: Record<string, SuppliedMetricInput['qualifier']> = {
  余: 'more_than',
  餘: 'more_than',
  多: 'more_than',
  以上: 'more_than',
  左右: 'approx',
};

/** A cell of an indicator column: `1072`, `8300余`, `近300`, `1,234`, `2.5万`. */
function cellFigure(text: string): { value: number; qualifier: SuppliedMetricInput['qualifier'] } | null {
  const m =
    /^(近|约|約|大约|大約|超过|超過|超|逾)?\s*([0-9][0-9,，]*(?:\.[0-9]+)?)\s*(万|萬|亿|億)?\s*(余|餘|多|以上|左右)?$/.exec(
      text.normalize('NFKC').trim(),
    );
  if (!m?.[2]) return null;
  const digits = m[2].replace(/[,，]/g, '');
  const scale = m[3] === undefined ? 1 : m[3] === '万' || m[3] === '萬' ? 1e4 : 1e8;
  const value = Number(digits) * scale;
  if (!Number.isFinite(value)) return null;
  const qualifier = (m[1] ? QUALIFIER_BEFORE[m[1]] : undefined) ?? (m[4] ? QUALIFIER_AFTER[m[4]] : undefined);
  return { value, qualifier: qualifier ?? 'exact' };
}

/** A remarks column (备注) holds words, not figures: no indicator. */
const REMARKS = new Set<string>(REMARK_COLUMNS);

/** Rounds away binary noise from scaling (1.1 × 10⁸), keeping the figure as entered. */
const tidy = (n: number): number => Number.parseFloat(n.toPrecision(15));

function indicatorRecords(table: SheetTable, place: string): CityRecord[] {
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
      throw new JianbaoError('INPUT_SCHEMA', `${place}, cell A${row}: the city is empty`, {
        where: `${place}, cell A${row}`,
        snippet: cells.join(',').slice(0, 80),
        row,
      });
    }
    if (seen.has(city)) {
      throw new JianbaoError(
        'INPUT_SCHEMA',
        `${place}, row ${row}: a second row for ${city} (the first is row ${seen.get(city)})`,
        { where: `${place}, row ${row}`, snippet: cells.join(',').slice(0, 80), row },
      );
    }
    seen.set(city, row);
    const metrics: SuppliedMetricInput[] = [];
    cells.forEach((cell, column) => {
      const indicator = indicators[column];
      if (!indicator || cell === '') return;
      const figure = cellFigure(cell);
      const at = `${place}, cell ${columnLetter(column)}${row}`;
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
    records.push({ city, text: '', ...(metrics.length > 0 ? { metrics } : {}) });
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

/**
 * Every part of the zip, inflated chunk by chunk with the running total checked against `maxBytes` (declared
 * sizes first, then the bytes actually produced, so a zip that understates its sizes is caught too).
 */
function inflateAll(bytes: Uint8Array, where: string, maxBytes: number): Record<string, Uint8Array> {
  if (!hasEndOfDirectory(bytes)) throw formatError(where, 'is cut short (the zip has no end record)', bytes);
  const name = `${where}: uncompressed workbook`;
  const files: Record<string, Uint8Array[]> = {};
  const complete = new Set<string>();
  let declared = 0;
  let total = 0;
  let count = 0;
  let failure: unknown = null;
  const unzip = new Unzip((file) => {
    if (failure) return;
    if (++count > MAX_PARTS) {
      failure = new JianbaoError(
        'INPUT_LIMIT',
        `${where}: the zip has over ${MAX_PARTS} parts: not a workbook of city figures`,
        {
          where,
          snippet: `${count} parts`,
        },
      );
      return;
    }
    if (file.name.endsWith('/')) return;
    declared += file.originalSize ?? 0;
    checkSize(declared, maxBytes, name, 'uncompressed workbook');
    const chunks: Uint8Array[] = [];
    files[file.name] = chunks;
    file.ondata = (error, chunk, final) => {
      if (error) failure ??= error;
      if (failure) return;
      total += chunk.length;
      checkSize(total, maxBytes, name, 'uncompressed workbook');
      chunks.push(chunk);
      if (final) complete.add(file.name);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    unzip.push(bytes, true);
  } catch (error) {
    if (isJianbaoError(error)) throw error;
    failure ??= error;
  }
  if (isJianbaoError(failure)) throw failure;
  if (failure) throw formatError(where, `is not a readable .xlsx (${firstLine(failure)})`, bytes);
  const out: Record<string, Uint8Array> = {};
  for (const [part, chunks] of Object.entries(files)) {
    if (!complete.has(part))
      throw formatError(where, `is not a readable .xlsx (${part} is cut short)`, bytes);
    const joined = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const chunk of chunks) {
      joined.set(chunk, at);
      at += chunk.length;
    }
    out[part] = joined;
  }
  return out;
}

/** The end-of-central-directory record (PK\x05\x06) sits in the last 22 bytes + up to 64 KB of comment. */
function hasEndOfDirectory(bytes: Uint8Array): boolean {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06)
      return true;
  }
  return false;
}

const firstLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 120) ?? '';

function formatError(where: string, problem: string, bytes: Uint8Array): JianbaoError {
  return new JianbaoError('INPUT_FORMAT', `${where} ${problem}`, { where, snippet: hexHead(bytes) });
}
