import { JianbaoError } from '../errors.js';
import type { ProvincialSummary } from '../summarize/types.js';

/** The parts of the briefing body, in the order they appear. */
export const BRIEFING_PARTS = [
  'editorsNote',
  'overview',
  'indicators',
  'highlights',
  'firsts',
  'laws',
  'appendix',
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
}

export interface ComposeOptions {
  /** Printed large and red; default 人大工作简报. */
  name?: string;
  /** 12 → 第12期; a string is printed as given (第12期（总第345期）). Default 1. */
  issue?: number | string;
  /** Default 各地工作情况综述, with a subtitle naming how many cities reported. */
  title?: string;
  subtitle?: string | null;
  /** The compiling office; default 省人大常委会办公厅. */
  office?: string;
  /**
   * The briefing's date, ISO (2024-01-15). Default: the latest full date the reports give or mention
   * (`summary.latestDate`) — never the clock, so the same input composes the same document.
   */
  date?: string;
  recipients?: Recipients;
  /** 内部资料 and the like; default none. */
  classification?: string | null;
  /** 共印N份; default none. */
  copies?: number | null;
  /** `auto` = the reports' script (Simplified when they mix scripts). Default `auto`. */
  script?: 'hans' | 'hant' | 'auto';
  style?: 'official' | 'modern';
  /** Parts to leave out (true = include, the default for every part). */
  parts?: Partial<Record<BriefingPart, boolean>>;
  /** Sentences per city in 各地亮点, 2–4; default 3. */
  highlights?: number;
  /** How a lower bound reads: 逾N (default) or 至少N. */
  lowerBound?: 'yu' | 'zhishao';
  /** At most this many rows in a table (default 500, see validateDocument); more → DOCUMENT_TOO_MANY_ROWS. */
  maxTableRows?: number;
}

export interface ResolvedOptions {
  name: string;
  issue: string;
  title: string;
  subtitle: string | null;
  office: string;
  date: string;
  recipients: Recipients;
  classification: string | null;
  copies: number | null;
  script: 'hans' | 'hant';
  style: 'official' | 'modern';
  parts: Record<BriefingPart, boolean>;
  highlights: number;
  lowerBound: 'yu' | 'zhishao';
}

const usage = (field: string, message: string, value: unknown) =>
  new JianbaoError('USAGE', `composeBriefing: options.${field} ${message} (got ${JSON.stringify(value)})`, {
    where: `options.${field}`,
    snippet: String(value),
  });

/** Fills in the defaults and checks what the caller gave; throws `USAGE` naming the option. */
export function resolveOptions(summary: ProvincialSummary, options: ComposeOptions): ResolvedOptions {
  const date = options.date ?? summary.latestDate;
  if (date == null) {
    throw new JianbaoError(
      'USAGE',
      'composeBriefing: options.date is required when the reports give no full date (YYYY-MM-DD)',
      { where: 'options.date' },
    );
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
    throw usage('date', 'must be an ISO date YYYY-MM-DD', date);
  }
  const highlights = options.highlights ?? 3;
  if (!Number.isInteger(highlights) || highlights < 2 || highlights > 4) {
    throw usage('highlights', 'must be 2, 3 or 4 sentences per city', highlights);
  }
  const issue = options.issue ?? 1;
  if (typeof issue === 'number' && (!Number.isInteger(issue) || issue < 1)) {
    throw usage('issue', 'must be a positive whole number or the text to print', issue);
  }
  const copies = options.copies ?? null;
  if (copies !== null && (!Number.isInteger(copies) || copies < 1)) {
    throw usage('copies', 'must be a positive whole number', copies);
  }
  for (const part of Object.keys(options.parts ?? {})) {
    if (!(BRIEFING_PARTS as readonly string[]).includes(part)) {
      throw usage('parts', `has an unknown part; known: ${BRIEFING_PARTS.join(', ')}`, part);
    }
  }
  const script = options.script ?? 'auto';
  const reported = summary.cities.length;
  return {
    name: options.name ?? '人大工作简报',
    issue: typeof issue === 'number' ? `第${issue}期` : issue,
    title: options.title ?? '各地工作情况综述',
    subtitle:
      options.subtitle !== undefined
        ? options.subtitle
        : options.title
          ? null
          : `——${reported}个市报送材料摘编`,
    office: options.office ?? '省人大常委会办公厅',
    date,
    recipients: options.recipients ?? {},
    classification: options.classification ?? null,
    copies,
    script: script === 'auto' ? (summary.script === 'hant' ? 'hant' : 'hans') : script,
    style: options.style ?? 'official',
    parts: Object.fromEntries(BRIEFING_PARTS.map((p) => [p, options.parts?.[p] ?? true])) as Record<
      BriefingPart,
      boolean
    >,
    highlights,
    lowerBound: options.lowerBound ?? 'yu',
  };
}
