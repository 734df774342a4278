export { exampleDocument } from './document/example.js';
export * from './document/schema.js';
export { validateDocument } from './document/validate.js';
export type { JianbaoErrorCode, JianbaoErrorDetails } from './errors.js';
export { isJianbaoError, JianbaoError, snippetAt } from './errors.js';
export type { SummarizeOptions } from './summarize/summarize.js';
export { summarize } from './summarize/summarize.js';
export * from './summarize/types.js';
export * from './types.js';
