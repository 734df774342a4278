import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

/** Every module the file imports, followed through relative imports; bare specifiers collected. */
function importGraph(entry: string): { files: string[]; packages: Set<string> } {
  const files: string[] = [];
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.includes(file)) return;
    files.push(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'/gm)) {
      const specifier = match[1] ?? '';
      if (specifier.startsWith('.')) visit(join(dirname(file), specifier.replace(/\.js$/, '.ts')));
      else packages.add(specifier);
    }
  };
  visit(entry);
  return { files, packages };
}

describe('the main entry (@jianbao/pdf)', () => {
  it('imports nothing Node-only, so browsers can bundle it (fonts come as bytes)', () => {
    const { files, packages } = importGraph(join(src, 'index.ts'));
    expect(files.length).toBeGreaterThan(10);
    expect(
      [...packages].filter((name) => name.startsWith('node:') || ['fs', 'path', 'module'].includes(name)),
    ).toEqual([]);
  });

  it('leaves file and font discovery to @jianbao/pdf/node', () => {
    const { packages } = importGraph(join(src, 'node.ts'));
    expect(packages.has('node:fs')).toBe(true);
  });
});
