import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The bodies of a dataset's reports (its .md files but README.md, in name order): front matter is per file. */
export function reportBodies(dataDir: string): string[] {
  return readdirSync(dataDir)
    .sort()
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .map((name) => readFileSync(join(dataDir, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
}
