/// <reference path="./exceljs-bundle.d.ts" />
import { Unzip, UnzipInflate, UnzipPassThrough, zipSync } from 'fflate';
import { isJianbaoError, JianbaoError } from '../errors.js';
import { fileStem, onlyCityIn } from '../gazetteer/gazetteer.js';
import { canonicalColumn } from './columns.js';
import { parseCsvRecords } from './csv.js';
import { hexHead } from './formats.js';
import { checkSize } from './limits.js';
import { columnLetter, type SheetTable, sheetTable } from './sheet-table.js';
import type { CityRecord, TableRecords } from './structured.js';
import { indicatorRecords, proseTable, shapeError, tableShape, toCsv } from './table-records.js';

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
export async function xlsxRecords(bytes: Uint8Array, where: string, maxBytes: number): Promise<TableRecords> {
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
  let title: string | null = null;
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== 'visible') continue;
    const place = `${where}, sheet "${sheet.name}"`;
    const rows = sheetRows(sheet, place);
    if (rows.length === 0) continue;
    sheetsRead++;
    const table = recordsOfSheet(rows, place, { sheet: sheet.name, file: where });
    // The workbook's title is its first sheet's that has one.
    title ??= table.title;
    for (const record of table.records) {
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
  return { records: [...merged.values()].map(({ sheet: _, ...record }) => record), title };
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

function recordsOfSheet(
  rows: string[][],
  place: string,
  names: { sheet: string; file: string },
): TableRecords {
  const laid = sheetTable(rows);
  const table = ownCitySheet(proseTable(laid) ?? laid, names);
  const shape = tableShape(table);
  if (shape === 'rows') {
    const csv = toCsv([table.header.map(canonicalColumn), ...table.rows.map((r) => r.cells)]);
    return { records: parseCsvRecords(csv, place), title: laid.title };
  }
  if (shape === 'indicators') return { records: indicatorRecords(table, place), title: laid.title };
  throw shapeError(table, place);
}

/**
 * A sheet of one city's figures whose rows are figures (指标 | 数值 | 单位) or a text (正文) but name no city, in a
 * sheet or a file named for the city (a workbook of a sheet a city: 南京市 | 无锡市 …; 南京市代表工作统计.xlsx): every
 * row is that city's, as if a 城市 column said so. Any other table is returned as it is.
 */
function ownCitySheet(table: SheetTable, names: { sheet: string; file: string }): SheetTable {
  const columns = table.header.map(canonicalColumn);
  if (columns.includes('city') || (!columns.includes('value') && !columns.includes('text'))) return table;
  const city = (onlyCityIn(names.sheet) ?? onlyCityIn(fileStem(names.file)))?.text;
  if (city === undefined) return table;
  return {
    ...table,
    header: ['城市', ...table.header],
    rows: table.rows.map((row) => ({ ...row, cells: [city, ...row.cells] })),
  };
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
