import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SEED_NOTE, seedArticle } from '../../test/seed-article.js';
import { normalize, toOriginalSpan } from './normalize.js';

const norm = (text: string) => normalize(text).text;

describe('normalize', () => {
  test('full-width digits and Latin letters become ASCII; CJK punctuation stays', () => {
    expect(norm('ＧＤＰ增長５．２％，達到１２３４億元。')).toBe('GDP增長5.2%，達到1234億元。');
    expect(norm('“四個走在前”、《條例》……')).toBe('“四個走在前”、《條例》……');
  });

  test('ASCII , ; : ( ) in Chinese text become full-width; numbers and English keep theirs', () => {
    expect(norm('去年以來,省人大常委會;編者按:')).toBe('去年以來，省人大常委會；編者按：');
    expect(norm('縣(市、區)人大')).toBe('縣（市、區）人大');
    expect(norm('(錫人宣)')).toBe('（錫人宣）');
    expect(norm('共1,234人,10:30開會')).toBe('共1,234人，10:30開會');
    expect(norm('Hello, world (GDP)')).toBe('Hello, world (GDP)');
  });

  test('removes stray spaces around numbers and units, never joining two numbers', () => {
    expect(norm('講壇80 余場')).toBe('講壇80余場');
    expect(norm('2023 年12 月')).toBe('2023年12月');
    expect(norm('舉辦164 期4412 人次')).toBe('舉辦164期4412人次');
    // A space between digits may be a thousands separator or a boundary between figures: left as written.
    expect(norm('共3 000人')).toBe('共3 000人');
    expect(norm('增長 5 %')).toBe('增長5%');
    // Spaces between Chinese words are words apart (names in an attribution).
    expect(norm('（許君璞 應秀梅）')).toBe('（許君璞 應秀梅）');
  });

  test('removes the space a PDF leaves between a Latin letter and Chinese text, not between Latin words', () => {
    expect(norm('全市新建5G 基站3200个')).toBe('全市新建5G基站3200个');
    expect(norm('全市 GDP 增长5.9%')).toBe('全市GDP增长5.9%');
    expect(norm('用 Microsoft Word 编辑')).toBe('用Microsoft Word编辑');
  });

  test('joins a line broken inside a sentence and keeps paragraph breaks', () => {
    expect(norm('各地持續打造履職品牌。去年4 月19\n日，在市人大代表之家開展活動。')).toBe(
      '各地持續打造履職品牌。去年4月19日，在市人大代表之家開展活動。',
    );
    expect(norm('第一段說完了。\n第二段開始。')).toBe('第一段說完了。\n第二段開始。');
    expect(norm('第一段沒有句號但後面是空行\n\n第二段')).toBe('第一段沒有句號但後面是空行\n\n第二段');
    // Headings, attributions, indented paragraphs, and a quote after a short line start lines of their own.
    expect(norm('## 南京市\n南京市人大常委會開展了活動')).toBe('## 南京市\n南京市人大常委會開展了活動');
    expect(norm('各級人大舉辦人大代表講壇八十余場次\n(南京市人大常委會研究室)')).toBe(
      '各級人大舉辦人大代表講壇八十余場次\n（南京市人大常委會研究室）',
    );
    expect(norm('代表講壇八十余場次\n“我們要深入學習”')).toBe('代表講壇八十余場次\n“我們要深入學習”');
    // A wrapped line runs on into a quoted or titled name (PDF text, lines cut at the page's width).
    expect(norm('常委會作出監督經濟工作的決定，還聽取了\n“十四五”規劃綱要的中期評估。')).toBe(
      '常委會作出監督經濟工作的決定，還聽取了“十四五”規劃綱要的中期評估。',
    );
    expect(norm('常委會今年審議通過的法規當中包括了\n《南京市科技進步條例》。')).toBe(
      '常委會今年審議通過的法規當中包括了《南京市科技進步條例》。',
    );
    expect(norm('南京市人大常委會\n2023年工作總結')).toBe('南京市人大常委會\n2023年工作總結');
    // A paragraph under a run-in numbered heading wraps as any paragraph does; a numbered heading alone does not.
    expect(
      norm('（一）平台建设不断加强。全市共建成代表之家163个，新建“15\n分钟履职服务圈”示范点36个。'),
    ).toBe('（一）平台建设不断加强。全市共建成代表之家163个，新建“15分钟履职服务圈”示范点36个。');
    expect(norm('（一）代表履职平台建设不断加强推进\n全市共建成代表之家163个。')).toBe(
      '（一）代表履职平台建设不断加强推进\n全市共建成代表之家163个。',
    );
    expect(norm('a\r\nb\rc')).toBe('a\nb\nc');
  });

  test('maps spans back to the original text', () => {
    const original = '共舉辦講壇80 余場,邀請298名代表';
    const n = normalize(original);
    expect(n.text).toBe('共舉辦講壇80余場，邀請298名代表');
    const start = n.text.indexOf('80余場');
    const span = toOriginalSpan(n, [start, start + '80余場'.length]);
    expect(original.slice(...span)).toBe('80 余場');
    const comma = n.text.indexOf('，');
    expect(original.slice(...toOriginalSpan(n, [comma, comma + 1]))).toBe(',');
    expect(toOriginalSpan(n, [n.text.length, n.text.length])).toEqual([original.length, original.length]);
    expect(() => toOriginalSpan(n, [0, n.text.length + 1])).toThrow(
      expect.objectContaining({ code: 'USAGE' }),
    );
  });

  test.skipIf(!seedArticle)(`joins the broken date in the example article ${SEED_NOTE}`, () => {
    const text = seedArticle as string;
    const n = normalize(text);
    expect(n.text).toContain('去年4月19日，在揚州');
    expect(text.split('\n').length - n.text.split('\n').length).toBe(1);
    expect(normalize(n.text).text).toBe(n.text);
    checkMap(text, n);
  });
});

/** Every normalized unit comes from one original unit, in order: the same or its normal form. */
function checkMap(original: string, n: ReturnType<typeof normalize>) {
  const map = Array.from(n.map);
  expect(map.length).toBe(n.text.length + 1);
  expect(map.at(-1)).toBe(original.length);
  for (let i = 0; i < n.text.length; i++) {
    expect(map[i]).toBeLessThan(map[i + 1] as number);
    const from = original[map[i] as number] as string;
    const to = n.text[i] as string;
    if (from !== to) expect(replacements(from)).toContain(to);
  }
}

const replacements = (ch: string): string[] => {
  const c = ch.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) return [String.fromCharCode(c - 0xfee0)];
  const table: Record<string, string[]> = {
    ',': ['，'],
    ';': ['；'],
    ':': ['：'],
    '(': ['（'],
    ')': ['）'],
    '\r': ['\n'],
    '\u00a0': [' '],
  };
  return table[ch] ?? [];
};

/** Text built from the pieces report text is made of, so that the rules actually fire. */
const reportLike = fc
  .array(
    fc.constantFrom(
      ...[
        '南京',
        '市',
        '80',
        '4412',
        ' ',
        '  ',
        '\n',
        '\n\n',
        '\r\n',
        '余',
        '場',
        '期',
        '人次',
        ',',
        '(',
        ')',
        ':',
      ],
      ...[
        ';',
        '。',
        '，',
        '（',
        '）',
        '１２',
        'Ａ',
        '％',
        '．',
        '\t',
        '\u00a0',
        '年',
        '月',
        '#',
        '一、',
        '“',
        '”',
        'a',
      ],
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));
const anyText = fc.oneof(reportLike, fc.string({ unit: 'binary', maxLength: 60 }));

describe('normalize properties', () => {
  test('is idempotent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = norm(text);
        expect(norm(once)).toBe(once);
      }),
      { numRuns: 400 },
    );
  });

  test('its offset map is monotone, in range, and leads each unit to its source', () => {
    fc.assert(
      fc.property(anyText, (text) => checkMap(text, normalize(text))),
      { numRuns: 300 },
    );
  });
});
