export type { ExtractOptions } from './extract.js';
export { extract, extractReports, lineIndex, reportsOf } from './extract.js';
export type { ExtractFactsOptions, Facts } from './facts.js';
export { extractFacts } from './facts.js';
export { extractedSectionSchema, extractionSchema, firstSchema, metricSchema } from './schema.js';
export { extractionJsonSchema } from './schema.json.js';
