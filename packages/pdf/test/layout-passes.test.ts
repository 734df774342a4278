import type { BlockNode } from '@jianbao/core';
import { expect, it, vi } from 'vitest';
import { renderPdfNode } from '../src/node.js';
import { fillerDocument, paragraph } from './helpers/layout-docs.js';
import { readPdf } from './helpers/read-pdf.js';

// Every `true` of the page-break rule makes pdfmake lay the whole document out again; count them.
const moves = vi.hoisted(() => ({ count: 0 }));
vi.mock('../src/layout/keep.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/layout/keep.js')>();
  return {
    ...real,
    keepRules: (...args: Parameters<typeof real.keepRules>) => {
      const moved = real.keepRules(...args);
      if (moved) moves.count++;
      return moved;
    },
  };
});

const SENTENCE = '常委会组织代表深入基层走访群众收集意见建议推动解决实际问题';

it('keeps forty headings with their text in one layout, with no layout pass per heading moved', async () => {
  // Parts of 1 to 7 lines: their headings fall at every height of the page, the foot among them.
  const parts: BlockNode[] = Array.from({ length: 40 }, (_, index) => [
    {
      type: 'heading',
      level: 2,
      numbering: `（${index + 1}）`,
      text: `第${index + 1}市`,
      id: `city-${index + 1}`,
    },
    paragraph(`第${index + 1}市开篇。${SENTENCE.repeat(1 + (index % 7))}。`),
  ]).flat() as BlockNode[];
  moves.count = 0;
  const { pages } = await readPdf(await renderPdfNode(fillerDocument(3, parts)));
  expect(pages.length).toBeGreaterThan(5);
  for (let city = 1; city <= 40; city++) {
    const at = pages.findIndex((page) => page.includes(`（${city}）第${city}市`));
    expect(at, `heading ${city}`).toBeGreaterThanOrEqual(0);
    expect(pages[at], `heading ${city} and the first words of its text share a page`).toContain(
      `第${city}市开篇`,
    );
  }
  // No heading needed the rule that re-lays the document out (at most the closing rule, once).
  expect(moves.count).toBeLessThanOrEqual(1);
}, 120_000);
