import type { Writable } from 'node:stream';

/**
 * `JSON.stringify(value, null, spaces)` in pieces (0 spaces: compact, as `JSON.stringify(value)`), for plain
 * data (objects, arrays, strings, numbers, booleans, null; `undefined` and functions left out of objects and
 * null in arrays, as JSON.stringify does). The whole text of a large extraction is over V8's string limit ("Invalid string length"); its pieces are not.
 * Iterative (an explicit stack), so depth does not matter either.
 */
export function* jsonChunks(value: unknown, spaces = 2): Generator<string> {
  const step = ' '.repeat(spaces);
  const newline = spaces > 0 ? '\n' : '';
  const colon = spaces > 0 ? ': ' : ':';
  type Frame = { entries: Array<[string | null, unknown]>; next: number; indent: string; close: string };
  const open = (v: unknown, indent: string): Frame | string => {
    if (v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON !== 'function') {
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

/** Writes `value` as JSON (2-space indent) and a newline to `stream` in pieces of about 64 KB, awaiting drain. */
export async function writeJson(stream: Writable, value: unknown): Promise<void> {
  for (const piece of batched(jsonChunks(value), '\n')) {
    if (!stream.write(piece)) await new Promise<void>((resolve) => stream.once('drain', resolve));
  }
}

/** The chunks joined into pieces of about `size` characters, then `tail`. */
export function* batched(chunks: Iterable<string>, tail = '', size = 1 << 16): Generator<string> {
  let buffer = '';
  for (const chunk of chunks) {
    buffer += chunk;
    if (buffer.length >= size) {
      yield buffer;
      buffer = '';
    }
  }
  yield buffer + tail;
}
