import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type BriefingDocument,
  composeBriefing,
  extract,
  readSource,
  reportsOf,
  summarize,
} from '@jianbao/core';

/** The example article lives in the shared folder next to the repository, which a fresh clone lacks. */
export const articlePath = fileURLToPath(
  new URL('../../../../../shared/seeds/000_25c6cbe3a67b6b86.txt', import.meta.url),
);
export const hasArticle = existsSync(articlePath);
if (!hasArticle) {
  console.warn(`skipping example-article tests: ${articlePath} is absent (../shared is not in a clone)`);
}

/** The 13-city briefing composed from the example article, as the CLI would make it. */
export async function composedArticle(style: 'official' | 'modern' = 'official'): Promise<BriefingDocument> {
  const source = readSource(readFileSync(articlePath), { origin: '000_25c6cbe3a67b6b86.txt' });
  // With its own 編者按, as the CLI reads a compiled article.
  const reports = reportsOf(source, extract(source), { preface: true });
  return composeBriefing(summarize(reports), {
    date: '2024-01-15',
    issue: 3,
    style,
    recipients: { report: '省委辦公廳', send: '省人大常委會各位副主任、秘書長', issue: '各設區市人大常委會' },
    classification: '內部資料',
    copies: 80,
  });
}
