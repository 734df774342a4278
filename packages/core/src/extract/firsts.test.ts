import { describe, expect, it } from 'vitest';
import { foldToHans } from '../lexicon/fold.js';
import { defaultLexicon } from '../lexicon/lexicon.js';
import { findFirsts } from './firsts.js';
import { findMarkedTerms } from './terms.js';

/** Firsts of a text as the extractor reads them, with the shields (quoted slogans, titles) it uses. */
function firsts(text: string) {
  return findFirsts(text, foldToHans(text), findMarkedTerms(text).shields, defaultLexicon).map((f) => ({
    text: f.text,
    scope: f.scope,
    kind: f.kind,
    subject: f.subject,
  }));
}

describe('firsts: the whole claim, with its scope', () => {
  it.each([
    // [input, claim, scope]
    [
      '常委會在全省率先作出《關於加強預防網絡詐騙工作的決定》，',
      '常委會在全省率先作出《關於加強預防網絡詐騙工作的決定》',
      '全省',
    ],
    ['其中全國首部新能源產業促進條例提請審議', '全國首部新能源產業促進條例提請審議', '全國'],
    ['與此同時，建成全省首個數字化平臺。', '建成全省首個數字化平臺', '全省'],
    ['全省首家制定出臺餐廚垃圾管理條例', '全省首家制定出臺餐廚垃圾管理條例', '全省'],
    ['推動在全國首創社區居家服務行動', '推動在全國首創社區居家服務行動', '全國'],
    ['建成全国首座主题公园', '建成全国首座主题公园', '全国'],
    ['率先在省內依法設立人才日', '率先在省內依法設立人才日', '省內'],
    ['該條例是該市首部科技領域法規。', '該條例是該市首部科技領域法規', '該市'],
    ['在全省首推代表聯絡碼', '在全省首推代表聯絡碼', '全省'],
  ])('%s', (input, claim, scope) => {
    expect(firsts(input)).toEqual([{ text: claim, scope, kind: 'first_in_scope', subject: null }]);
  });

  it('reads 首次 as a first time, with no scope', () => {
    expect(firsts('首次在人代會上開展滿意度測評')).toEqual([
      { text: '首次在人代會上開展滿意度測評', scope: null, kind: 'first_time', subject: null },
    ]);
  });

  it('names who, when the claim is about someone other than the city', () => {
    const [first] = firsts('甲縣在蘇中蘇北地區設立首家人大開發區委員會，召開聯席會議。');
    expect(first).toEqual({
      text: '甲縣在蘇中蘇北地區設立首家人大開發區委員會',
      scope: '蘇中蘇北地區',
      kind: 'first_in_scope',
      subject: '甲縣',
    });
  });

  it('a numbered heading on a line of its own is no claim (三、創新與首創), a numbered claim is', () => {
    expect(firsts('三、創新與首創\n甲市建成全省首個數字化平臺。')).toEqual([
      { text: '甲市建成全省首個數字化平臺', scope: '全省', kind: 'first_in_scope', subject: null },
    ]);
    expect(firsts('  （二）首創代表履職積分制度\n')).toEqual([]);
    // A numbered point that is a sentence, not a heading, claims.
    expect(firsts('1.在全省率先出臺代表履職辦法。').map((f) => f.text)).toEqual([
      '1.在全省率先出臺代表履職辦法',
    ]);
  });

  it('one claim however many markers it holds (全國首部…全市首部)', () => {
    expect(firsts('全國首部促進條例作為全市首部實體性法規提請審議。')).toHaveLength(1);
  });

  it.each([
    ['a goal: 推動…率先整體好轉', '以高效能監督推動經濟運行率先整體好轉。'],
    ['a goal: 為推動…率先整體好轉貢獻力量', '為推動全市經濟運行率先整體好轉貢獻力量。'],
    ['a goal in a quoted slogan', '聚焦“助推經濟運行率先整體好轉”目標任務。'],
    ['a plan: 力爭', '力爭在全省率先建成示範區。'],
    ['an ordinal: 首期', '在首期講壇上發言。'],
    ['首要 and 首先', '這是首要任務，首先要學習。'],
    ['a time clause ending 以來', '這也是繼6月首次召開座談會以來。'],
  ])('is not a first: %s', (_, input) => {
    expect(firsts(input)).toEqual([]);
  });
});
