/**
 * Inputs for property tests over the whole pipeline, shared by core's tests and the renderers' (which import
 * this file by path, so fast-check stays a dependency of core alone): report-like text built from the pieces
 * real reports are made of, arbitrary strings, and arbitrary bytes.
 */
import fc from 'fast-check';

export { fc };

const CITIES = ['南京', '無錫', '徐州', '常州', '蘇州', '连云港', '淮安', '盐城', '揚州', '宿迁'];
const UNITS = ['次', '人次', '名', '场', '期', '項', '件', '条', '个', '家', '%', '万元', '亿元', '批次'];
const QUALIFIERS = ['', '', '余', '多', '近', '超', '约', '以上', '左右'];
const LABELS = ['组织调研', '接待選民', '培训代表', '办理建议', '开展视察', '制定法规', '举办讲座'];
const ODD = ['😀', '𠀀', '𪚥', 'ש', 'م', '\u200b', '\u3000', ' ', '\t', 'Ａ', '１２', '\u0007', '\uFEFF'];

const numeral = fc.oneof(
  fc.nat({ max: 100_000 }).map(String),
  fc.tuple(fc.nat({ max: 999 }), fc.nat({ max: 99 })).map(([a, b]) => `${a}.${b}`),
  fc.constantFrom('一千二百', '三十', '十五', '两百', '二〇二三年', '第一', '1+8', '十四五', '001号'),
  fc.nat({ max: 99 }).map((n) => `${n}万`),
);

/** One clause of a report: a label, a figure, or a piece of punctuation or layout. */
const piece = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...LABELS),
        fc.constantFrom(...QUALIFIERS.filter((q) => q.length <= 1 && q !== '余' && q !== '多')),
        numeral,
        fc.constantFrom(...QUALIFIERS),
        fc.constantFrom(...UNITS),
      )
      .map((p) => p.join('')),
  },
  { weight: 2, arbitrary: fc.constantFrom(...CITIES).map((c) => `${c}市人大常委会`) },
  { weight: 1, arbitrary: fc.constantFrom(...CITIES).map((c) => `\n## ${c}市\n`) },
  { weight: 1, arbitrary: fc.constantFrom(...CITIES).map((c) => `\n（${c}市人大常委会研究室）\n`) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '，',
      '。',
      '；',
      '、',
      '\n',
      '\n\n',
      '“',
      '”',
      '《条例》',
      '编者按：',
      '首次',
      '2024年3月',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
);

/** Text shaped like a city report (or several), with odd characters mixed in. */
export const reportText = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));

/** Any string at all: report-like text most of the time, arbitrary Unicode (lone surrogates too) the rest. */
export const anyText = fc.oneof(
  { weight: 3, arbitrary: reportText },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
);

/** Any bytes: arbitrary, or the UTF-8 / UTF-16 of report text, possibly cut or with a stray byte. */
export const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 200 }),
  reportText.map((t) => new TextEncoder().encode(t)),
  fc.tuple(reportText, fc.nat(), fc.integer({ min: 0, max: 255 })).map(([t, at, b]) => {
    const bytes = new TextEncoder().encode(t);
    const i = bytes.length === 0 ? 0 : at % bytes.length;
    return Uint8Array.from([...bytes.subarray(0, i), b, ...bytes.subarray(i)]);
  }),
  reportText.map((t) => {
    const bytes = new Uint8Array(t.length * 2 + 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < t.length; i++) {
      bytes[2 + 2 * i] = t.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = t.charCodeAt(i) >> 8;
    }
    return bytes;
  }),
);
