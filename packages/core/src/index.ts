/**
 * Reading city work reports, extracting every figure with what it counts, summarizing them for the province and
 * composing the briefing document that both renderers lay out.
 * @module @jianbao/core
 */
export { composeBriefing } from './compose/composeBriefing.js';
export type { DisplayQualifier, FigureTextOptions } from './compose/figureText.js';
export { figureText } from './compose/figureText.js';
export type { BriefingPart, ComposeOptions, Recipients } from './compose/options.js';
export { BRIEFING_PARTS } from './compose/options.js';
export { CATEGORY_NAMES } from './compose/vocabulary.js';
// The document model, its theme and the errors: also `@jianbao/core/document`, for renderers.
export * from './document/index.js';
export * from './extract/index.js';
export type { City, CityMention, ScriptForms } from './gazetteer/gazetteer.js';
export { CITIES, findCityMentions, normalizeCityName } from './gazetteer/gazetteer.js';
export { CSV_COLUMNS } from './ingest/columns.js';
export type { DecodeOptions } from './ingest/decode.js';
export { decodeBytes } from './ingest/decode.js';
export { JsonInputSchema } from './ingest/json.js';
export {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_PDF_PAGES,
  MAX_FIGURE_VALUE,
  MAX_HTML_DEPTH,
} from './ingest/limits.js';
export type { ReadOptions } from './ingest/read-source.js';
export { readSource } from './ingest/read-source.js';
export type { ReadAsyncOptions } from './ingest/read-source-async.js';
export { readSourceAsync } from './ingest/read-source-async.js';
export type { FromRecordsOptions } from './ingest/records.js';
export { fromRecords } from './ingest/records.js';
export type { CityRecord, SuppliedMetricInput } from './ingest/structured.js';
export { CityRecordSchema, SuppliedMetricSchema } from './ingest/structured.js';
export { foldToHans } from './lexicon/fold.js';
export type {
  IndicatorEntry,
  Lexicon,
  LexiconAdditions,
  MeasureEntry,
  UnitEntry,
} from './lexicon/lexicon.js';
export { defaultLexicon, extendLexicon } from './lexicon/lexicon.js';
export type { Normalized } from './normalize/normalize.js';
export { normalize, toOriginalSpan } from './normalize/normalize.js';
export type { BriefingInput, ReadBriefingInputOptions } from './pipeline/input.js';
export { briefingInputOf, readBriefingInput } from './pipeline/input.js';
export { summarizeInputs } from './pipeline/summarize-inputs.js';
export type { Review, ReviewDocument } from './review/review.js';
export { readReview, reviewDocument } from './review/review.js';
export type { ScriptTarget } from './script/convert.js';
export { convertScript, loadScriptConverter } from './script/convert.js';
export { countScriptEvidence, detectScript, dominantScript } from './script/detect.js';
export type { SplitOptions } from './split/split.js';
export { DEFAULT_MAX_SECTIONS, splitSections } from './split/split.js';
export type { SummarizeOptions } from './summarize/summarize.js';
export { summarize } from './summarize/summarize.js';
export * from './summarize/types.js';
export * from './types.js';
export type { BriefingWarning, BriefingWarningCode } from './warnings/warnings.js';
export { BRIEFING_WARNING_CODES, briefingWarnings, formatWarning } from './warnings/warnings.js';
