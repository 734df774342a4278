export type { ExtractOptions } from './extract.js';
export { extract, extractReports, lineIndex, reportsOf } from './extract.js';
export type { ExtractFactsOptions, Facts } from './facts.js';
export { extractFacts } from './facts.js';
export { thingName } from './indicators.js';
export { loadExtractionJsonSchema } from './json-schema.js';
export { extractedSectionSchema, extractionSchema, firstSchema, metricSchema } from './schema.js';
