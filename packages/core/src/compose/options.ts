import { JianbaoError } from '../errors.js';
import { defaultLexicon, type Lexicon } from '../lexicon/lexicon.js';
import type { ProvincialSummary } from '../summarize/types.js';
import { isCongress } from './topic.js';

/** The parts of the briefing body, in the order they appear. */
export const BRIEFING_PARTS = [
  'editorsNote',
  'overview',
  'indicators',
  'chart',
  'cities',
  'firsts',
  'laws',
  'method',
  'closing',
] as const;
export type BriefingPart = (typeof BRIEFING_PARTS)[number];

export interface Recipients {
  /** 报： — to superiors. */
  report?: string;
  /** 送： — to peers. */
  send?: string;
  /** 发： — to subordinates. */
  issue?: string;
  /** 抄送： — copied to. */
  copy?: string;
}

export interface ComposeOptions {
  /** Printed large and red; default 人大工作简报 when the reports speak of their congress (`isCongress`), else 工作简报. */
  name?: string;
  /** 12 → 第12期; a string is printed as given (第12期（总第345期）). Default 1. */
  issue?: number | string;
  /**
   * The title. Default: stated from the reports' common topic — the campaign or measure most cities share
   * (各地人大深入开展“牢记嘱托、感恩奋进”学习实践活动).
   */
  title?: string;
  subtitle?: string | null;
  /**
   * The compiling office; default 省人大常委会办公厅 when the reports speak of their congress, else 办公室: a congress's
   * office printed over a compilation of statistics bureaus' reports would claim what nobody said.
   */
  office?: string;
  /** The briefing's date, ISO (2024-01-15). Default: today. Dates found in the reports are never used for it. */
  date?: string;
  /** The editor's note. Default: the input's own (编者按) when it has one, else two sentences on what this issue brings. */
  editorsNote?: string | string[];
  recipients?: Recipients;
  /** 内部资料 and the like; default none. */
  classification?: string | null;
  /** 共印N份; default none. */
  copies?: number | null;
  /** The printing office of the 版记 (印发机关); default the compiling office. */
  printer?: string;
  /** `auto` = the reports' script (Simplified when they mix scripts). Default `auto`. */
  script?: 'hans' | 'hant' | 'auto';
  style?: 'official' | 'modern';
  /**
   * Parts to include or leave out. Defaults: every part but `method` (the note on how figures were added, which
   * belongs in the JSON); `overview` only for three or more cities; `chart` (the table's main indicator drawn) in
   * the modern style only — an official 简报 gives the table.
   */
  parts?: Partial<Record<BriefingPart, boolean>>;
  /** How a lower bound reads: 逾N (default) or 至少N. */
  lowerBound?: 'yu' | 'zhishao';
  /** At most this many rows in a table (no limit unless given; see validateDocument); more → DOCUMENT_TOO_MANY_ROWS. */
  maxTableRows?: number;
}

export interface ResolvedOptions {
  name: string;
  issue: string;
  title: string | null;
  subtitle: string | null;
  office: string;
  date: string;
  editorsNote: string[] | null;
  recipients: Recipients;
  classification: string | null;
  copies: number | null;
  printer: string;
  script: 'hans' | 'hant';
  style: 'official' | 'modern';
  parts: Record<BriefingPart, boolean>;
  lowerBound: 'yu' | 'zhishao';
}

const KNOWN: ReadonlyArray<keyof ComposeOptions> = [
  'name',
  'issue',
  'title',
  'subtitle',
  'office',
  'date',
  'editorsNote',
  'recipients',
  'classification',
  'copies',
  'printer',
  'script',
  'style',
  'parts',
  'lowerBound',
  'maxTableRows',
];

const usage = (field: string, message: string, value: unknown) =>
  new JianbaoError('USAGE', `composeBriefing: options.${field} ${message} (got ${JSON.stringify(value)})`, {
    where: `options.${field}`,
    snippet: String(value),
  });

/** Today's date, ISO, in the local time zone: the default date of a briefing. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A real calendar date YYYY-MM-DD (2024-02-30 is not one). */
export function isIsoDate(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const at = new Date(Date.UTC(y, mo - 1, d));
  return at.getUTCFullYear() === y && at.getUTCMonth() === mo - 1 && at.getUTCDate() === d;
}

/** Fills in the defaults and checks what the caller gave; throws `USAGE` naming the option. */
export function resolveOptions(
  summary: ProvincialSummary,
  options: ComposeOptions,
  lexicon: Lexicon = defaultLexicon,
): ResolvedOptions {
  if (options === null || typeof options !== 'object') throw usage('', 'must be an object', options);
  for (const key of Object.keys(options)) {
    if (!(KNOWN as readonly string[]).includes(key)) {
      throw usage(key, `is not an option; known: ${KNOWN.join(', ')}`, key);
    }
  }
  const date = options.date ?? today();
  if (!isIsoDate(date)) throw usage('date', 'must be a calendar date YYYY-MM-DD', date);
  const issue = options.issue ?? 1;
  if (typeof issue === 'number' && (!Number.isSafeInteger(issue) || issue < 1)) {
    throw usage('issue', 'must be a positive whole number or the text to print', issue);
  }
  const copies = options.copies ?? null;
  if (copies !== null && (!Number.isSafeInteger(copies) || copies < 1)) {
    throw usage('copies', 'must be a positive whole number', copies);
  }
  for (const part of Object.keys(options.parts ?? {})) {
    if (!(BRIEFING_PARTS as readonly string[]).includes(part)) {
      throw usage('parts', `has an unknown part; known: ${BRIEFING_PARTS.join(', ')}`, part);
    }
  }
  const script = options.script ?? 'auto';
  const reported = summary.cities.filter((c) => c.reported).length;
  const defaults: Record<BriefingPart, boolean> = {
    editorsNote: true,
    overview: reported >= 3,
    indicators: true,
    chart: (options.style ?? 'official') === 'modern',
    cities: true,
    firsts: true,
    laws: true,
    method: false,
    closing: true,
  };
  const note = options.editorsNote;
  const congress = isCongress(summary, lexicon);
  const office = options.office ?? (congress ? '省人大常委会办公厅' : '办公室');
  return {
    name: options.name ?? (congress ? '人大工作简报' : '工作简报'),
    issue: typeof issue === 'number' ? `第${issue}期` : issue,
    title: options.title ?? null,
    subtitle: options.subtitle ?? null,
    office,
    date,
    editorsNote: note === undefined ? null : Array.isArray(note) ? note : [note],
    recipients: options.recipients ?? {},
    classification: options.classification ?? null,
    copies,
    printer: options.printer ?? office,
    script: script === 'auto' ? (summary.script === 'hant' ? 'hant' : 'hans') : script,
    style: options.style ?? 'official',
    parts: Object.fromEntries(BRIEFING_PARTS.map((p) => [p, options.parts?.[p] ?? defaults[p]])) as Record<
      BriefingPart,
      boolean
    >,
    lowerBound: options.lowerBound ?? 'yu',
  };
}
