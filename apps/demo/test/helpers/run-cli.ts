import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const cliPath = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
export const datasetDir = fileURLToPath(new URL('../../data/jiangsu/', import.meta.url));
export const structuredDir = fileURLToPath(new URL('../../data/jiangsu-structured/', import.meta.url));
export const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** The example article lives outside the repo (../shared); tests that need it skip when it is absent. */
export const articlePath = fileURLToPath(
  new URL('../../../../../shared/seeds/000_25c6cbe3a67b6b86.txt', import.meta.url),
);
export const hasArticle = existsSync(articlePath);
export const noArticleReason = `skipped: the example article ${articlePath} is absent (../shared is not beside this clone)`;

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built bin as a user would, with piped (non-TTY) output. */
export function runCli(args: readonly string[], options: { cwd?: string } = {}): CliRun {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd ?? repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The 13 cities of the dataset in Simplified script, in the article's order. */
export const CITIES_HANS = [
  '南京',
  '无锡',
  '徐州',
  '常州',
  '苏州',
  '南通',
  '连云港',
  '淮安',
  '盐城',
  '扬州',
  '镇江',
  '泰州',
  '宿迁',
];
/** The same in Traditional script, as the example article writes them. */
export const CITIES_HANT = [
  '南京',
  '無錫',
  '徐州',
  '常州',
  '蘇州',
  '南通',
  '連雲港',
  '淮安',
  '鹽城',
  '揚州',
  '鎮江',
  '泰州',
  '宿遷',
];
