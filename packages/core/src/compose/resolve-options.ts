import { JianbaoError } from '../errors.js';
import { defaultLexicon, type Lexicon } from '../lexicon/lexicon.js';
import type { ProvincialSummary } from '../summarize/types.js';
import { BRIEFING_PARTS, type BriefingPart, type ComposeOptions, type ResolvedOptions } from './options.js';
import { isCongress } from './topic.js';

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
