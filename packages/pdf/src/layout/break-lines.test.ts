import { describe, expect, it } from 'vitest';
import type { LoadedFont } from '../fonts/font-cache.js';
import { breakLines, type StyledRun } from './break-lines.js';

// A monospaced stand-in: every character is one em wide, so widths can be counted by hand.
const font = { widthOf: (text: string, size: number) => [...text].length * size } as unknown as LoadedFont;
const run = (text: string): StyledRun => ({ text, font, props: {} });
const lines = (text: string, chars: number, first = chars) =>
  breakLines([run(text)], 10, chars * 10, first * 10).map((line) => line.runs.map((r) => r.text).join(''));

describe('breakLines', () => {
  it('fills each line with as many characters as fit, the first line shorter by its indent', () => {
    expect(lines('一二三四五六七八九十', 4, 2)).toEqual(['一二', '三四五六', '七八九十']);
  });

  it('never starts a line with closing punctuation: the character before it comes along', () => {
    expect(lines('一二三四，五六', 4)).toEqual(['一二三', '四，五六']);
  });

  it('never ends a line with opening punctuation', () => {
    expect(lines('一二三“四五”', 4)).toEqual(['一二三', '“四五”']);
  });

  it('keeps a number whole', () => {
    expect(lines('共计2.4745万名', 6)).toEqual(['共计', '2.4745', '万名']);
  });

  it('splits a run that is wider than a line rather than overflow', () => {
    expect(lines('12345678', 3)).toEqual(['123', '456', '78']);
  });

  it('keeps runs apart when their font or properties differ', () => {
    const red = { text: '三四', font, props: { color: 'red' } };
    const broken = breakLines([run('一二'), red, run('五')], 10, 100, 100);
    expect(broken[0]?.runs.map((r) => r.text)).toEqual(['一二', '三四', '五']);
    expect(broken[0]?.chars).toBe(5);
    expect(broken[0]?.width).toBe(50);
  });
});
