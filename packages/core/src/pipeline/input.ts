import { extract, reportsOf } from '../extract/extract.js';
import { checkKnownOptions } from '../guard.js';
import { readSourceAsync } from '../ingest/read-source-async.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { readReview } from '../review/review.js';
import type { CityReport, Extraction, InputFormat, Source, Span } from '../types.js';

/** One input read for a briefing: its Source, what was extracted from it, and its city reports. */
export interface BriefingInput {
  origin: string | null;
  source: Source;
  extraction: Extraction;
  /** Its city reports, with the input's own preface (編者按) when it has one. */
  reports: CityReport[];
  /** From a reviewed extraction: the sentences a person chose for each city's part. */
  chosen?: Record<string, Span[]>;
}

export interface ReadBriefingInputOptions {
  /** A file name: names the input in messages and references, and by its extension gives the format. */
  origin?: string | null;
  format?: InputFormat;
  /**
   * How the input becomes a Source (default `readSourceAsync`): the CLI converts .doc/.xls with LibreOffice
   * first. A reviewed extraction is recognized before this is called.
   */
  read?: (input: Uint8Array | string) => Promise<Source> | Source;
  /** Wraps each stage, e.g. to time it. */
  time?: <T>(stage: 'read' | 'extract', work: () => Promise<T> | T) => Promise<T>;
  lexicon?: Lexicon;
}

const untimed = async <T>(_stage: string, work: () => Promise<T> | T): Promise<T> => work();

/**
 * The one path from an input to city reports that `jianbao brief` and `brief()` share: a reviewed extraction
 * (`jianbao extract --review`, edited by a person) is briefed as it was reviewed; anything else is read
 * (readSourceAsync), extracted and cut into reports, the input's own 編者按 kept for the editor's note.
 */
export async function readBriefingInput(
  input: Uint8Array | string,
  options: ReadBriefingInputOptions = {},
): Promise<BriefingInput> {
  checkKnownOptions('readBriefingInput', options, ['origin', 'format', 'read', 'time', 'lexicon']);
  const origin = options.origin ?? null;
  const time = options.time ?? untimed;
  const review = reviewIn(input, origin);
  if (review) {
    const reviewed = readReview(review, {
      ...(origin !== null ? { origin } : {}),
      ...(options.lexicon ? { lexicon: options.lexicon } : {}),
    });
    return {
      origin,
      source: reviewed.source,
      extraction: reviewed.extraction,
      reports: reportsOf(reviewed.source, reviewed.extraction, {
        preface: true,
        ...(origin !== null ? { origin } : {}),
      }),
      chosen: reviewed.chosenSentences,
    };
  }
  const source = await time('read', () =>
    options.read
      ? options.read(input)
      : readSourceAsync(input, { origin, ...(options.format ? { format: options.format } : {}) }),
  );
  return time('extract', () => briefingInputOf(source, options.lexicon));
}

/** A Source already read (e.g. `fromRecords`) extracted and cut into reports, as readBriefingInput does. */
export function briefingInputOf(source: Source, lexicon?: Lexicon): BriefingInput {
  const origin = source.origin ?? null;
  const extraction = extract(source, {
    ...(origin !== null ? { origin } : {}),
    ...(lexicon ? { lexicon } : {}),
  });
  const reports = reportsOf(source, extraction, { preface: true, ...(origin !== null ? { origin } : {}) });
  return { origin, source, extraction, reports };
}

/** The parsed review document when the input is one (a .json with the contract's version, a source and sections). */
function reviewIn(input: Uint8Array | string, origin: string | null): unknown {
  if (!/\.json$/i.test(origin ?? '')) return null;
  const head =
    typeof input === 'string' ? input.slice(0, 4096) : new TextDecoder().decode(input.subarray(0, 4096));
  if (!/^\s*\{/.test(head) || !head.includes('"schemaVersion"')) return null;
  const value: unknown = JSON.parse(typeof input === 'string' ? input : new TextDecoder().decode(input));
  return value !== null && typeof value === 'object' && 'source' in value && 'sections' in value
    ? value
    : null;
}
