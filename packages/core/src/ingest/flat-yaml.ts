/** YAML the reader cannot read, at a 1-based line of the YAML and an offset in it (for the snippet). */
export class FrontMatterSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly offset: number,
    readonly detail?: string,
  ) {
    super(message);
  }
}

const NOT_YAML = 'front matter is not valid YAML';
const ASYNC_ONLY =
  'front matter uses YAML only readSourceAsync reads (a multi-line value, block scalar, anchor or tag): write the field on one line as key: value, or read the file with readSourceAsync';

const KEY =
  /^(?:'([^']*)'|"([^"\\]*)"|([^\s#'"[\]{},&*!|>%@`:-][^:#]*?|-[^\s:][^:#]*?))[ \t]*:(?=[ \t]|$)[ \t]*/;

/** YAML 1.2 core schema: what a plain scalar resolves to, as the `yaml` package resolves it. */
function plainValue(text: string): unknown {
  if (text === '' || text === '~' || /^(?:null|Null|NULL)$/.test(text)) return null;
  if (/^(?:true|True|TRUE)$/.test(text)) return true;
  if (/^(?:false|False|FALSE)$/.test(text)) return false;
  if (/^[-+]?[0-9]+$/.test(text) || /^0o[0-7]+$/.test(text) || /^0x[0-9a-fA-F]+$/.test(text))
    return Number(text.startsWith('0o') ? Number.parseInt(text.slice(2), 8) : text);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(text)) return Number(text);
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
  if (/^\.(?:nan|NaN|NAN)$/.test(text)) return Number.NaN;
  return text;
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029',
};
const HEX_DIGITS: Record<string, number> = { x: 2, u: 4, U: 8 };

/** A double-quoted scalar from `at` (its opening quote): the value and where it ends, or null if unclosed. */
function doubleQuoted(line: string, at: number): { value: string; end: number } | null {
  let value = '';
  for (let i = at + 1; i < line.length; i++) {
    const c = line[i] as string;
    if (c === '"') return { value, end: i + 1 };
    if (c !== '\\') {
      value += c;
      continue;
    }
    const e = line[i + 1] ?? '';
    const digits = HEX_DIGITS[e];
    if (digits !== undefined) {
      const hex = line.slice(i + 2, i + 2 + digits);
      if (!new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(hex)) return null;
      value += String.fromCodePoint(Number.parseInt(hex, 16));
      i += 1 + digits;
    } else if (e in ESCAPES) {
      value += ESCAPES[e];
      i += 1;
    } else return null;
  }
  return null;
}

/** A single-quoted scalar from `at`: '' is a quote. */
function singleQuoted(line: string, at: number): { value: string; end: number } | null {
  let value = '';
  for (let i = at + 1; i < line.length; i++) {
    if (line[i] !== "'") value += line[i];
    else if (line[i + 1] === "'") {
      value += "'";
      i += 1;
    } else return { value, end: i + 1 };
  }
  return null;
}

/** The bracket that closes the flow collection opened at `at`, on this line, or -1. */
function flowEnd(line: string, at: number): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = at; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') depth += 1;
    else if (c === ']' || c === '}') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/**
 * Reads a front matter written as `key: value` lines — what report front matter is in practice — without a YAML
 * library, so the synchronous readers (and `extract` on a string) carry none. The `fields` jianbao reads resolve as the `yaml` package resolves them (plain, quoted, null, numbers); other
 * keys are skipped with whatever nested lines follow them. A field written in YAML this reader does not read (a
 * multi-line value, block scalar, anchor, tag) is refused naming the line: readSourceAsync reads full YAML.
 */
export function readFlatYaml(yaml: string, fields: readonly string[]): Record<string, unknown> {
  const read = new Set(fields);
  const data: Record<string, unknown> = {};
  const lines = yaml.split('\n');
  let offset = 0;
  /** The field whose value is still open (a read key with nothing after its colon). */
  let open: string | null = null;
  /** A read key whose one-line value is complete: nested lines after it would make it multi-line. */
  let closed = false;
  const fail = (message: string, index: number, at: number): never => {
    throw new FrontMatterSyntaxError(message, index + 1, at);
  };
  lines.forEach((raw, index) => {
    const start = offset;
    offset += raw.length + 1;
    const line = raw.replace(/\r$/, '');
    if (/^[ \t]*(?:#.*)?$/.test(line)) return;
    if (/^[ \t]/.test(line) || /^-(?:[ \t]|$)/.test(line)) {
      // A nested line: part of the value of the key above.
      if (open) {
        const rest = line.trim();
        // A list or a mapping under a field is not text (the schema names the field); anything else is a
        // multi-line scalar, which only the full parser reads.
        if (/^-(?:[ \t]|$)/.test(rest) || KEY.test(rest)) data[open] = /^-/.test(rest) ? [] : {};
        else fail(ASYNC_ONLY, index, start);
        open = null;
      } else if (closed) fail(ASYNC_ONLY, index, start);
      return;
    }
    open = null;
    closed = false;
    if (line.startsWith('%')) fail(ASYNC_ONLY, index, start);
    const key = KEY.exec(line);
    if (!key) fail(NOT_YAML, index, start);
    const name = (key?.[1] ?? key?.[2] ?? key?.[3] ?? '').trim();
    if (!read.has(name)) return;
    const at = key?.[0].length ?? 0;
    const rest = line.slice(at);
    const after = (end: number): void => {
      // Only a comment may follow, after a space.
      if (!/^(?:[ \t]+(?:#.*)?)?$/.test(rest.slice(end))) fail(NOT_YAML, index, start + at + end);
    };
    const first = rest[0];
    if (rest === '' || /^#/.test(rest)) {
      data[name] = null;
      open = name;
    } else if (first === '"' || first === "'") {
      const quoted = first === '"' ? doubleQuoted(rest, 0) : singleQuoted(rest, 0);
      if (!quoted) fail(NOT_YAML, index, start + at);
      after(quoted?.end ?? 0);
      data[name] = quoted?.value;
      closed = true;
    } else if (first === '[' || first === '{') {
      const end = flowEnd(rest, 0);
      if (end < 0) fail(NOT_YAML, index, start + at);
      after(end + 1);
      data[name] = first === '[' ? [] : {};
    } else if ('|>&*!'.includes(first ?? '')) {
      fail(ASYNC_ONLY, index, start + at);
    } else if ('@`%,]}'.includes(first ?? '') || /^[-?:](?:[ \t]|$)/.test(rest)) {
      // Reserved indicators, and `- ` (a list entry cannot follow a key on its line).
      fail(NOT_YAML, index, start + at);
    } else {
      const text = rest.replace(/[ \t]+#.*$/, '').trim();
      // `a: b: c` is a mapping inside a plain scalar, which YAML refuses.
      if (/:(?:[ \t]|$)/.test(text)) fail(NOT_YAML, index, start + at);
      data[name] = plainValue(text);
      closed = true;
    }
  });
  return data;
}
