import {
  type BriefingDocument,
  type CityReport,
  composeBriefing,
  type Extraction,
  extract,
  isJianbaoError,
  type ProvincialSummary,
  type ReadOptions,
  readSourceAsync,
  reportsOf,
  type Source,
  summarize,
} from '../../src/index.js';

export interface PipelineRun {
  source: Source;
  extraction: Extraction;
  reports: CityReport[];
  summary: ProvincialSummary;
  document: BriefingDocument;
}

export interface PipelineOptions extends ReadOptions {
  maxSections?: number;
  maxTableRows?: number;
}

/**
 * The whole core pipeline as the CLI runs it: read → extract → summarize → compose. The briefing date is fixed
 * (the reports may give none), so any outcome other than a document is an error of the input.
 */
export async function runPipeline(
  input: string | Uint8Array,
  options: PipelineOptions = {},
): Promise<PipelineRun> {
  const { maxSections, maxTableRows, ...read } = options;
  const source = await readSourceAsync(input, read);
  const limits = maxSections === undefined ? {} : { maxSections };
  const extraction = extract(source, limits);
  const reports = reportsOf(source, extraction);
  const summary = summarize(reports);
  const document = await composeBriefing(summary, {
    date: '2024-01-15',
    ...(maxTableRows === undefined ? {} : { maxTableRows }),
  });
  return { source, extraction, reports, summary, document };
}

/**
 * The briefing the pipeline makes of `input`, or null when it refuses the input with a JianbaoError (the only
 * refusal allowed): what renderer property tests start from.
 */
export async function acceptedDocument(
  input: string | Uint8Array,
  options: PipelineOptions = {},
): Promise<BriefingDocument | null> {
  try {
    return (await runPipeline(input, options)).document;
  } catch (error) {
    if (!isJianbaoError(error)) throw error;
    return null;
  }
}
