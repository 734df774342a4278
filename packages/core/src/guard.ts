import { JianbaoError } from './errors.js';

/**
 * Argument checks for the library's entry points: a caller passing null, 42 or {} where a string, bytes or a
 * Source belongs gets JianbaoError('USAGE') naming the function and the argument, not a TypeError from deep
 * inside. Cheap (a typeof or two per call); nothing is walked.
 */
function usage(fn: string, name: string, expected: string, value: unknown): JianbaoError {
  const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
  return new JianbaoError('USAGE', `${fn}: ${name} must be ${expected}, not ${got}`, {
    where: `${fn}(${name})`,
    snippet: got,
  });
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function checkText(fn: string, name: string, value: unknown): asserts value is string {
  if (typeof value !== 'string') throw usage(fn, name, 'a string', value);
}

export function checkBytes(fn: string, name: string, value: unknown): asserts value is Uint8Array {
  if (!(value instanceof Uint8Array)) throw usage(fn, name, 'a Uint8Array', value);
}

export function checkTextOrBytes(fn: string, name: string, value: unknown): void {
  if (typeof value !== 'string' && !(value instanceof Uint8Array)) {
    throw usage(fn, name, 'a string or a Uint8Array', value);
  }
}

/** A Source (an object with a string `text`), or a string when `orString`. */
export function checkSource(fn: string, name: string, value: unknown, orString = false): void {
  if (orString && typeof value === 'string') return;
  if (!isObject(value) || typeof value.text !== 'string') {
    throw usage(fn, name, orString ? 'a string or a Source ({ text, … })' : 'a Source ({ text, … })', value);
  }
}

/** An object with an array `field` (an Extraction's sections, a summary's cities). */
export function checkRecordWith(fn: string, name: string, value: unknown, field: string): void {
  if (!isObject(value) || !Array.isArray(value[field]))
    throw usage(fn, name, `an object with ${field}[]`, value);
}

/** Options: undefined or an object. */
export function checkOptions(fn: string, value: unknown): void {
  if (value !== undefined && !isObject(value)) throw usage(fn, 'options', 'an object', value);
}

/** A size limit: undefined (the default) or a positive whole number — never null, NaN or 0 turning it off. */
export function checkMaxBytes(fn: string, value: unknown): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new JianbaoError(
      'USAGE',
      `${fn}: options.maxBytes must be a positive whole number of bytes, not ${String(value)}`,
      {
        where: `${fn}(options.maxBytes)`,
        snippet: String(value),
      },
    );
  }
}

/**
 * Options: undefined or an object with only `known` keys. An unknown key (a misspelling, an option of another
 * function) is refused with USAGE naming it and the known ones, rather than silently ignored.
 */
export function checkKnownOptions(
  fn: string,
  value: unknown,
  known: readonly string[],
  where = 'options',
): void {
  if (value === undefined) return;
  if (!isObject(value)) throw usage(fn, where, 'an object', value);
  const unknown = Object.keys(value).filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    throw new JianbaoError(
      'USAGE',
      `${fn}: unknown option ${unknown.map((key) => `"${key}"`).join(', ')} in ${where}; known: ${known.join(', ')}`,
      { where: `${fn}(${where}.${unknown[0]})`, snippet: unknown[0] },
    );
  }
}
