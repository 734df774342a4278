import { type ComposeOptions, JianbaoError, type PartialTheme, type SummarizeOptions } from '@jianbao/core';
import type { RenderDocxOptions } from '@jianbao/docx';
import type { RenderPdfOptions } from '@jianbao/pdf';

/** The outputs `brief` renders. */
export const BRIEF_FORMATS = ['pdf', 'docx'] as const;
export type BriefFormat = (typeof BRIEF_FORMATS)[number];

/** Options of `brief`; every one is optional and every key is checked (an unknown one is `USAGE`). */
export interface BriefOptions<Pdf = RenderPdfOptions> {
  /** What to render (default both: `['pdf', 'docx']`; `[]` composes the document and the data only). */
  formats?: readonly BriefFormat[];
  /** The briefing: name, issue, title, office, date (default today), script, style, parts … (composeBriefing). */
  compose?: ComposeOptions;
  /** How cities are summed, quoted and ordered: `cities` to list, `excerptLength`, `lexicon`, `order` (summarize). */
  summarize?: Omit<SummarizeOptions, 'chosenSentences' | 'prefaces'>;
  /** The PDF: `fonts` (required by the isomorphic entry), `theme`, `compress` … (renderPdf). */
  pdf?: Pdf;
  /** The Word document: `provenance`, `template`, `theme`, `fonts` … (renderDocx). */
  docx?: RenderDocxOptions;
  /** A theme for both renderers (each renderer's own `theme` wins). */
  theme?: PartialTheme;
}

export const BRIEF_OPTIONS = [
  'formats',
  'compose',
  'summarize',
  'pdf',
  'docx',
  'theme',
] as const satisfies readonly (keyof BriefOptions)[];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** USAGE naming the first unknown key of `value` and the known ones. */
export function refuseUnknown(value: unknown, known: readonly string[], where: string): void {
  if (value === undefined) return;
  if (!isObject(value)) {
    throw new JianbaoError('USAGE', `brief: ${where} must be an object`, {
      where: `brief(${where})`,
      snippet: value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value,
    });
  }
  const unknown = Object.keys(value).filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    throw new JianbaoError(
      'USAGE',
      `brief: unknown option ${unknown.map((key) => `"${key}"`).join(', ')} in ${where}; known: ${known.join(', ')}`,
      { where: `brief(${where}.${unknown[0]})`, snippet: unknown[0] },
    );
  }
}

/** The formats asked for: a list of known ones, each once (default both). */
export function formatsOf(options: BriefOptions<unknown>): BriefFormat[] {
  const formats: unknown = options.formats ?? BRIEF_FORMATS;
  const bad = (got: string) =>
    new JianbaoError(
      'USAGE',
      `brief: options.formats must be a list of ${BRIEF_FORMATS.map((f) => `'${f}'`).join(', ')} (got ${got})`,
      { where: 'brief(options.formats)', snippet: got },
    );
  if (!Array.isArray(formats)) throw bad(JSON.stringify(formats) ?? String(formats));
  for (const format of formats) {
    if (!(BRIEF_FORMATS as readonly unknown[]).includes(format)) throw bad(JSON.stringify(format));
  }
  if (new Set(formats).size !== formats.length) throw bad(`${JSON.stringify(formats)}, a format twice`);
  return formats as BriefFormat[];
}
