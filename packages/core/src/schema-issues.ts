import type * as z from 'zod/mini';

/**
 * Schemas are zod/mini (its functions tree-shake; classic zod's methods pulled every check and the JSON Schema
 * code into each bundle), which loads no locale: an issue's message is "Invalid input" unless the schema gives
 * one. Every parse goes through `check`, so a message says what was expected, in our words.
 */
export function check<T extends z.ZodMiniType>(
  schema: T,
  value: unknown,
): z.core.util.SafeParseResult<z.output<T>> {
  return schema.safeParse(value, { error: issueMessage });
}

type RawIssue = z.core.$ZodRawIssue;

const plural = (n: number | bigint, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const kind = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'array'
      : typeof value === 'number' && Number.isNaN(value)
        ? 'NaN'
        : typeof value;

function bound(
  issue: RawIssue & { origin?: string },
  limit: number | bigint,
  inclusive: boolean,
  side: 'least' | 'most',
): string {
  const more = side === 'least' ? 'more' : 'less';
  switch (issue.origin) {
    case 'string':
      return `at ${side} ${plural(limit, 'character', 'characters')}`;
    case 'array':
    case 'set':
      return `at ${side} ${plural(limit, 'item', 'items')}`;
    default:
      return inclusive ? `at ${side} ${limit}` : `${more} than ${limit}`;
  }
}

/** The message of an issue the schema did not word itself. */
export function issueMessage(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, received ${kind(issue.input)}`;
    case 'too_small':
      return bound(issue, issue.minimum, issue.inclusive ?? true, 'least');
    case 'too_big':
      return bound(issue, issue.maximum, issue.inclusive ?? true, 'most');
    case 'invalid_value':
      return issue.values.length === 1
        ? `expected ${JSON.stringify(issue.values[0])}`
        : `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'regex' ? 'not in the expected form' : `not a valid ${issue.format}`;
    case 'not_multiple_of':
      return `not a multiple of ${issue.divisor}`;
    case 'invalid_union':
      return 'matches none of the allowed forms';
    default:
      return 'invalid value';
  }
}
