import type { Handler } from './types.js';

/** Starts a new page. */
export const pageBreak: Handler<'pageBreak'> = () => [{ text: '', pageBreak: 'after' }];
