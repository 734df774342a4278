/** The label benchmark's measures (bench/label-agreement.ts), on cases counted by hand. */
import { describe, expect, it } from 'vitest';
import { bigramF1, bigrams, wholeClause } from '../bench/label-agreement.js';

describe('bigramF1', () => {
  it('scores a label that says more than the hand-written one', () => {
    // 舉辦代表培訓班: 舉辦 辦代 代表 表培 培訓 訓班 (6); 代表培訓班: 代表 表培 培訓 訓班 (4), all 4 shared.
    // precision 4/6, recall 4/4, F1 = 2·(2/3)·1 / (2/3 + 1) = 0.8.
    expect(bigramF1('舉辦代表培訓班', '代表培訓班')).toBeCloseTo(0.8, 12);
    // Swapped, precision and recall swap and F1 stays.
    expect(bigramF1('代表培訓班', '舉辦代表培訓班')).toBeCloseTo(0.8, 12);
  });

  it('scores a bare verb against the phrase it should have been as nothing shared', () => {
    // 邀請 against 列席常委會會議的市人大代表: no bigram in common.
    expect(bigramF1('邀請', '列席常委會會議的市人大代表')).toBe(0);
  });

  it('counts a one-character string as one unigram and repeated bigrams as often as both have them', () => {
    // 代表 {代表} against 人大代表 {人大, 大代, 代表}: precision 1, recall 1/3, F1 = (2/3)/(4/3) = 0.5.
    expect(bigramF1('代表', '人大代表')).toBeCloseTo(0.5, 12);
    expect(bigramF1('市', '市')).toBe(1);
    expect(bigramF1('市', '市人大')).toBe(0);
    // 哈哈哈 {哈哈×2} against 哈哈 {哈哈×1}: 1 shared, precision 1/2, recall 1, F1 = 2/3.
    expect(bigramF1('哈哈哈', '哈哈')).toBeCloseTo(2 / 3, 12);
  });

  it('ignores punctuation and spaces, and gives 0 for an empty label', () => {
    expect(bigramF1('代表“家站點”', '代表家站點')).toBe(1);
    expect(bigramF1('164 期', '164期')).toBe(1);
    expect(bigramF1('', '參訓')).toBe(0);
    expect(bigramF1('，。', '參訓')).toBe(0);
    expect([...bigrams('“三化”建設')]).toEqual([
      ['三化', 1],
      ['化建', 1],
      ['建設', 1],
    ]);
  });
});

describe('wholeClause', () => {
  const at = (text: string, figure: string): [number, number] => {
    const i = text.indexOf(figure);
    return [i, i + figure.length];
  };

  it('runs from the previous clause mark to the next, the figure included', () => {
    const text = '本年度，舉辦培訓班12期、講座3場；另有代表40名參加。';
    expect(wholeClause(text, ...at(text, '12期'))).toBe('舉辦培訓班12期');
    expect(wholeClause(text, ...at(text, '3場'))).toBe('講座3場');
    expect(wholeClause(text, ...at(text, '40名'))).toBe('另有代表40名參加');
  });

  it('stops at half-width marks but not at a thousands separator, and at line breaks', () => {
    const text = '# 通報\n全市有6,800余名代表,接待選民1,250人次;完成';
    expect(wholeClause(text, ...at(text, '6,800余名'))).toBe('全市有6,800余名代表');
    expect(wholeClause(text, ...at(text, '1,250人次'))).toBe('接待選民1,250人次');
  });
});
