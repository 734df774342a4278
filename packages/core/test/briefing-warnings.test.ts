import { describe, expect, it } from 'vitest';
import {
  BRIEFING_WARNING_CODES,
  briefingInputOf,
  briefingWarnings,
  composeBriefing,
  formatWarning,
  readSource,
  summarize,
  summarizeInputs,
} from '../src/index.js';

const inputOf = (text: string, origin: string) => briefingInputOf(readSource(text, { origin }));
const warningsOf = (...inputs: ReturnType<typeof inputOf>[]) =>
  briefingWarnings(inputs, summarizeInputs(inputs));

describe('briefingWarnings', () => {
  it('names a city section with nothing to quote, with its file and line', () => {
    const input = inputOf(
      '## 南京\n\n## 无锡\n无锡市人大常委会组织专题调研1198次，举办培训班12期。',
      'jiangsu.md',
    );
    const warnings = warningsOf(input);
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'SECTION_EMPTY',
        severity: 'warning',
        file: 'jiangsu.md',
        line: 1,
        city: '南京',
      }),
    ]);
    expect(formatWarning(warnings[0] ?? never())).toMatch(/^SECTION_EMPTY: jiangsu\.md:1: 南京: /);
  });

  it('says when a section names no known city', () => {
    const warnings = warningsOf(inputOf('今年以来，全省人大系统认真学习，组织专题调研1198次。', 'a.txt'));
    expect(warnings.map((w) => w.code)).toEqual(['CITY_NOT_FOUND']);
  });

  it('briefs a city the gazetteer does not know under the name its attribution or first line gives', () => {
    const attributed = inputOf('今年以来，全市人大组织专题调研1198次。\n（东湖市人大常委会办公室）', 'a.txt');
    const titled = inputOf('西江州人大常委会2024年工作情况\n\n今年以来，组织专题调研36次。', 'b.txt');
    const unnamed = inputOf('今年全市人大系统组织专题调研12次。', 'c.txt');
    const names = [attributed, titled, unnamed].map((input) => summarizeInputs([input]).cities[0]?.city);
    // The prose's 全市人大 is no name: that report keeps the stand-in.
    expect(names).toEqual(['东湖市', '西江州', '未识别地区1']);
    const [warning] = warningsOf(attributed);
    expect(warning).toMatchObject({ code: 'CITY_NOT_FOUND' });
    expect(warning?.message).toContain('briefed as 东湖市');
  });

  it('briefs a file of one report whose words name no city under the city its file’s name gives', async () => {
    const text = '关于2024年代表工作情况的报告\n\n今年以来，市人大常委会组织代表视察42次。';
    const filed = inputOf(text, 'reports/徐州市人大常委会.txt');
    const bare = inputOf('市人大常委会开展专题调研18次。', 'C:\\reports\\无锡.txt');
    const summary = summarizeInputs([filed, bare]);
    // Listed as the province lists them: 无锡 (3202) before 徐州 (3203).
    expect(summary.cities.map((c) => c.city)).toEqual(['无锡', '徐州']);
    expect(warningsOf(filed)[0]?.message).toContain('briefed as 徐州');
    // A name that gives no city, or two, gives none; nor does a file holding more than one report.
    const unnamed = inputOf('市人大常委会开展专题调研18次。', 'report1.txt');
    const two = inputOf('市人大常委会开展专题调研18次。', '南京无锡.txt');
    expect(summarizeInputs([unnamed, two]).cities.map((c) => c.city)).toEqual(['未识别地区1', '未识别地区2']);
    const doc = await composeBriefing(summarizeInputs([unnamed]), { date: '2024-01-15' });
    // The stand-in is printed as it is: no 市 after it.
    expect(JSON.stringify(doc)).not.toContain('未识别地区1市');
  });

  it('notes figures of no known indicator as info, naming them', () => {
    const warnings = warningsOf(inputOf('## 南京\n南京市人大常委会组成人员59位，到会听取意见。', 'nj.md'));
    const note = warnings.find((w) => w.code === 'FIGURE_UNCATEGORIZED');
    expect(note).toMatchObject({ severity: 'info', file: 'nj.md', line: 2, city: '南京' });
    expect(note?.message).toContain('59位');
  });

  it('notes figures nothing names as info, naming them, and not as of no known indicator too', () => {
    const warnings = warningsOf(
      inputOf('## 南京\n南京市组织专题调研12次。\n到会的有市人大代表和区人大代表，一共17名。', 'nj.md'),
    );
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'FIGURE_UNLABELED',
        severity: 'info',
        file: 'nj.md',
        line: 3,
        city: '南京',
      }),
    ]);
    expect(warnings[0]?.message).toContain('17名');
  });

  it("passes on the summary's DUPLICATE_CITY, once per city", () => {
    const a = inputOf('## 南京\n南京市人大常委会组织专题调研12次。', 'a.md');
    const b = inputOf('## 南京\n南京市人大举办人大代表讲坛3场。', 'b.md');
    const warnings = warningsOf(a, b).filter((w) => w.code === 'DUPLICATE_CITY');
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'DUPLICATE_CITY', severity: 'warning', city: '南京' }),
    ]);
    expect(warnings[0]?.message).toContain('a.md、b.md');
    // Twice in one file (a part, and a table's row after the parts) names the file once.
    const both = inputOf(
      '## 南京\n南京市人大常委会组织专题调研12次。\n\n## 无锡\n无锡市人大举办讲坛3场。\n\n## 南京\n专题调研：12次。',
      'c.md',
    );
    const [once] = warningsOf(both).filter((w) => w.code === 'DUPLICATE_CITY');
    expect(once?.message).toMatch(/^南京 is given 2 times in c\.md: /);
  });

  it('says which listed city no input reports on', () => {
    const input = inputOf('## 南京\n南京市人大常委会组织专题调研12次。', 'a.md');
    const summary = summarize(input.reports, { cities: ['南京', '无锡'] });
    expect(briefingWarnings([input], summary)).toContainEqual(
      expect.objectContaining({ code: 'CITY_NOT_REPORTED', city: '无锡' }),
    );
  });

  it('uses only documented codes', () => {
    const input = inputOf('## 南京\n\n## 无锡\n无锡市人大常委会组成人员59位。', 'x.md');
    for (const w of warningsOf(input, input)) expect(BRIEFING_WARNING_CODES).toContain(w.code);
  });
});

function never(): never {
  throw new Error('expected a warning');
}
