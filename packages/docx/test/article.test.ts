import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BriefingDocument, composeBriefing, extractReports, summarize } from '@jianbao/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../src/index.js';
import { docxText, openDocx } from './read-docx.js';
import { JIANGSU_CITIES } from './thirteen-cities.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const seed = resolve(root, '../shared/seeds/000_25c6cbe3a67b6b86.txt');
const absent = existsSync(seed)
  ? null
  : `skipped: the example article ${seed} is absent (../shared is test data only)`;
if (absent) console.warn(absent);

/** The real 13-city article (Traditional script) through the whole pipeline, then into Word. */
describe.skipIf(absent !== null)(absent ?? 'renderDocx on the composed Jiangsu briefing', () => {
  let doc: BriefingDocument;
  let bytes: Uint8Array;
  beforeAll(async () => {
    const reports = extractReports(readFileSync(seed, 'utf8'), { origin: '000_25c6cbe3a67b6b86.txt' });
    doc = await composeBriefing(summarize(reports), { issue: 1, script: 'hant' });
    bytes = await renderDocx(doc);
  });

  it('holds every one of the 13 cities', async () => {
    const text = await docxText(bytes);
    for (const city of JIANGSU_CITIES) {
      // the briefing is in Traditional script: 無錫, 徐州, 連雲港 …
      expect(text, city).toMatch(new RegExp(cityPattern(city)));
    }
  });

  it('shows every quoted sentence and figure, in document order, each citing its source in a comment', async () => {
    const runs = collectCited(doc);
    expect(runs.filter((r) => r.type === 'excerpt').length).toBeGreaterThan(13);
    const text = await docxText(bytes);
    let at = -1;
    for (const run of runs) {
      const shown = run.type === 'excerpt' ? run.children.map((c) => c.value).join('') : run.value;
      const next = text.indexOf(shown, at + 1);
      expect(next, `${shown} after ${at}`).toBeGreaterThan(at);
      at = next;
    }
    // One comment per quoted piece (its figures inside need none of their own) and per figure outside a quote.
    const comments = await (await openDocx(bytes)).part('word/comments.xml');
    expect(comments.split('<w:comment ').length - 1).toBe(runs.length);
    const first = runs[0]?.type === 'excerpt' ? runs[0].source.quote : (runs[0]?.sources[0]?.quote ?? '');
    expect(comments).toContain(first.slice(0, 10));
    // A person finds the source by its line, not by character offsets.
    expect(comments).toMatch(/第\d+行/);
    expect(comments).not.toMatch(/\[\d+, \d+\)/);
  });
});

/** A city name in either script (the few characters that differ between 无锡/無錫, 连云港/連雲港 …). */
function cityPattern(city: string): string {
  const pairs: Record<string, string> = {
    无: '[无無]',
    锡: '[锡錫]',
    连: '[连連]',
    云: '[云雲]',
    苏: '[苏蘇]',
    宁: '[宁寧]',
    扬: '[扬揚]',
    镇: '[镇鎮]',
    盐: '[盐鹽]',
    迁: '[迁遷]',
    门: '[门門]',
  };
  return [...city].map((char) => pairs[char] ?? char).join('');
}

/** The runs that carry a source: quoted pieces and figures outside them, in document order. */
function collectCited(doc: BriefingDocument) {
  return doc.children.flatMap((block) => {
    const runs =
      block.type === 'paragraph' || block.type === 'sourceNote'
        ? block.children
        : block.type === 'list'
          ? block.items.flat()
          : block.type === 'table'
            ? [...block.header, ...block.rows].flat().flatMap((cell) => cell.children)
            : block.type === 'editorsNote'
              ? block.children.flatMap((paragraph) => paragraph.children)
              : [];
    return runs.filter(
      (run): run is Extract<typeof run, { type: 'figure' | 'excerpt' }> =>
        run.type === 'figure' || run.type === 'excerpt',
    );
  });
}
