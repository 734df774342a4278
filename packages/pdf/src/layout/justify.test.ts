import { describe, expect, it } from 'vitest';
import type { LoadedFont } from '../fonts/font-cache.js';
import { breakLines, type StyledRun } from './break-lines.js';
import { justify } from './justify.js';

// Every character one em (10 pt) wide, so the spare width and the gaps can be counted by hand.
const font = { widthOf: (text: string, size: number) => [...text].length * size } as unknown as LoadedFont;
const run = (text: string, props = {}): StyledRun => ({ text, font, props });
const spaced = (runs: StyledRun[], room: number) => {
  const [line] = breakLines(runs, 10, 1000, 1000);
  if (!line) throw new Error('no line');
  return justify(line, room).map((piece) => [piece.text, piece.spacing]);
};

describe('justify', () => {
  it('spreads the spare width between Chinese characters and keeps a number as it is set', () => {
    // 收入为21560元和: 10 characters, 100 pt; 20 pt to spare over the gaps in 收入为 (2) and 元和 (1).
    expect(spaced([run('收入为21560元和')], 120)).toEqual([
      ['收入为', 20 / 3],
      ['21560', 0],
      ['元和', 20 / 3],
    ]);
  });

  it('keeps a percentage and a Latin word whole', () => {
    expect(spaced([run('增长4.9%，GDP为')], 130).map(([text, spacing]) => [text, spacing === 0])).toEqual([
      ['增长', false],
      ['4.9%', true],
      ['，', false],
      ['GDP', true],
      ['为', false],
    ]);
  });

  it('leaves a line of Chinese characters as its runs, spaced alike', () => {
    expect(spaced([run('一二'), run('三四', { color: 'red' })], 60)).toEqual([
      ['一二', 10],
      ['三四', 10],
    ]);
  });

  it('leaves a line with nothing to spread unspaced', () => {
    expect(spaced([run('2024')], 100)).toEqual([['2024', 0]]);
    expect(spaced([run('一二三')], 30)).toEqual([['一二三', 0]]);
  });
});
