import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type BriefingDocument,
  composeBriefing,
  extract,
  readSource,
  reportsOf,
  summarize,
} from '@jianbao/core';

/**
 * The two briefings a user sees first, composed as the CLI composes them: the bundled Jiangsu dataset (`jianbao
 * demo`) and the example article (`jianbao brief …/000_25c6cbe3a67b6b86.txt`), with a full closing block.
 */
const root = fileURLToPath(new URL('../../../../', import.meta.url));
export const BUNDLED = join(root, 'apps/demo/data/jiangsu');
export const ARTICLE = join(root, '../shared/seeds/000_25c6cbe3a67b6b86.txt');
export const hasArticleSeed = existsSync(ARTICLE);

async function compose(
  files: string[],
  base: string,
  style: 'official' | 'modern',
): Promise<BriefingDocument> {
  const reports = files.flatMap((file) => {
    const origin = file.slice(base.length + 1);
    const source = readSource(readFileSync(file), { origin });
    return reportsOf(source, extract(source, { origin }), { preface: true, origin });
  });
  return composeBriefing(summarize(reports), {
    date: '2024-01-15',
    style,
    recipients: { report: '省委办公厅', issue: '各设区市人大常委会', copy: '省政府办公厅' },
    copies: 80,
  });
}

export function bundledBriefing(style: 'official' | 'modern' = 'official'): Promise<BriefingDocument> {
  const files = readdirSync(BUNDLED)
    .filter((name) => /\.(md|txt)$/.test(name) && !/^readme/i.test(name))
    .sort()
    .map((name) => join(BUNDLED, name));
  return compose(files, join(BUNDLED, '..'), style);
}

export function articleBriefing(style: 'official' | 'modern' = 'official'): Promise<BriefingDocument> {
  return compose([ARTICLE], join(ARTICLE, '..'), style);
}
