import { describe, expect, it } from 'vitest';
import { extractFacts } from './facts.js';

const laws = (text: string) => extractFacts(text).laws.map((l) => [l.title, l.marked]);
const brands = (text: string) => extractFacts(text).brands.map((b) => b.text);

describe('laws and decisions, with or without 《》', () => {
  it('reads names without marks after the verb that makes them an instrument', () => {
    expect(laws('精心制定優化營商環境條例，推動四最成為標識')).toEqual([['優化營商環境條例', false]]);
    expect(laws('全省首家制定出臺餐廚垃圾管理條例，作出規定')).toEqual([['餐廚垃圾管理條例', false]]);
    expect(laws('其中全國首部新能源產業促進條例作為首部法規')).toEqual([['新能源產業促進條例', false]]);
    expect(laws('通過制定河道保護管理条例、開展檢查')).toEqual([['河道保護管理条例', false]]);
    expect(laws('作出打造民主市域樣板的決定，出台意見')).toEqual([['打造民主市域樣板的決定', false]]);
  });

  it('reads a name that opens its clause (勞動教育促進條例在全國率先…)', () => {
    expect(laws('勞動教育促進條例在全國率先以新方式制定')).toEqual([['勞動教育促進條例', false]]);
  });

  it('reads every name of a list after one verb', () => {
    expect(
      laws('在全省率先出臺資產管理監督評價指標、加強債券審計工作監督規定、國土空間規劃監督辦法'),
    ).toEqual([
      ['加強債券審計工作監督規定', false],
      ['國土空間規劃監督辦法', false],
    ]);
  });

  it('keeps marked names as marked, once', () => {
    expect(laws('制定《甲市快遞條例》，作出“關於加強監督的決定”')).toEqual([
      ['甲市快遞條例', true],
      ['關於加強監督的決定', true],
    ]);
  });

  it.each([
    ['作出決定、審議議案'],
    ['完善考核辦法'],
    ['作出創制性規定'],
    ['以高水平決定完善制度保障'],
    ['這是決定性的一步'],
  ])('names no instrument: %s', (text) => {
    expect(laws(text)).toEqual([]);
  });

  it('keeps shorthand that names no instrument (一法一條例, 一辦法四規則) as a brand, not a law', () => {
    expect(laws('開展“一法一條例”執法檢查，按照《一辦法四規則》參與')).toEqual([]);
    expect(brands('開展“一法一條例”執法檢查，按照《一辦法四規則》參與')).toEqual([
      '一法一條例',
      '一辦法四規則',
    ]);
  });
});
