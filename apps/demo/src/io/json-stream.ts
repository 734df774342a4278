import type { Writable } from 'node:stream';

/** Subtrees whose text is surely shorter than this are written whole by JSON.stringify (native, many times faster). */
const WHOLE = 1 << 14;

/**
 * `JSON.stringify(value, null, spaces)` in pieces (0 spaces: compact, as `JSON.stringify(value)`), for plain
 * data (objects, arrays, strings, numbers, booleans, null; `undefined` and functions left out of objects and
 * null in arrays, as JSON.stringify does). The whole text of a large extraction is over V8's string limit
 * ("Invalid string length"); its pieces are not. A subtree surely under 16 K characters is one piece, written by
 * JSON.stringify; larger ones are taken apart. Iterative (an explicit stack), so depth does not matter either.
 */
export function* jsonChunks(value: unknown, spaces = 2): Generator<string> {
  const step = ' '.repeat(spaces);
  const newline = spaces > 0 ? '\n' : '';
  const colon = spaces > 0 ? ': ' : ':';
  type Frame = { entries: Array<[string | null, unknown]>; next: number; indent: string; close: string };
  const open = (v: unknown, indent: string): Frame | string => {
    if (v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON !== 'function') {
      if (fitsIn(v, WHOLE, indent.length, spaces)) {
        const text = JSON.stringify(v, null, spaces);
        // JSON text holds no raw newline but those of its layout: each line after the first moves in by `indent`.
        return spaces > 0 && indent !== '' ? text.replaceAll('\n', `\n${indent}`) : text;
      }
      if (Array.isArray(v)) {
        if (v.length === 0) return '[]';
        return { entries: v.map((item) => [null, item]), next: 0, indent, close: ']' };
      }
      const entries = Object.entries(v).filter(
        ([, item]) => item !== undefined && typeof item !== 'function',
      );
      if (entries.length === 0) return '{}';
      return { entries, next: 0, indent, close: '}' };
    }
    return JSON.stringify(v) ?? 'null';
  };
  const first = open(value, '');
  if (typeof first === 'string') {
    yield first;
    return;
  }
  yield first.close === ']' ? '[' : '{';
  const stack: Frame[] = [first];
  for (let frame = stack.at(-1); frame !== undefined; frame = stack.at(-1)) {
    if (frame.next === frame.entries.length) {
      stack.pop();
      yield `${newline}${frame.indent}${frame.close}`;
      continue;
    }
    const [key, item] = frame.entries[frame.next] as [string | null, unknown];
    const inner = `${frame.indent}${step}`;
    yield `${frame.next > 0 ? ',' : ''}${newline}${inner}${key === null ? '' : `${JSON.stringify(key)}${colon}`}`;
    frame.next++;
    const child = open(item === undefined || typeof item === 'function' ? null : item, inner);
    if (typeof child === 'string') yield child;
    else {
      yield child.close === ']' ? '[' : '{';
      stack.push(child);
    }
  }
}

/**
 * Inputs of at most this many characters (some 12 MB of Chinese text) are written by one JSON.stringify: native,
 * three times faster than taking the value apart (10 MB of reports, 4 M characters: 70 against 220 ms), and in a
 * fresh process the 13-city data file 35 → 7 ms. Their JSON is some 4 characters per input character; should a
 * dense input's still pass V8's string limit, JSON.stringify says so (RangeError) and the value is written in pieces.
 * Above this, pieces only, so memory stays at 64 KB of text however large the output.
 */
export const WHOLE_INPUT_CHARS = 1 << 22;

/**
 * `value` as JSON and a newline, as one string when the input it was made from has at most WHOLE_INPUT_CHARS
 * characters (`inputChars`; unknown: in pieces) and the JSON fits in a string, else in pieces of about 64 KB
 * (`jsonChunks`, `batched`). `stringify` is JSON.stringify (a test stands in a failing one).
 */
export function jsonPieces(
  value: unknown,
  spaces: number,
  inputChars = Number.POSITIVE_INFINITY,
  stringify: (value: unknown, replacer: null, spaces: number) => string | undefined = JSON.stringify,
): Iterable<string> {
  if (inputChars <= WHOLE_INPUT_CHARS) {
    try {
      return [`${stringify(value, null, spaces) ?? 'null'}\n`];
    } catch (error) {
      // "Invalid string length": too long for one string; anything else is not ours to hide.
      if (!(error instanceof RangeError)) throw error;
    }
  }
  return batched(jsonChunks(value, spaces), '\n');
}

/**
 * Writes `value` as JSON and a newline to `stream` (see jsonPieces), awaiting drain: indented by `spaces` per
 * level (2 by default), compact with 0.
 */
export async function writeJson(
  stream: Writable,
  value: unknown,
  spaces = 2,
  inputChars?: number,
): Promise<void> {
  for (const piece of jsonPieces(value, spaces, inputChars)) {
    if (!stream.write(piece)) await new Promise<void>((resolve) => stream.once('drain', resolve));
  }
}

/** The chunks joined into pieces of at most `size` characters (or one chunk, when longer), then `tail`. */
export function* batched(chunks: Iterable<string>, tail = '', size = 1 << 16): Generator<string> {
  let buffer = '';
  for (const chunk of chunks) {
    if (buffer.length + chunk.length > size && buffer !== '') {
      yield buffer;
      buffer = '';
    }
    buffer += chunk;
  }
  yield buffer + tail;
}

/** Characters a string may need in JSON at most: 6 for each one escaped as \\uXXXX, when any may be escaped. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are those JSON escapes.
const MAY_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * Whether the JSON text of `value`, written at `indentWidth` with `spaces` per level, is surely under `budget`
 * characters: an upper bound summed over a walk that stops as soon as it reaches the budget. A value with
 * `toJSON` (its text is not known from its fields) never fits.
 */
function fitsIn(value: unknown, budget: number, indentWidth: number, spaces: number): boolean {
  let left = budget;
  const stack: Array<[unknown, number]> = [[value, indentWidth]];
  const text = (s: string) => (MAY_ESCAPE.test(s) ? s.length * 6 : s.length) + 2;
  while (stack.length > 0) {
    const [v, width] = stack.pop() as [unknown, number];
    if (typeof v === 'string') left -= text(v);
    else if (v === null || typeof v !== 'object') left -= 25;
    else if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return false;
    else {
      // Brackets, and the newline and indent before the closing one.
      left -= 3 + width;
      const inner = width + spaces;
      if (Array.isArray(v)) {
        for (const item of v) {
          left -= 2 + inner;
          if (left <= 0) return false;
          stack.push([item, inner]);
        }
      } else {
        for (const key in v) {
          if (!Object.hasOwn(v, key)) continue;
          left -= 4 + inner + text(key);
          if (left <= 0) return false;
          stack.push([(v as Record<string, unknown>)[key], inner]);
        }
      }
    }
    if (left <= 0) return false;
  }
  return true;
}
