import { describe, expect, test } from 'vitest';
import { resolveTheme } from '../theme/resolve.js';
import { titleCharsPerLine, titleLines } from './title-lines.js';

describe('titleLines', () => {
  test('a title that fits stays one line', () => {
    expect(titleLines('全省人大工作要点', 20)).toEqual(['全省人大工作要点']);
  });

  test('a long title breaks before its quotation, not inside a word or inside the quotation', () => {
    const title = '各市人大持续开展“服务发展、共建共享”主题实践活动';
    const lines = titleLines(title, 20);
    expect(lines).toEqual(['各市人大持续开展', '“服务发展、共建共享”主题实践活动']);
    expect(lines.join('')).toBe(title);
  });

  test('without punctuation the lines are as even as the characters allow', () => {
    const title = '全省各级人大常委会推进基层立法联系点建设工作情况汇报材料';
    const lines = titleLines(title, 20);
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => l.length)).toEqual([14, 14]);
  });

  test('no line starts with a closing mark or a comma, and none ends with an opening mark', () => {
    const title = '关于《代表建议办理条例》实施情况的报告，以及下一步工作安排的建议';
    for (const perLine of [8, 10, 12, 14, 20]) {
      const lines = titleLines(title, perLine);
      expect(lines.join('')).toBe(title);
      for (const [i, line] of lines.entries()) {
        expect(line.length).toBeLessThanOrEqual(perLine);
        if (i > 0) expect('，。、；：）》」”').not.toContain(line[0]);
        expect('（《「“').not.toContain(line.at(-1));
      }
    }
  });

  test('never breaks inside a number or a Latin word', () => {
    // Even lines would cut 2024 after its 2 (盐城市人大常委会2 / 024年代表工作情况).
    const title = '盐城市人大常委会2024年代表工作情况';
    for (const perLine of [10, 12, 14, 16]) {
      const lines = titleLines(title, perLine);
      expect(lines.join('')).toBe(title);
      expect(lines.some((line) => /^\d/.test(line) && /\d$/.test(lines[lines.indexOf(line) - 1] ?? ''))).toBe(
        false,
      );
    }
  });

  test('keeps a number with the word it counts or dates, breaking before the number rather than after it', () => {
    // Every two-line break of this title falls where no mark stands: 常委会 | 2026年 cuts no word; 2026 | 年 did.
    expect(titleLines('关于各设区市人大常委会2026年前三季度代表工作情况的汇总', 20)).toEqual([
      '关于各设区市人大常委会',
      '2026年前三季度代表工作情况的汇总',
    ]);
    // Not at any price: a two-character first line before a number is no balanced title.
    expect(titleLines('全省13个设区市人大常委会代表工作情况汇总表', 20)[0]).not.toBe('全省');
  });

  test('breaks after the list of places a title opens with, keeping the list and the subject whole', () => {
    expect(titleLines('南京市、无锡市、徐州市等5个市前三季度经济运行情况', 20)).toEqual([
      '南京市、无锡市、徐州市等5个市',
      '前三季度经济运行情况',
    ]);
    expect(titleLines('南京市、无锡市、徐州市等13个市人大代表工作做法', 20)).toEqual([
      '南京市、无锡市、徐州市等13个市',
      '人大代表工作做法',
    ]);
    expect(titleLines('南京市、無錫市、徐州市等5個市前三季度經濟運行情況', 20)[0]).toBe(
      '南京市、無錫市、徐州市等5個市',
    );
    // A list that is the whole title is broken as before.
    expect(titleLines('南京市、无锡市、徐州市、常州市、苏州市、南通市', 20)).toHaveLength(2);
  });

  test('a text far longer than any title is left whole to the renderer', () => {
    const long = '代表'.repeat(5000);
    expect(titleLines(long, 20)).toEqual([long]);
  });

  test('a title needing three lines gets three', () => {
    const title = '关于全省设区市人大常委会开展代表集中视察、专题调研和执法检查工作情况的综合报告';
    const lines = titleLines(title, 16);
    expect(lines).toHaveLength(3);
    expect(lines.join('')).toBe(title);
  });
});

describe('titleCharsPerLine', () => {
  test('the official style sets 20 二号 characters across the 156 mm text block', () => {
    expect(titleCharsPerLine(resolveTheme('official'))).toBe(20);
  });
});
