import { exampleDocument } from '@jianbao/core';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../src/index.js';
import { docxText, openDocx } from './read-docx.js';

describe('a long table', () => {
  it('keeps every row, its header row marked to repeat on each page Word breaks it across', async () => {
    const doc = await exampleDocument();
    const table = doc.children.find((block) => block.type === 'table');
    if (table?.type !== 'table') throw new Error('the example document has a table');
    const row = table.rows[0] ?? [];
    table.rows = Array.from({ length: 2000 }, (_, i) =>
      row.map((cell, c) =>
        c === 0 ? { children: [{ type: 'text' as const, value: `城${i + 1}号` }] } : cell,
      ),
    );
    const bytes = await renderDocx(doc);
    const xml = await (await openDocx(bytes)).part('word/document.xml');
    const tables = xml.split('<w:tbl>').slice(1);
    const long = tables.find((t) => t.includes('城2000号'));
    expect(long).toBeDefined();
    // The first row is the header, and the only one that repeats.
    const rows = (long ?? '').split('<w:tr>').slice(1);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.slice(1).filter((r) => r.includes('<w:tblHeader/>'))).toHaveLength(0);
    const text = await docxText(bytes);
    expect(new Set(text.match(/城\d+号/g)).size).toBe(2000);
  });
});
