import { parse as parseYaml, YAMLParseError } from 'yaml';
import * as z from 'zod';
import { JianbaoError, snippetAt } from '../errors.js';
import { lazy } from '../lazy.js';
import type { SourceMeta } from '../types.js';
import { MAX_CITY_NAME } from './limits.js';

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** Front matter fields jianbao reads; other keys are allowed and ignored. Built on first use. */
const frontMatterSchema = lazy(() => {
  // YAML scalars that may carry a field: 2024-01-05 and 2024 are read as written.
  const field = z
    .union([z.string(), z.number()])
    .transform((v) => String(v).trim())
    .optional()
    .nullable();
  return z.looseObject({
    city: field.refine((v) => v == null || [...v].length <= MAX_CITY_NAME, {
      message: `a city name is at most ${MAX_CITY_NAME} characters`,
    }),
    source: field,
    date: field,
    title: field,
  });
});

export interface FrontMatter {
  meta: SourceMeta;
  /** Where the body starts (after the closing ---). */
  bodyStart: number;
}

export const hasFrontMatter = (text: string): boolean => FENCE.test(text);

/**
 * Reads YAML front matter (`---` … `---`) for city, source, date and title. Returns null when the text has none.
 * Malformed YAML → INPUT_FORMAT naming the line; fields of the wrong type → INPUT_SCHEMA naming the field.
 */
export function readFrontMatter(text: string, where: string): FrontMatter | null {
  const match = FENCE.exec(text);
  if (!match) return null;
  const yaml = match[1] ?? '';
  let data: unknown;
  try {
    // uniqueKeys: false — the duplicate-key check compares every key with every other (40,000 keys: 10 s);
    // logLevel 'error' — an unknown tag (!!js/function) is read as plain text, not a warning on stderr.
    data = parseYaml(yaml, { uniqueKeys: false, logLevel: 'error' });
  } catch (error) {
    const line = error instanceof YAMLParseError ? (error.linePos?.[0]?.line ?? 1) + 1 : 2;
    throw new JianbaoError('INPUT_FORMAT', `${where}, line ${line}: front matter is not valid YAML`, {
      where: `${where}, line ${line}`,
      snippet: snippetAt(yaml, error instanceof YAMLParseError ? (error.pos[0] ?? 0) : 0),
      cause: error instanceof Error ? error.message : String(error),
    });
  }
  const result = frontMatterSchema().safeParse(data ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue?.path.join('.') || '(front matter)';
    throw new JianbaoError('INPUT_SCHEMA', `${where}: front matter field ${path}: ${issue?.message}`, {
      where: `${where}, front matter field ${path}`,
      snippet: snippetAt(yaml, 0, 40),
    });
  }
  const meta: SourceMeta = {};
  for (const key of ['city', 'source', 'date', 'title'] as const) {
    const value = result.data[key];
    if (value) meta[key] = value;
  }
  return { meta, bodyStart: match[0].length };
}
