import { exampleDocument } from '@jianbao/core';
import { describe, expect, it } from 'vitest';
import { renderPdfNode } from '../src/node.js';
import { readPdf } from './helpers/read-pdf.js';

describe('a table header too wide for its column', () => {
  it('sets the unit closing it whole on the next line (惠企资金⏎（亿元）), never broken inside (（亿⏎元）)', async () => {
    const doc = exampleDocument();
    const table = doc.children.find((block) => block.type === 'table');
    if (table?.type !== 'table') throw new Error('the example document has a table');
    // As a sheet's columns are headed: each as wide as its name, the unit to go under it.
    const cell = (value: string) => ({ children: [{ type: 'text' as const, value }] });
    const names = ['新设经营主体', '外贸进出口', '惠企资金'];
    table.header = [[cell('城市'), ...names.map((name) => cell(`${name}（亿元）`))]];
    table.rows = [[cell('甲市'), ...names.map(() => cell('21.5'))]];
    table.notes = [];
    table.columns = [
      { align: 'left', width: 3 },
      ...names.map((name) => ({ align: 'right' as const, width: name.length })),
    ];
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
