import { lineIndex } from '../extract/extract.js';
import { thingOf } from '../extract/indicators.js';
import type { BriefingInput } from '../pipeline/input.js';
import { standInName } from '../summarize/own-name.js';
import type { ProvincialSummary } from '../summarize/types.js';
import type { Metric } from '../types.js';

/**
 * The codes of non-fatal findings, each a fact about the input that the briefing still handles:
 *
 * - `DUPLICATE_CITY` — a city is given more than once (two files, or twice in one): merged into one part, each
 *   figure counted once.
 * - `CITY_NOT_FOUND` — a section whose city the gazetteer does not know: it gets a part of its own, under the name its
 *   attribution or first line gives (东湖市人大常委会办公室 → 东湖市), or its file's name when the file holds that one
 *   report (徐州市人大常委会.docx → 徐州), else 未识别地区N.
 * - `CITY_NOT_REPORTED` — a city listed in `cities` (summarize's option) that no input reports on.
 * - `INPUT_NO_CITY` — an input with no city section at all (only a preface): nothing of it is briefed as a city.
 * - `SECTION_EMPTY` — a city's section with no sentence to quote (a heading alone, a few characters): its part is empty.
 * - `FIGURE_UNCATEGORIZED` (info) — figures whose indicator is not known (category `other`): quoted in the
 *   city's own words, never added into a provincial total.
 * - `FIGURE_UNLABELED` (info) — figures with nothing said of what they count (……，一共17名: labelled by their own text,
 *   their indicator's thing empty): quoted as written, never added up.
 */
export const BRIEFING_WARNING_CODES = [
  'DUPLICATE_CITY',
  'CITY_NOT_FOUND',
  'CITY_NOT_REPORTED',
  'INPUT_NO_CITY',
  'SECTION_EMPTY',
  'FIGURE_UNCATEGORIZED',
  'FIGURE_UNLABELED',
] as const;
export type BriefingWarningCode = (typeof BRIEFING_WARNING_CODES)[number];

/** One non-fatal finding, in the manner of a vfile message: what, and where (file, 1-based line, city). */
export interface BriefingWarning {
  code: BriefingWarningCode;
  /**
   * `warning`: worth a look before the briefing goes out (the CLI prints it); `info`: how something was read,
   * expected in ordinary reports (FIGURE_UNCATEGORIZED, FIGURE_UNLABELED; in the data JSON, not printed).
   */
  severity: 'warning' | 'info';
  message: string;
  /** The input it is about (its origin), when one input is meant. */
  file?: string;
  /** 1-based line in that input (as read: for a PDF or web page, the text `jianbao extract --text` prints). */
  line?: number;
  city?: string;
}

/** Fewer meaningful characters than this, with no figure, first or law: nothing to quote. */
const EMPTY_SECTION_CHARS = 12;
/** How many figures a warning names before it says 等. */
const NAMED = 3;

/**
 * The warnings of a briefing, computed from what was read (the inputs' extractions) and the summary made of
 * them, in input order; the summary's own (DUPLICATE_CITY) come last, as the summary found them.
 */
export function briefingWarnings(
  inputs: readonly BriefingInput[],
  summary: ProvincialSummary | null,
): BriefingWarning[] {
  const warnings: BriefingWarning[] = [];
  for (const input of inputs) {
    const file = input.origin ?? undefined;
    const at = (line: number, city: string | null) => ({
      ...(file !== undefined ? { file } : {}),
      line,
      ...(city !== null ? { city } : {}),
    });
    const lineAt = lineIndex(input.source.text);
    const sections = input.extraction.sections.filter((s) => s.kind === 'city');
    if (sections.length === 0) {
      warnings.push({
        code: 'INPUT_NO_CITY',
        severity: 'warning',
        message: `${file ?? 'an input'} has no city's report (only a preface): none of it is briefed as a city`,
        ...(file !== undefined ? { file } : {}),
      });
    }
    for (const section of sections) {
      const line = lineAt(section.span[0]);
      const name = section.city ?? `line ${line}`;
      const text = input.source.text.slice(section.span[0], section.span[1]);
      if (section.city === null) {
        const own = standInName(
          { source: section.source, text },
          input.origin,
          input.extraction.script,
          sections.length === 1,
        );
        warnings.push({
          code: 'CITY_NOT_FOUND',
          severity: 'warning',
          message: own
            ? `the section at line ${line} names no city that is known: it is briefed as ${own}, the name its own words or its file's name give`
            : `the section at line ${line} names no city that is known: it is briefed as a part of its own (未识别地区)`,
          ...at(line, null),
        });
      }
      const meaningful = text.replace(/[\s\p{P}\p{S}#]/gu, '').length;
      const facts = section.metrics.length + section.firsts.length + section.laws.length;
      if (facts === 0 && meaningful < EMPTY_SECTION_CHARS) {
        warnings.push({
          code: 'SECTION_EMPTY',
          severity: 'warning',
          message: `${name}: its section has nothing to quote (${meaningful} characters): its part is empty`,
          ...at(line, section.city),
        });
      }
      const counted = section.metrics.filter((m) => m.restates === null && m.family !== 'rate');
      // Nothing named what it counts: the label fell back to the figure's own text, and the indicator's thing is empty.
      const isUnlabeled = (m: Metric) => m.label.trim() === '' || thingOf(m.indicator) === '';
      const unlabeled = counted.filter(isUnlabeled);
      // A declared figure of no known indicator (a sheet's 立法件数) is added to its column's like: no warning.
      const other = counted.filter((m) => m.category === 'other' && m.declared !== true && !isUnlabeled(m));
      if (other.length > 0) {
        warnings.push({
          code: 'FIGURE_UNCATEGORIZED',
          severity: 'info',
          message: `${name}: ${other.length} figure${other.length === 1 ? '' : 's'} of no known indicator (${named(other)}): quoted as written, not added into any total`,
          ...at(lineAt(other[0]?.span[0] ?? section.span[0]), section.city),
        });
      }
      if (unlabeled.length > 0) {
        warnings.push({
          code: 'FIGURE_UNLABELED',
          severity: 'info',
          message: `${name}: ${unlabeled.length} figure${unlabeled.length === 1 ? '' : 's'} without a word of what ${unlabeled.length === 1 ? 'it counts' : 'they count'} (${unlabeled
            .slice(0, NAMED)
            .map((m) => m.text)
            .join('、')}${unlabeled.length > NAMED ? '等' : ''}): not added up`,
          ...at(lineAt(unlabeled[0]?.span[0] ?? section.span[0]), section.city),
        });
      }
    }
  }
  for (const city of summary?.cities ?? []) {
    if (city.reported) continue;
    warnings.push({
      code: 'CITY_NOT_REPORTED',
      severity: 'warning',
      message: `${city.city} is listed but no input reports on it: its part says so`,
      city: city.city,
    });
  }
  for (const warning of summary?.warnings ?? []) {
    warnings.push({ code: warning.code, severity: 'warning', message: warning.message, city: warning.city });
  }
  return warnings;
}

const named = (metrics: readonly Metric[]): string =>
  `${metrics
    .slice(0, NAMED)
    .map((m) => `${m.text}（${m.label}）`)
    .join('、')}${metrics.length > NAMED ? '等' : ''}`;

/** `CODE: file:line: message` (the place when there is one), the line the CLI prints after `jianbao: warning `. */
export function formatWarning(warning: BriefingWarning): string {
  const place = warning.file
    ? `${warning.file}${warning.line !== undefined ? `:${warning.line}` : ''}: `
    : '';
  return `${warning.code}: ${place}${warning.message}`;
}
