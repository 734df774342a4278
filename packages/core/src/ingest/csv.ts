import Papa from 'papaparse';
import { JianbaoError } from '../errors.js';
import { fileStem, onlyCityIn } from '../gazetteer/gazetteer.js';
import { check } from '../schema-issues.js';
import { CSV_COLUMNS, canonicalColumn, isTotalRow } from './columns.js';
import { sheetTable } from './sheet-table.js';
import {
  type CityRecord,
  CityRecordSchema,
  IsoDateSchema,
  SuppliedMetricSchema,
  type TableRecords,
} from './structured.js';
import {
  byPeriod,
  indicatorRecords,
  namesIndicators,
  periodColumns,
  proseTable,
  tableShape,
  toCsv,
} from './table-records.js';

type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string>>;

const blankToUndefined = (v: string | undefined) =>
  v === undefined || v.trim() === '' ? undefined : v.trim();

/**
 * CSV input, with a header row. Columns: `city` (required), `source`, `date`, `title`, `text` for prose rows —
 * one row per city — and `label`, `value`, `valueMax`, `unit`, `qualifier`, `category` for figure rows: a row with
 * a `value` supplies one ready-made figure of its city (its `text`, if any, is the figure as written). Rows are
 * numbered as a spreadsheet shows them: the header is row 1. Headers may be in Chinese (城市, 来源, 日期, 标题, 正文,
 * 指标, 数值, 单位 …) or English in any case; see ingest/columns.ts. A sheet saved as CSV — cities × indicators
 * (城市, 代表建议(件) …), or a table under a title and a 单位 line — is read as the workbook's sheet is.
 */
export function parseCsvRecords(text: string, where: string): CityRecord[] {
  return csvTable(text, where).records;
}

/** parseCsvRecords, with the title over the table when the CSV is a sheet saved with one (see TableRecords). */
export function csvTable(text: string, where: string): TableRecords {
  const head = Papa.parse<string[]>(text, { preview: 1, skipEmptyLines: 'greedy' }).data[0] ?? [];
  const unknown = head.map(canonicalColumn).find((c) => !(CSV_COLUMNS as readonly string[]).includes(c));
  if (unknown !== undefined) {
    // A sheet saved as CSV: cities × indicators, or a table under title rows, read as the workbook's sheet is.
    const laid = sheetTable(Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data);
    const table = proseTable(laid) ?? laid;
    const shape = tableShape(table);
    // Cities listed across a row make it a table of indicators even before a unit is found: a header without
    // one is then named as such (indicatorRecords), not as an unknown column.
    if (shape === 'indicators' && (namesIndicators(table) || table.across))
      return { records: indicatorRecords(table, where), title: laid.title };
    if (shape === 'rows' && (table.headerRow > 1 || table !== laid))
      return {
        records: parseCsvRecords(
          toCsv([table.header.map(canonicalColumn), ...table.rows.map((r) => r.cells)]),
          where,
        ),
        title: laid.title,
      };
    const periods = periodColumns(head);
    if (periods.length >= 2) throw schemaError('INPUT_SCHEMA', where, 1, byPeriod(periods));
    throw schemaError(
      'INPUT_SCHEMA',
      where,
      1,
      `unknown column "${unknown}" (expected ${CSV_COLUMNS.join(', ')})`,
    );
  }
  // A column named twice (text,text, or 正文 and text) would come back renamed, its cells dropped in silence.
  const named = head.map(canonicalColumn).filter((c) => c !== '');
  const twice = named.find((c, i) => named.indexOf(c) !== i);
  if (twice !== undefined) throw schemaError('INPUT_SCHEMA', where, 1, `column "${twice}" is named twice`);
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    // 城市/City/city are one column (ingest/columns.ts).
    transformHeader: canonicalColumn,
  });
  const fatal = parsed.errors.find((e) => e.type !== 'FieldMismatch' || e.code === 'TooManyFields');
  if (fatal) {
    const row = (fatal.row ?? 0) + 2;
    throw schemaError(
      'INPUT_FORMAT',
      where,
      row,
      `invalid CSV: ${fatal.message}`,
      parsed.data[fatal.row ?? 0],
    );
  }
  const columns = parsed.meta.fields ?? [];
  // A file of one city's rows (南京市.csv: 指标,数值,单位) names its city by its name: every row is that city's.
  const ownCity = columns.includes('city') ? undefined : onlyCityIn(fileStem(where))?.text;
  if (!columns.includes('city') && ownCity === undefined)
    throw schemaError('INPUT_SCHEMA', where, 1, 'the header has no "city" column');
  if (!columns.includes('text') && !columns.includes('value')) {
    throw schemaError('INPUT_SCHEMA', where, 1, 'the header has neither a "text" nor a "value" column');
  }

  const records = new Map<string, CityRecord & { row: number; hasProse: boolean }>();
  parsed.data.forEach((raw, index) => {
    const row = index + 2;
    const r: Row = raw;
    const city = ownCity ?? blankToUndefined(r.city);
    if (!city) throw schemaError('INPUT_SCHEMA', where, row, 'column city is empty', raw);
    // The table's own total (合计, 全省) is no city: counted as one, its figures were added in twice.
    if (isTotalRow(city)) return;
    const record = records.get(city) ?? { city, text: '', row, hasProse: false };
    records.set(city, record);
    if (blankToUndefined(r.value) !== undefined) {
      const metric = check(SuppliedMetricSchema, {
        value: Number(r.value?.trim()),
        valueMax: blankToUndefined(r.valueMax) === undefined ? undefined : Number(r.valueMax?.trim()),
        unit: r.unit ?? '',
        qualifier: blankToUndefined(r.qualifier),
        category: blankToUndefined(r.category),
        label: r.label ?? '',
        text: blankToUndefined(r.text),
      });
      if (!metric.success) {
        const issue = metric.error.issues[0];
        throw schemaError(
          'INPUT_SCHEMA',
          where,
          row,
          `column ${issue?.path.join('.')}: ${issue?.message}`,
          raw,
        );
      }
      // Appended in place: copying the list for every row was quadratic in the rows of one city.
      record.metrics ??= [];
      record.metrics.push(metric.data);
      return;
    }
    if (record.hasProse) {
      throw schemaError(
        'INPUT_SCHEMA',
        where,
        row,
        `a second text row for ${city} (first at row ${record.row})`,
        raw,
      );
    }
    const date = blankToUndefined(r.date);
    if (date !== undefined && !check(IsoDateSchema, date).success) {
      throw schemaError('INPUT_SCHEMA', where, row, 'column date: expected YYYY, YYYY-MM or YYYY-MM-DD', raw);
    }
    Object.assign(record, {
      row,
      hasProse: true,
      text: r.text ?? '',
      source: blankToUndefined(r.source),
      date,
      title: blankToUndefined(r.title),
    });
  });
  if (records.size === 0) throw schemaError('INPUT_SCHEMA', where, 2, 'no data rows after the header');
  return {
    records: [...records.values()].map(({ row, hasProse: _, ...record }) => {
      const result = check(CityRecordSchema, stripUndefined(record));
      if (!result.success)
        throw schemaError('INPUT_SCHEMA', where, row, result.error.issues[0]?.message ?? '');
      return result.data;
    }),
    title: null,
  };
}

const stripUndefined = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

function schemaError(
  code: 'INPUT_SCHEMA' | 'INPUT_FORMAT',
  where: string,
  row: number,
  problem: string,
  raw?: Record<string, string>,
): JianbaoError {
  const snippet = raw ? JSON.stringify(raw).slice(0, 80) : '(header)';
  return new JianbaoError(code, `${where}, row ${row}: ${problem}`, {
    where: `${where}, row ${row}`,
    snippet,
    row,
  });
}
