import { describe, expect, it } from 'vitest';
import { wideHeaderDocument } from '../../pdf/test/helpers/wide-headers.js';
import { renderDocx } from '../src/index.js';
import { openDocx } from './read-docx.js';

describe('a table header too wide for its column', () => {
  it('puts the unit closing it on a line of its own (惠企资金⏎（亿元）); a header that fits stays one line', async () => {
    const doc = await wideHeaderDocument();
    const body = await (await openDocx(await renderDocx(doc))).part('word/document.xml');
    expect(body).toMatch(/<w:t[^>]*>惠企资金<\/w:t><\/w:r><w:r><w:br\/><w:t[^>]*>（亿元）<\/w:t>/);
    // 城市 fits its column: no break.
    expect(body).toMatch(/<w:t[^>]*>城市<\/w:t><\/w:r><\/w:p>/);
  });
});
