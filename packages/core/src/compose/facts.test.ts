import { describe, expect, it } from 'vitest';
import type { FactRef } from '../summarize/types.js';
import { tellingFirsts } from './facts.js';

const fact = (city: string, text: string): FactRef => ({
  city,
  origin: null,
  text,
  span: [0, text.length],
  quote: text,
  quoteSpan: [0, text.length],
});

describe('tellingFirsts', () => {
  it('keeps firsts that say what was done, once each, without a dangling 以来 or bracket', () => {
    const firsts = [
      fact('甲', '在全省率先建立代表履职档案'),
      fact('甲', '在全省率先建立代表履职档案'),
      fact('乙', '首次召开座谈会以来'),
      fact('乙', '首个)'),
      fact('丙', '率先'),
      fact('丙', '全国首创'),
      fact('丙', '全省首家制定'),
    ];
    expect(tellingFirsts(firsts).map((f) => [f.city, f.text])).toEqual([
      ['甲', '在全省率先建立代表履职档案'],
      ['乙', '首次召开座谈会'],
      ['丙', '全省首家制定'],
    ]);
  });
});
