import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The example article (13 Jiangsu cities, Traditional script) lives outside the repository, in ../shared/seeds
 * next to the checkout. Tests that need it skip when it is absent (a fresh clone).
 */
const path = fileURLToPath(new URL('../../../../shared/seeds/000_25c6cbe3a67b6b86.txt', import.meta.url));

export const seedArticle: string | null = existsSync(path) ? readFileSync(path, 'utf8') : null;

/** Appended to the names of tests that need the article. */
export const SEED_NOTE = '(needs ../shared/seeds; skipped when absent)';

if (!seedArticle) console.warn(`Example article not found at ${path}: its tests are skipped.`);
