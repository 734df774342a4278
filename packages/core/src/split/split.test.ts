import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ARTICLE, ARTICLE_HANS, SEED_NOTE, seedArticle } from '../../test/seed-article.js';
import { convertScript } from '../script/convert.js';
import type { Section } from '../types.js';
import { splitSections } from './split.js';

/** Spans partition [0, length): the first starts at 0, each where the previous ended, the last at the end. */
export function expectPartition(sections: Section[], length: number) {
  expect(sections.length).toBeGreaterThan(0);
  let at = 0;
  for (const { span } of sections) {
    expect(span[0]).toBe(at);
    expect(span[1]).toBeGreaterThanOrEqual(span[0]);
    at = span[1];
  }
  expect(at).toBe(length);
}

/** `text` split into sections, checked to partition it. */
function partitioned(text: string): Section[] {
  const sections = splitSections(text);
  expectPartition(sections, text.length);
  return sections;
}

/** The parts of a digest of 南京, 无锡 and 徐州 under its title: the title's preface, then each city's. */
const DIGEST_PARTS = [
  ['preface', null],
  ['city', '南京'],
  ['city', '无锡'],
  ['city', '徐州'],
];

function expectArticle(text: string, expected: [string, string][]) {
  const sections = partitioned(text);
  expect(sections[0]).toMatchObject({ kind: 'preface', city: null, source: null });
  expect(sections.slice(1).map((s) => [s.city, s.source])).toEqual(expected);
  expect(sections.slice(1).every((s) => s.kind === 'city')).toBe(true);
  return sections;
}

describe.skipIf(!seedArticle)(`splitSections on the example article ${SEED_NOTE}`, () => {
  const text = seedArticle as string;

  test('finds the editor’s note and the 13 city parts in order, each with its attribution', () => {
    const sections = expectArticle(text, ARTICLE);
    const slice = (s: Section | undefined) => text.slice(...(s as Section).span);
    expect(slice(sections[0])).toMatch(/^編者按/);
    // The note ends where the first city's part begins; each part ends with its attribution line.
    expect(slice(sections[1])).toMatch(/^南京市/);
    for (const [i, [, source]] of ARTICLE.entries()) {
      expect(
        slice(sections[i + 1])
          .trimEnd()
          .endsWith(`(${source})`),
      ).toBe(true);
    }
    // Parts that do not open with their city's name still get it.
    expect(slice(sections[5])).toMatch(/^2023年12月8日/);
    expect(slice(sections[9])).toMatch(/^“/);
  });

  test('does the same on a Simplified-script copy', async () => {
    expectArticle(await convertScript(text, 'hans'), ARTICLE_HANS);
  });

  test('names cities in the requested script', () => {
    const sections = splitSections(text, { script: 'hans' });
    expect(sections.map((s) => s.city)).toEqual([null, ...ARTICLE_HANS.map(([city]) => city)]);
  });
});

describe('splitSections', () => {
  test('splits at city headings, with the text before the first heading as preface', () => {
    const text =
      '全省簡報\n\n## 南京市\n南京市人大舉辦講壇80場。\n\n## 無錫市\n無錫開展調研12次。\n（錫人宣）\n';
    const sections = partitioned(text);
    expect(sections.map((s) => [s.kind, s.city, s.source])).toEqual([
      ['preface', null, null],
      ['city', '南京', null],
      ['city', '無錫', '錫人宣'],
    ]);
    expect(text.slice(...(sections[1] as Section).span)).toBe('## 南京市\n南京市人大舉辦講壇80場。\n\n');
  });

  test('recognises numbered and label headings, in Simplified script too', () => {
    const numbered = '一、南京市\n举办讲坛80场。\n二、连云港市\n开展调研12次。';
    expect(splitSections(numbered).map((s) => s.city)).toEqual(['南京', '连云港']);
    const labels = '南京市：举办讲坛80场。\n苏州市：开展调研12次。\n扬州市:接待选民300人次。';
    expect(partitioned(labels).map((s) => s.city)).toEqual(['南京', '苏州', '扬州']);
    const bracketed = '（一）南京市\n举办讲坛80场。\n（二）无锡市\n开展调研12次。';
    expect(splitSections(bracketed).map((s) => s.city)).toEqual(['南京', '无锡']);
    // A compilation pasted from Word keeps its headings as the names alone on their lines.
    const bare =
      '各市代表工作情况\n\n南京市\n南京市人大常委会举办讲坛80场。\n\n无锡市\n无锡市人大常委会开展调研12次。';
    expect(splitSections(bare).map((s) => [s.kind, s.city])).toEqual([
      ['preface', null],
      ['city', '南京'],
      ['city', '无锡'],
    ]);
    // A name that opens a sentence is no heading.
    expect(splitSections('南京市人大常委会举办讲坛80场。\n无锡市人大常委会开展调研12次。')).toHaveLength(1);
  });

  test('a label in brackets opening a line is a heading, as news digests write it: 【南京】, ［無錫市］, 〔徐州〕', () => {
    const digest =
      '全省人大工作动态\n\n【南京】市人大常委会举办讲坛80场。\n\n［無錫市］市人大常委會開展調研12次。\n\n〔徐州〕市人大常委会接待选民300人次。';
    const sections = partitioned(digest);
    expect(sections.map((s) => [s.kind, s.city])).toEqual(DIGEST_PARTS);
    // Brackets around more than a name are no city's label: a paper's name, a section's.
    const others = '【南京日报】南京市人大常委会举办讲坛80场。\n【无锡市人大】无锡市人大常委会开展调研12次。';
    expect(splitSections(others)).toHaveLength(1);
  });

  test('cities’ labels after a sentence inside a labelled paragraph start their own parts, each with its attribution', () => {
    const pasted =
      '各地动态\n\n南京市：市人大常委会组织代表视察46次。无锡市：组织代表走访选民9800人次。徐州市：开展执法检查5次。\n\n常州市：举办培训班12期。（常人宣）【苏州】新建联络站18个。（苏仁宣）';
    const sections = partitioned(pasted);
    expect(sections.map((s) => [s.kind, s.city, s.source])).toEqual([
      ['preface', null, null],
      ['city', '南京', null],
      ['city', '无锡', null],
      ['city', '徐州', null],
      ['city', '常州', '常人宣'],
      ['city', '苏州', '苏仁宣'],
    ]);
    expect(pasted.slice(...(sections[2]?.span ?? [0, 0]))).toBe('无锡市：组织代表走访选民9800人次。');
    // A paragraph that does not open with a label is prose: a city named after a colon inside it starts nothing.
    const prose = '南京市人大常委会组织代表视察46次。下一步计划如下。无锡市：组织代表走访选民。';
    expect(splitSections(prose)).toHaveLength(1);
    // Nor does a word before a colon that names no city.
    expect(splitSections('南京市：组织代表视察46次。其中：重点视察12次。')).toHaveLength(1);
  });

  test('a city’s congress before a label’s colon is still the city’s label (南京市人大常委会：, 无锡市人大：)', () => {
    const digest =
      '全省人大工作动态\n\n南京市人大常委会：组织代表视察46次。\n\n无锡市人大：组织代表走访选民9800人次。徐州市人大常委會：开展执法检查5次。';
    const sections = partitioned(digest);
    expect(sections.map((s) => [s.kind, s.city])).toEqual(DIGEST_PARTS);
    // Another body of the city before a colon is no label: 南京市政府：… stays one report.
    expect(splitSections('南京市政府：组织检查5次。\n\n无锡市政府：组织检查3次。')).toHaveLength(1);
  });

  test('an office or writers named in parentheses after a paragraph’s last sentence are its attribution', () => {
    const labelled =
      '南京市：市人大常委会组织视察12次。（南京市人大常委会办公室）\n\n无锡市：市人大常委会举办培训班6期。（锡人宣）\n\n徐州市：市人大常委会开展执法检查4项。（许君璞 应秀梅）';
    expect(splitSections(labelled).map((s) => [s.city, s.source])).toEqual([
      ['南京', '南京市人大常委会办公室'],
      ['无锡', '锡人宣'],
      ['徐州', '许君璞 应秀梅'],
    ]);
    // Without headings, such a closing parenthesis ends a city's part as a line of its own does.
    const run =
      '南京市人大常委会组织视察12次。（南京市人大常委会办公室）\n无锡市人大常委会举办培训班6期。（无锡市人大常委会研究室）';
    expect(splitSections(run).map((s) => [s.city, s.source])).toEqual([
      ['南京', '南京市人大常委会办公室'],
      ['无锡', '无锡市人大常委会研究室'],
    ]);
    // An office that 供稿 is one too.
    const contributed =
      '南京市人大常委会组织视察12次。（南京市人大常委会研究室供稿）\n无锡市人大常委会举办培训班6期。';
    expect(splitSections(contributed)[0]?.source).toBe('南京市人大常委会研究室供稿');
    // A note, a figure or a clause in parentheses closing a paragraph is no attribution.
    for (const note of ['（完）', '（见附件）', '（12次）', '（暂行办法，试行）', '（节选）', '（有删节）'])
      expect(
        splitSections(`南京市人大常委会组织视察12次。${note}\n无锡市人大常委会举办培训班6期。`),
      ).toHaveLength(1);
  });

  test('captions and notes in parentheses do not close a part', () => {
    const text =
      '南京市人大開展活動。\n（圖為活動現場）\n南京市人大舉辦講壇。\n（注：數據截至年底）\n（寧人宣）\n連雲港市人大開展活動。\n';
    expect(splitSections(text).map((s) => [s.city, s.source])).toEqual([
      ['南京', '寧人宣'],
      ['連雲港', null],
    ]);
  });

  test('a single-city report is one section about the city it is about', () => {
    const text = '“要學習南京的經驗。”代表說。鹽城市人大常委會開展活動，鹽城各級人大代表參加。';
    expect(splitSections(text)).toEqual([
      { kind: 'city', city: '鹽城', source: null, span: [0, text.length] },
    ]);
  });

  test('front matter city wins for a single-city input, and a mixed-script name is recognised', () => {
    const source = {
      text: '市人大常委會舉辦講壇。',
      origin: 'lyg.md',
      format: 'markdown' as const,
      meta: { city: '連云港市', source: '連云港市人大' },
    };
    expect(splitSections(source)).toEqual([
      { kind: 'city', city: '連雲港', source: '連云港市人大', span: [0, source.text.length] },
    ]);
  });

  test('a text with no city is one section with city null; so is empty text', () => {
    expect(splitSections('省人大常委會舉辦講壇。')).toEqual([
      { kind: 'city', city: null, source: null, span: [0, 11] },
    ]);
    expect(splitSections('')).toEqual([{ kind: 'city', city: null, source: null, span: [0, 0] }]);
  });

  test('keeps text after the last attribution as a section of its own', () => {
    const text = '編者按：省裡的話。\n南京市人大開展活動。\n（寧人宣）\n無錫市人大開展活動。\n';
    const sections = partitioned(text);
    expect(sections.map((s) => [s.kind, s.city, s.source])).toEqual([
      ['preface', null, null],
      ['city', '南京', '寧人宣'],
      ['city', '無錫', null],
    ]);
  });

  test('a city’s own 简报 is attributed to the office its masthead or its 版记 names', () => {
    const body =
      '\n扬州市人大常委会推进代表联络站提质增效\n\n今年以来，扬州市人大常委会组织代表进站接待选民9800余人次。\n\n';
    const masthead = '人大工作简报\n第5期\n扬州市人大常委会办公室编          2024年5月6日\n';
    const closing = '报：省人大常委会办公厅\n扬州市人大常委会研究室    2024年5月6日印发\n';
    expect(splitSections(`${masthead}${body}${closing}`)[0]?.source).toBe('扬州市人大常委会办公室');
    expect(splitSections(`${body}${closing}`)[0]?.source).toBe('扬州市人大常委会研究室');
    // A title ending in 汇编 names no office.
    expect(splitSections(`扬州市人大工作情况汇编\n${body}`)[0]?.source).toBeNull();
  });

  test('a report with a date under its title and a signature at its end is one section, signed by its office', () => {
    const body =
      '连云港市人大常委会关于2024年代表工作的报告\n（2024年12月20日）\n\n市人大常委会：\n今年以来，全市新建代表联络站14个。\n';
    const sections = splitSections(`${body}\n连云港市人大常委会代表工作委员会\n2024年12月20日\n`);
    // The date in parentheses closes no part: it is no attribution.
    expect(sections.map((s) => [s.kind, s.city, s.source])).toEqual([
      ['city', '连云港', '连云港市人大常委会代表工作委员会'],
    ]);
    expect(splitSections(`${body}连云港市人大常委会代表工作委员会\n`)[0]?.source).toBe(
      '连云港市人大常委会代表工作委员会',
    );
    // A last line that names no city's office signs nothing; nor does a status under the title.
    expect(splitSections(`${body}全市代表工作座谈会\n`)[0]?.source).toBeNull();
    expect(splitSections(body.replace('（2024年12月20日）', '（草案）'))).toHaveLength(1);
  });

  test('a pasted web article: its 来源 line is its attribution, and the footer after it is no section', () => {
    const text =
      '点击蓝字 关注我们\n\n今年以来，泰州市人大常委会组织代表进站接待选民1.8万人次。\n\n来源：泰州市人大常委会办公室\n编辑：王某\n审核：李某\n\n阅读原文\n';
    const sections = partitioned(text);
    // One section: the top line is no compilation title (no word of one), the footer is nobody's report.
    expect(sections.map((s) => [s.kind, s.city, s.source])).toEqual([
      ['city', '泰州', '泰州市人大常委会办公室'],
    ]);
    // A sentence after the last attribution is still a part of its own.
    const after = `${text}无锡市人大常委会开展调研12次。\n`;
    expect(splitSections(after).map((s) => [s.city, s.source])).toEqual([
      ['泰州', '泰州市人大常委会办公室'],
      ['无锡', null],
    ]);
  });
});

const pieces = [
  ...[
    '編者按:',
    '南京市',
    '無錫',
    '连云港',
    '鹽城',
    '(錫人宣)',
    '（許君璞 應秀梅）',
    '## ',
    '一、',
    '：',
    '\n',
  ],
  ...['\n\n', '\r\n', '人大常委會', '開展活動。', '80余場', ' ', '（完）', '“', '”', 'x'],
];
const articleLike = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(''));

describe('splitSections properties', () => {
  test('spans always partition the input', () => {
    fc.assert(
      fc.property(fc.oneof(articleLike, fc.string({ unit: 'binary', maxLength: 80 })), (text) => {
        partitioned(text);
      }),
      { numRuns: 400 },
    );
  });
});
