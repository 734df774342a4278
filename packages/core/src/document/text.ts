import type { Inline } from './schema.js';

/** What an inline run prints, as plain text (an excerpt's runs joined). */
export function inlineText(run: Inline): string {
  return run.type === 'excerpt' ? run.children.map((child) => child.value).join('') : run.value;
}

/** What a list of runs prints, as plain text. */
export function inlinesText(runs: readonly Inline[]): string {
  return runs.map(inlineText).join('');
}
