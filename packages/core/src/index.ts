export type { JianbaoErrorCode, JianbaoErrorDetails } from './errors.js';
export { isJianbaoError, JianbaoError, snippetAt } from './errors.js';
