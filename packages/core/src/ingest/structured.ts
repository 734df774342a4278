import * as z from 'zod/mini';
import { declaredMetric } from '../extract/declared.js';
import { normalizeCityName } from '../gazetteer/gazetteer.js';
import { dominantScript } from '../script/detect.js';
import {
  CATEGORIES,
  type Category,
  type InputFormat,
  type Metric,
  QUALIFIERS,
  type Qualifier,
  type Source,
  type SourceMeta,
  type SourcePart,
} from '../types.js';
import { MAX_CITY_NAME, MAX_FIGURE_VALUE } from './limits.js';

/**
 * A figure supplied ready-made: `{ value, valueMax?, unit, qualifier?, category?, label, text? }`.
 * `qualifier` defaults to `exact`, `category` to the indicator's, `text` (the figure as written) to value + unit.
 */
export const SuppliedMetricSchema = z.strictObject({
  value: z.number().check(z.minimum(-MAX_FIGURE_VALUE), z.maximum(MAX_FIGURE_VALUE)),
  valueMax: z.optional(
    z.nullable(z.number().check(z.minimum(-MAX_FIGURE_VALUE), z.maximum(MAX_FIGURE_VALUE))),
  ),
  unit: z.string().check(z.trim(), z.minLength(1)),
  qualifier: z.optional(z.enum(QUALIFIERS as [Qualifier, ...Qualifier[]])),
  category: z.optional(z.enum(CATEGORIES as [Category, ...Category[]])),
  label: z.string().check(z.trim(), z.minLength(1)),
  text: z.optional(z.string().check(z.trim(), z.minLength(1))),
});

/** ISO 8601 to the precision known: 2023, 2023-12, 2023-12-08. */
export const IsoDateSchema = z.string().check(
  z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    message: 'expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD',
  }),
);

/**
 * One city's report as structured data (JSON, or rows of a CSV):
 * `{ city, source?, date?, title?, text, metrics? }`. `city` is any spelling (南京, 南京市, 連云港);
 * `text` is the report's prose; unknown fields are errors (a misspelt field must not be silently ignored).
 */
export const CityRecordSchema = z.strictObject({
  city: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_CITY_NAME)),
  source: z.optional(z.nullable(z.string().check(z.trim()))),
  date: z.optional(z.nullable(IsoDateSchema)),
  title: z.optional(z.nullable(z.string().check(z.trim()))),
  text: z.string(),
  metrics: z.optional(z.array(SuppliedMetricSchema)),
});

export type CityRecord = z.infer<typeof CityRecordSchema>;
export type SuppliedMetricInput = z.infer<typeof SuppliedMetricSchema>;

/** City records read from a table, with the title over it (a sheet's 全省各市一季度主要经济指标情况), if it has one. */
export interface TableRecords {
  records: CityRecord[];
  title: string | null;
}

/** Separates city records in the combined text: a blank line. */
const SEPARATOR = '\n\n';

/**
 * Builds the Source for structured records. `text` is each city's prose in order, separated by a blank line; with
 * several cities each starts with a heading line `## 城市` so that the text alone still splits one section per
 * city. `parts` give each record's fields and slice. Supplied figures get spans into `text`: where the figure's
 * written form is not in the city's prose, a last line stating `label：figure` is appended to that prose.
 */
export function structuredSource(
  records: CityRecord[],
  origin: string | null,
  format: InputFormat,
  title: string | null = null,
): Source {
  const script = dominantScript(records.map((r) => r.text).join(''));
  // Several cities' table under its own title is a compilation of them: the title heads the text, as a
  // compilation's does (`# 全省各市一季度主要经济指标情况`), and is the file's. One city's sheet is its report,
  // titled by its own 标题 column, else by the sheet's title.
  const titleLine = title !== null && records.length > 1 ? `# ${title}\n\n` : '';
  const chunks: string[] = [titleLine];
  const parts: SourcePart[] = [];
  const supplied: Metric[] = [];
  let at = titleLine.length;
  records.forEach((record, index) => {
    const start = at;
    const city = normalizeCityName(record.city)?.name[script] ?? record.city;
    const heading = records.length > 1 ? `## ${city}\n` : '';
    let prose = record.text.replace(/\s+$/, '');
    const proseStart = start + heading.length;
    const claimed = new Claims(prose.length);
    const missing: { metric: SuppliedMetricInput; written: string }[] = [];
    const placed: { metric: SuppliedMetricInput; written: string; offset: number }[] = [];
    for (const metric of record.metrics ?? []) {
      const written = metric.text ?? writtenForm(metric);
      const offset = findUnclaimed(prose, written, claimed);
      if (offset === -1) missing.push({ metric, written });
      else placed.push({ metric, written, offset });
    }
    if (missing.length > 0) {
      const stated = statedLine(missing.map(({ metric, written }) => ({ label: metric.label, written })));
      const from = prose.length + (prose.length > 0 ? 1 : 0);
      missing.forEach(({ metric, written }, k) => {
        placed.push({ metric, written, offset: from + (stated.offsets[k] as number) });
      });
      prose += `${prose.length > 0 ? '\n' : ''}${stated.line}`;
    }
    for (const { metric, written, offset } of placed.sort((a, b) => a.offset - b.offset)) {
      const s = proseStart + offset;
      supplied.push(
        declaredMetric({
          value: metric.value,
          valueMax: metric.valueMax ?? null,
          unit: metric.unit,
          qualifier: metric.qualifier ?? 'exact',
          category: metric.category,
          label: metric.label,
          text: written,
          span: [s, s + written.length],
        }),
      );
    }
    const chunk = heading + prose + (index < records.length - 1 ? SEPARATOR : '');
    chunks.push(chunk);
    at += chunk.length;
    parts.push({ ...fields(record), city: record.city, span: [start, at] });
  });
  const [only] = records;
  const meta: SourceMeta = {
    ...(title !== null ? { title } : {}),
    ...(records.length === 1 && only ? fields(only) : {}),
  };
  return { text: chunks.join(''), origin, format, meta, suppliedMetrics: supplied, parts };
}

/**
 * Figures stated as a line of their own, `label：figure；label：figure。`, with where each figure starts in it: how a
 * figure given without prose around it (a sheet's cell, a supplied metric) is written into a city's text.
 */
export function statedLine(figures: readonly { label: string; written: string }[]): {
  line: string;
  offsets: number[];
} {
  let line = '';
  const offsets: number[] = [];
  figures.forEach(({ label, written }, k) => {
    line += `${k > 0 ? '；' : ''}${label}：`;
    offsets.push(line.length);
    line += written;
  });
  return { line: `${line}。`, offsets };
}

/** Supplied figures, each with its written form (`text`), as the line `statedLine` makes of them. */
export const statedFigures = (metrics: readonly SuppliedMetricInput[]): string =>
  statedLine(metrics.map((m) => ({ label: m.label, written: m.text ?? '' }))).line;

function fields(record: CityRecord): SourceMeta {
  const meta: SourceMeta = { city: record.city };
  if (record.source) meta.source = record.source;
  if (record.date) meta.date = record.date;
  if (record.title) meta.title = record.title;
  return meta;
}

/** The figure as it would be written: 36項, 80-100場. */
function writtenForm(metric: SuppliedMetricInput): string {
  const range = metric.valueMax !== undefined && metric.valueMax !== null ? `-${metric.valueMax}` : '';
  return `${metric.value}${range}${metric.unit}`;
}

/**
 * The characters of a city's prose that supplied figures have claimed, and for each written form where its
 * next search starts: an occurrence passed over once (claimed, or cut out of a longer number) stays so, so
 * each search resumes after the last — N identical figures take linear time, not cubic.
 */
class Claims {
  readonly taken: Uint8Array;
  readonly resume = new Map<string, number>();
  constructor(length: number) {
    this.taken = new Uint8Array(length);
  }
  overlaps(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.taken[i]) return true;
    return false;
  }
  claim(start: number, end: number): void {
    this.taken.fill(1, start, end);
  }
}

/** The first whole occurrence of `needle` not overlapping an occurrence already claimed by another figure. */
function findUnclaimed(haystack: string, needle: string, claimed: Claims): number {
  let from = claimed.resume.get(needle) ?? 0;
  while (from <= haystack.length) {
    const i = haystack.indexOf(needle, from);
    if (i === -1) {
      claimed.resume.set(needle, haystack.length + 1);
      return -1;
    }
    const end = i + needle.length;
    // 80余場 is not the figure in 180余場.
    const cut = /^\d/.test(needle) && /[\d.]/.test(haystack[i - 1] ?? '');
    const overrun = /\d$/.test(needle) && /\d/.test(haystack[end] ?? '');
    if (!cut && !overrun && !claimed.overlaps(i, end)) {
      claimed.claim(i, end);
      claimed.resume.set(needle, i + 1);
      return i;
    }
    from = i + 1;
  }
  claimed.resume.set(needle, haystack.length + 1);
  return -1;
}
