import { describe, expect, it } from 'vitest';
import { figureText } from './figureText.js';
import { chineseNumeral, headingNumber } from './numbering.js';

const f = (
  value: number,
  unit: string,
  qualifier: Parameters<typeof figureText>[0]['qualifier'],
  valueMax = null as number | null,
) => ({
  value,
  valueMax,
  unit,
  qualifier,
});

describe('figureText: a figure as a briefing prints it', () => {
  it('prints every qualifier in Simplified script', () => {
    expect(figureText(f(1198, '次', 'exact'))).toBe('1198次');
    expect(figureText(f(80, '场', 'more_than'))).toBe('80余场');
    expect(figureText(f(100000, '名', 'nearly'))).toBe('近10万名');
    expect(figureText(f(3000, '人次', 'over'))).toBe('超3000人次');
    expect(figureText(f(300, '项', 'approx'))).toBe('约300项');
    expect(figureText(f(30000, '户', 'range', 40000))).toBe('3万至4万户');
    expect(figureText(f(8300, '名', 'at_least'))).toBe('逾8300名');
    expect(figureText(f(8300, '名', 'at_least'), { lowerBound: 'zhishao' })).toBe('至少8300名');
  });

  it('prints the same in Traditional script', () => {
    expect(figureText(f(25000, '次', 'more_than'), { script: 'hant' })).toBe('2.5萬餘次');
    expect(figureText(f(300, '項', 'approx'), { script: 'hant' })).toBe('約300項');
    expect(figureText(f(25000000000, '元', 'exact'), { script: 'hant' })).toBe('250億元');
    expect(figureText(f(23000, '名', 'at_least'), { script: 'hant' })).toBe('逾2.3萬名');
    expect(figureText(f(23045, '名', 'at_least'), { script: 'hant' })).toBe('逾23045名');
  });

  it('writes 万 and 亿 with at most one decimal, and the number in full where that would lose a digit', () => {
    expect(figureText(f(25000, '次', 'exact'))).toBe('2.5万次');
    expect(figureText(f(9999, '次', 'exact'))).toBe('9999次');
    // 1.9045万 would need four decimals (an editor writes 万 with one at most): the digits stay, no rounding.
    expect(figureText(f(19045, '人次', 'exact'))).toBe('19045人次');
    expect(figureText(f(1020000, '名', 'exact'))).toBe('102万名');
    expect(figureText(f(1020094, '名', 'exact'))).toBe('1020094名');
    expect(figureText(f(250000000, '元', 'exact'))).toBe('2.5亿元');
    expect(figureText(f(123456789, '元', 'exact'))).toBe('123456789元');
  });

  it('leaves the unit to a column header when asked', () => {
    expect(figureText(f(80, '场', 'more_than'), { withUnit: false })).toBe('80余');
    expect(figureText(f(12000, '次', 'at_least'), { withUnit: false })).toBe('逾1.2万');
  });

  it('writes plain digits in a column headed 万元 (no 万 or 亿 of its own)', () => {
    expect(figureText(f(32000, '', 'exact'), { withUnit: false, grouping: false })).toBe('32000');
    expect(figureText(f(28500.5, '', 'more_than'), { withUnit: false, grouping: false })).toBe('28500.5余');
    expect(figureText(f(32000, '', 'exact'), { withUnit: false })).toBe('3.2万');
  });

  it('reads percentages the Chinese way', () => {
    expect(figureText(f(98, '%', 'exact'))).toBe('98%');
    expect(figureText(f(90, '%', 'more_than'))).toBe('90%以上');
    expect(figureText(f(80, '%', 'range', 90))).toBe('80%至90%');
  });
});

describe('heading numbers', () => {
  it('writes Chinese numerals', () => {
    expect([1, 9, 10, 11, 20, 21, 99, 100, 105, 110].map(chineseNumeral)).toEqual([
      '一',
      '九',
      '十',
      '十一',
      '二十',
      '二十一',
      '九十九',
      '一百',
      '一百零五',
      '一百一十',
    ]);
  });

  it('numbers each level as GB/T 9704 does', () => {
    expect(headingNumber(1, 3)).toBe('三、');
    expect(headingNumber(2, 12)).toBe('（十二）');
    expect(headingNumber(3, 2)).toBe('2.');
    expect(headingNumber(4, 4)).toBe('（4）');
  });
});
