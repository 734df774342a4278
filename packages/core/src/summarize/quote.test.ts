import { describe, expect, it } from 'vitest';
import { MAX_QUOTE, sentenceAround } from './quote.js';

describe('sentenceAround', () => {
  it('cuts the sentence a figure stands in, with its full stop', () => {
    const text = '前一句。开展调研45次，形成报告20篇。后一句';
    const at = text.indexOf('45次');
    expect(sentenceAround(text, 100, [100 + at, 100 + at + 3])).toEqual({
      quote: '开展调研45次，形成报告20篇。',
      quoteSpan: [104, 120],
    });
  });

  it('stops at a line end (text pasted out of PDFs) and trims spaces', () => {
    const text = '标题\n  共举办培训班12期\n下一段';
    const at = text.indexOf('12期');
    expect(sentenceAround(text, 0, [at, at + 3]).quote).toBe('共举办培训班12期');
  });

  it('keeps a run-on sentence to the clauses around the figure', () => {
    const filler = '推进工作'.repeat(100);
    const text = `${filler}，开展调研45次，${filler}。`;
    const at = text.indexOf('45次');
    const { quote, quoteSpan } = sentenceAround(text, 0, [at, at + 3]);
    expect(quote.length).toBeLessThanOrEqual(MAX_QUOTE);
    expect(quote).toContain('开展调研45次');
    expect(text.slice(...quoteSpan)).toBe(quote);
  });
});
