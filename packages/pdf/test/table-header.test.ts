import { describe, expect, it } from 'vitest';
import { renderPdfNode } from '../src/node.js';
import { readPdf } from './helpers/read-pdf.js';
import { wideHeaderDocument } from './helpers/wide-headers.js';

describe('a table header too wide for its column', () => {
  it('sets the unit closing it whole on the next line (惠企资金⏎（亿元）), never broken inside (（亿⏎元）)', async () => {
    const doc = await wideHeaderDocument();
    const { items } = await readPdf(await renderPdfNode(doc));
    // The header's lines, as the page sets them: items on one baseline joined.
    const lines = new Map<number, string>();
    for (const item of (items[0] ?? []).filter((i) =>
      /^[新设经营主体外贸进出口惠企资金（亿元）]+$/.test(i.str),
    ))
      lines.set(Math.round(item.y), `${lines.get(Math.round(item.y)) ?? ''}${item.str}`);
    const text = [...lines.values()].join('\n');
    expect(text).toContain('（亿元）');
    expect(text).not.toMatch(/（亿\n|（亿$/m);
  });
});
