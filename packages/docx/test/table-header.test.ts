import { exampleDocument } from '@jianbao/core';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../src/index.js';
import { openDocx } from './read-docx.js';

describe('a table header too wide for its column', () => {
  it('puts the unit closing it on a line of its own (惠企资金⏎（亿元）); a header that fits stays one line', async () => {
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
    const body = await (await openDocx(await renderDocx(doc))).part('word/document.xml');
    expect(body).toMatch(/<w:t[^>]*>惠企资金<\/w:t><\/w:r><w:r><w:br\/><w:t[^>]*>（亿元）<\/w:t>/);
    // 城市 fits its column: no break.
    expect(body).toMatch(/<w:t[^>]*>城市<\/w:t><\/w:r><\/w:p>/);
  });
});
