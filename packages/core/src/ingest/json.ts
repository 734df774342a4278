import * as z from 'zod/mini';
import { JianbaoError, snippetAt } from '../errors.js';
import { check } from '../schema-issues.js';
import { type CityRecord, CityRecordSchema } from './structured.js';

/** JSON input: one city record or a non-empty array of them (see CityRecordSchema). */
export const JsonInputSchema = z.union([CityRecordSchema, z.array(CityRecordSchema).check(z.minLength(1))]);

/** Parses JSON text; syntax errors → INPUT_FORMAT (line, column); schema errors → INPUT_SCHEMA (field path). */
export function parseJsonRecords(text: string, where: string): CityRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw syntaxError(text, where, (error as Error).message);
  }
  return validateRecords(data, where);
}

/**
 * Checks already-parsed data as JSON input is checked (one record or a non-empty array, each against
 * CityRecordSchema): INPUT_SCHEMA naming the failing field. `fromRecords` and JSON files share it.
 */
export function validateRecords(data: unknown, where: string): CityRecord[] {
  checkDepth(data, where);
  // Validate one record or each record of an array separately, so the message names the failing field.
  const result = Array.isArray(data)
    ? check(z.array(CityRecordSchema).check(z.minLength(1)), data)
    : check(CityRecordSchema, data);
  if (!result.success) {
    // A misspelt field (`unti`) is named as such, not as the missing field it was meant to be (`unit`).
    const issue = result.error.issues.find((i) => i.code === 'unrecognized_keys') ?? result.error.issues[0];
    const path = formatPath(issue?.path ?? []);
    const value = valueAt(data, issue?.path ?? []);
    throw new JianbaoError('INPUT_SCHEMA', `${where}: field ${path}: ${issue?.message}`, {
      where: `${where}, field ${path}`,
      snippet: value === undefined ? '(missing)' : JSON.stringify(value).slice(0, 60),
      path,
    });
  }
  return Array.isArray(result.data) ? result.data : [result.data];
}

/** Records are a few levels deep; deeper nesting is refused before anything walks it recursively. */
export const MAX_JSON_DEPTH = 64;

/** INPUT_SCHEMA when `data` nests deeper than MAX_JSON_DEPTH (checked with an explicit stack, no recursion). */
function checkDepth(data: unknown, where: string): void {
  const stack: Array<[unknown, number, string]> = [[data, 0, '']];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [value, depth, path] = item;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_JSON_DEPTH) {
      const at = path.length > 48 ? `${path.slice(0, 48)}…` : path || '(root)';
      throw new JianbaoError(
        'INPUT_SCHEMA',
        `${where}: field ${at}: nested deeper than ${MAX_JSON_DEPTH} levels; a city record is a few levels deep`,
        { where: `${where}, field ${at}`, snippet: `${MAX_JSON_DEPTH}+ levels`, path: at },
      );
    }
    if (Array.isArray(value))
      for (const [i, v] of value.entries()) stack.push([v, depth + 1, `${path}[${i}]`]);
    else for (const [k, v] of Object.entries(value)) stack.push([v, depth + 1, path ? `${path}.${k}` : k]);
  }
}

/** `[2].metrics[0].unit` */
function formatPath(path: PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`)).join('');
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * INPUT_FORMAT for a JSON syntax error, at the line and column when the engine tells the offset (V8 says
 * "at position N" or "(line L column C)" depending on its version), else with the engine's own excerpt.
 */
function syntaxError(text: string, where: string, message: string): JianbaoError {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  const position = /position (\d+)/.exec(message);
  let at: string | null = null;
  let offset = 0;
  if (lineColumn) {
    at = `line ${lineColumn[1]}, column ${lineColumn[2]}`;
    offset =
      text
        .split('\n')
        .slice(0, Number(lineColumn[1]) - 1)
        .join('\n').length + Number(lineColumn[2]);
  } else if (position) {
    offset = Number(position[1]);
    const line = text.slice(0, offset).split('\n').length;
    at = `line ${line}, column ${offset - text.lastIndexOf('\n', offset - 1)}`;
  }
  const place = at ? `${where}, ${at}` : where;
  return new JianbaoError('INPUT_FORMAT', `${place}: invalid JSON (${message})`, {
    where: place,
    snippet: at ? snippetAt(text, offset) : message,
  });
}
