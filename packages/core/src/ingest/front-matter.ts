import * as z from 'zod/mini';
import { JianbaoError, snippetAt } from '../errors.js';
import { lazy } from '../lazy.js';
import { check } from '../schema-issues.js';
import type { SourceMeta } from '../types.js';
import { FrontMatterSyntaxError, readFlatYaml } from './flat-yaml.js';
import { MAX_CITY_NAME } from './limits.js';

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** The front matter fields jianbao reads; other keys are allowed and ignored. */
export const FRONT_MATTER_FIELDS = ['city', 'source', 'date', 'title'] as const;

/** Front matter fields jianbao reads; other keys are allowed and ignored. Built on first use. */
const frontMatterSchema = lazy(() => {
  // YAML scalars that may carry a field: 2024-01-05 and 2024 are read as written.
  const field = z.optional(
    z.nullable(
      z.pipe(
        z.union([z.string(), z.number()]),
        z.transform((v) => String(v).trim()),
      ),
    ),
  );
  return z.looseObject({
    city: field.check(
      z.refine((v) => v == null || [...v].length <= MAX_CITY_NAME, {
        message: `a city name is at most ${MAX_CITY_NAME} characters`,
      }),
    ),
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

/**
 * Parses a front matter's YAML: the full parser (the `yaml` package, which readSourceAsync loads on demand) or the
 * built-in reader of `key: value` lines (readFlatYaml), which the synchronous readers use. It throws
 * FrontMatterSyntaxError (a 1-based line within the YAML, and an offset for the snippet) for what it cannot read.
 */
export type YamlParser = (yaml: string) => unknown;

export const hasFrontMatter = (text: string): boolean => FENCE.test(text);

/**
 * Whether the text's front matter (if any) is one the `key: value` reader reads: then readSourceAsync reads it so
 * too — where that reader accepts a front matter it gives what the yaml package gives — and loads no YAML library.
 */
export function readsAsKeyValueLines(text: string): boolean {
  const match = FENCE.exec(text);
  if (!match) return true;
  try {
    readFlatYaml(match[1] ?? '', FRONT_MATTER_FIELDS);
    return true;
  } catch (error) {
    if (error instanceof FrontMatterSyntaxError) return false;
    throw error;
  }
}

/** The full YAML parser, for readSourceAsync: loaded once, when a front matter is first read. */
export async function loadYamlParser(): Promise<YamlParser> {
  const module = await import('yaml');
  // A bundler that wraps yaml's CommonJS build (the CLI's) gives its exports as `default` only.
  const { parse, YAMLParseError } =
    'parse' in module ? module : (module as { default: typeof module }).default;
  return (yaml) => {
    try {
      // uniqueKeys: false — the duplicate-key check compares every key with every other (40,000 keys: 10 s);
      // logLevel 'error' — an unknown tag (!!js/function) is read as plain text, not a warning on stderr.
      return parse(yaml, { uniqueKeys: false, logLevel: 'error' });
    } catch (error) {
      if (!(error instanceof YAMLParseError)) throw error;
      throw new FrontMatterSyntaxError(
        'front matter is not valid YAML',
        error.linePos?.[0]?.line ?? 1,
        error.pos[0] ?? 0,
        error.message,
      );
    }
  };
}

/**
 * Reads a front matter (`---` … `---`) for city, source, date and title. Returns null when the text has none.
 * YAML it cannot read → INPUT_FORMAT naming the line; fields of the wrong type → INPUT_SCHEMA naming the field.
 */
export function readFrontMatter(
  text: string,
  where: string,
  parse: YamlParser = (yaml) => readFlatYaml(yaml, FRONT_MATTER_FIELDS),
): FrontMatter | null {
  const match = FENCE.exec(text);
  if (!match) return null;
  const yaml = match[1] ?? '';
  let data: unknown;
  try {
    data = parse(yaml);
  } catch (error) {
    if (!(error instanceof FrontMatterSyntaxError)) throw error;
    // The YAML starts on the file's second line, after the opening ---.
    const line = error.line + 1;
    throw new JianbaoError('INPUT_FORMAT', `${where}, line ${line}: ${error.message}`, {
      where: `${where}, line ${line}`,
      snippet: snippetAt(yaml, error.offset),
      ...(error.detail ? { cause: error.detail } : {}),
    });
  }
  const result = check(frontMatterSchema(), data ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue?.path.join('.') || '(front matter)';
    throw new JianbaoError('INPUT_SCHEMA', `${where}: front matter field ${path}: ${issue?.message}`, {
      where: `${where}, front matter field ${path}`,
      snippet: snippetAt(yaml, 0, 40),
    });
  }
  const meta: SourceMeta = {};
  for (const key of FRONT_MATTER_FIELDS) {
    const value = result.data[key];
    if (value) meta[key] = value;
  }
  return { meta, bodyStart: match[0].length };
}
