import { describe, expect, it } from 'vitest';
import { findDates } from './dates.js';
import { findMarkedTerms } from './terms.js';

describe('laws, titles and brand terms', () => {
  it('tells laws from other titles in 《》, in both scripts', () => {
    const text =
      '制定《徐州市快遞條例》和《东湖市物业管理条例》，出臺《關於對人員監督的實施辦法》，編印《代表履職手冊》';
    const { laws, titles } = findMarkedTerms(text);
    expect(laws.map((l) => l.title)).toEqual([
      '徐州市快遞條例',
      '东湖市物业管理条例',
      '關於對人員監督的實施辦法',
    ]);
    expect(titles.map((t) => t.text)).toEqual(['代表履職手冊']);
    for (const l of laws) expect(text.slice(l.span[0], l.span[1])).toBe(l.title);
  });

  it('reads a quoted law as a law and short quotes as brands; speech is neither', () => {
    const text =
      '結合“南京科技進步條例”立法，作出「關於加強生態保護的決定」，開展“132、找代表”活動。“我一直期待能在新校區讀書，今天夢想終於實現了！”';
    const { laws, brands } = findMarkedTerms(text);
    expect(laws.map((l) => l.title)).toEqual(['南京科技進步條例', '關於加強生態保護的決定']);
    expect(brands.map((b) => b.text)).toEqual(['132、找代表']);
  });
});

describe('dates', () => {
  it('reads absolute dates to the precision written', () => {
    const text = '2023年12月8日，2023 年12 月中旬，二〇二三年，2024年度，去年4 月19\n日';
    expect(findDates(text, '2024-02-01').map((d) => [d.text, d.iso])).toEqual([
      ['2023年12月8日', '2023-12-08'],
      ['2023 年12 月中旬', '2023-12'],
      ['二〇二三年', '2023'],
      ['2024年度', '2024'],
      ['去年4 月19\n日', '2023-04-19'],
    ]);
  });

  it('resolves relative dates against the reference date, and bare months against the year before them', () => {
    const text = '去年2月召開會議、6月首次召開座談會；今年上半年；2023 年4 月、7 月和11月';
    expect(findDates(text, '2024-01-10').map((d) => d.iso)).toEqual([
      '2023-02',
      '2023-06',
      '2024',
      '2023-04',
      '2023-07',
      '2023-11',
    ]);
  });

  it('leaves out relative dates when there is no reference date', () => {
    expect(findDates('去年5月推出')).toEqual([]);
  });
});
