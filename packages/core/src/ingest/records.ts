import { JianbaoError } from '../errors.js';
import { checkKnownOptions } from '../guard.js';
import type { Source } from '../types.js';
import { validateRecords } from './json.js';
import { describeOrigin } from './limits.js';
import { structuredSource } from './structured.js';

export interface FromRecordsOptions {
  /** Names the records in messages and in the briefing's references (default: none, messages say `records`). */
  origin?: string | null;
}

/**
 * The Source of city records given as data — `{ city, text, source?, date?, title?, metrics? }`, one or an array —
 * checked exactly as a JSON file of them is (the same INPUT_SCHEMA errors, naming the field), without a
 * `JSON.stringify` round trip. Extract it like any other Source: `extract(fromRecords(records))`.
 */
export function fromRecords(records: unknown, options: FromRecordsOptions = {}): Source {
  checkKnownOptions('fromRecords', options, ['origin']);
  const origin = options.origin ?? null;
  const where = origin === null ? 'records' : describeOrigin(origin);
  const source = structuredSource(validateRecords(records, where), origin, 'json');
  if (source.text.trim() === '') {
    throw new JianbaoError('INPUT_EMPTY', `${where} is empty (no record has any text)`, {
      where,
      snippet: JSON.stringify(source.text.slice(0, 20)),
    });
  }
  return source;
}
