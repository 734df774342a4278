import { exampleDocument, inlinesText } from '@jianbao/core';
import { describe, expect, it } from 'vitest';
import { renderPdfNode } from '../src/node.js';
import { readPdf } from './helpers/read-pdf.js';

describe('a long table', () => {
  it('is split across pages with its header row repeated on each, every row printed', async () => {
    const doc = await exampleDocument();
    const table = doc.children.find((block) => block.type === 'table');
    if (table?.type !== 'table') throw new Error('the example document has a table');
    const row = table.rows[0] ?? [];
    // 600 rows: past the 500 that used to be refused; each names its own city so none can go missing.
    table.rows = Array.from({ length: 600 }, (_, i) =>
      row.map((cell, c) =>
        c === 0 ? { children: [{ type: 'text' as const, value: `城${i + 1}号` }] } : cell,
      ),
    );
    const header = inlinesText(table.header[0]?.[0]?.children ?? []);
    expect(header).not.toBe('');
    const { pages } = await readPdf(await renderPdfNode(doc));
    const withRows = pages.filter((page) => /城\d+号/.test(page));
    expect(withRows.length).toBeGreaterThan(5);
    for (const page of withRows) expect(page).toContain(header);
    const printed = new Set(
      pages.flatMap((page) => [...page.matchAll(/城(\d+)号/g)].map((m) => Number(m[1]))),
    );
    expect(printed.size).toBe(600);
  });
});
