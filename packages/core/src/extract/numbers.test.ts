import { describe, expect, it } from 'vitest';
import { parseChineseInteger, parseChineseYear, readNumber } from './numbers.js';

const read = (text: string) => {
  const n = readNumber(text, 0);
  return n && { value: n.value, text: text.slice(n.start, n.end), more: n.more };
};

describe('readNumber', () => {
  it.each([
    ['1198次', 1198, '1198'],
    ['12,806條', 12806, '12,806'],
    ['52.3%', 52.3, '52.3'],
    ['１２篇', 12, '１２'],
    ['3.3 萬人次', 33000, '3.3 萬'],
    ['102 萬名', 1020000, '102 萬'],
    ['250億元', 25_000_000_000, '250億'],
    ['1萬億元', 1_000_000_000_000, '1萬億'],
    ['3萬6,171人次', 36171, '3萬6,171'],
    ['9,860萬元', 98_600_000, '9,860萬'],
    ['十二期', 12, '十二'],
    ['十項', 10, '十'],
    ['一千二百名', 1200, '一千二百'],
    ['一百零八名', 108, '一百零八'],
    ['兩萬人次', 20000, '兩萬'],
    ['两万人次', 20000, '两万'],
    ['十二萬五千元', 125000, '十二萬五千'],
  ])('%s → %d', (text, value, written) => {
    expect(read(text)).toEqual({ value, text: written, more: false });
  });

  it.each([
    // A unit that opens with a magnitude's character takes it: kW, not 1180万千 W.
    ['1180萬千瓦', 11_800_000, '1180萬'],
    ['650亿千瓦时', 65_000_000_000, '650亿'],
    ['5千米', 5, '5'],
    ['3百分點', 3, '3'],
    ['120万百分点', 1_200_000, '120万'],
    // A smaller magnitude after a larger one opens the next word; a larger one goes on (千万, 万亿).
    ['3万千人', 30_000, '3万'],
    ['3千万元', 30_000_000, '3千万'],
    ['1.2万亿元', 1_200_000_000_000, '1.2万亿'],
    ['5百万千瓦', 5_000_000, '5百万'],
  ])('%s → %d, its unit left whole', (text, value, written) => {
    expect(read(text)).toEqual({ value, text: written, more: false });
  });

  it.each([
    ['三十余場', 30, '三十余'],
    ['80 余場', 80, '80 余'],
    ['1萬多名', 10000, '1萬多'],
    ['2.5萬余次', 25000, '2.5萬余'],
    ['2.5 萬餘次', 25000, '2.5 萬餘'],
    ['三十余萬人', 300000, '三十余萬'],
  ])('%s reads 余/多 as "more than" %d', (text, value, written) => {
    expect(read(text)).toEqual({ value, text: written, more: true });
  });

  it('refuses plan names and vague pairs that are not counting numerals', () => {
    expect(readNumber('十四五規劃', 0)).toBeNull();
    expect(readNumber('三五成群', 0)).toBeNull();
    expect(parseChineseInteger('二〇三五')).toBeNaN();
  });

  it('reads a Chinese year digit by digit', () => {
    expect(parseChineseYear('二〇二三')).toBe(2023);
    expect(parseChineseYear('二〇三五')).toBe(2035);
  });

  it('does not read 百 of 百分點 as hundreds', () => {
    expect(read('3百分點')).toEqual({ value: 3, text: '3', more: false });
  });
});
