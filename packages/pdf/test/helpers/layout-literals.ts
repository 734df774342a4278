import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Lines of renderer source that hold a layout value of their own: a number other than 0, 1 and 2 (which count,
 * halve and double), a colour (#E60012, 'E60012'), a length in mm or pt, a size in 号. Comments are skipped, and
 * so are numbers that are not layout: heading levels (`heading(3)`, object keys `3:`) and text cut for a message
 * (`.slice(0, 80)`).
 */
export function layoutLiterals(files: string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const code = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
      .replace(/\/\/.*$/gm, '');
    code.split('\n').forEach((line, index) => {
      const plain = line
        .replace(/\.slice\([^)]*\)/g, '')
        .replace(/\bheading\(\d\)/g, '')
        // Strings are words, except those that look like a colour, a length or a size.
        .replace(/'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`/g, (text) =>
          /^.#?[0-9A-Fa-f]{6}.$|#[0-9A-Fa-f]{6}|[号號]|\d\s*(mm|pt)\b/.test(text) ? text : "''",
        );
      const numbers = [...plain.matchAll(/(?<![\w.])(\d+(?:\.\d+)?)(?![\w.])(?!\s*:)/g)]
        .map((match) => match[1])
        .filter((n) => n !== '0' && n !== '1' && n !== '2');
      if (
        numbers.length > 0 ||
        /#[0-9A-Fa-f]{6}\b|'[0-9A-Fa-f]{6}'|[号號]|\bmm\(|\d\s*(mm|pt)\b/.test(plain)
      ) {
        found.push(`${file}:${index + 1}: ${line.trim()}`);
      }
    });
  }
  return found;
}

export const sourcesIn = (folder: string): string[] =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(folder, name));
