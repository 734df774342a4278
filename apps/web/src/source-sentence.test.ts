import { describe, expect, it } from 'vitest';
import { sourceSentence } from './source-sentence';

describe('sourceSentence', () => {
  // A report's text as it sits in a larger input: it starts at offset 100.
  const text =
    '南通市加强代表工作。全年组织代表专题培训12期，参训代表1500余人次。\n（南通市人大常委会研究室）';
  const at = (figure: string): [number, number] => {
    const index = text.indexOf(figure);
    return [100 + index, 100 + index + figure.length];
  };

  it('cuts the sentence around a figure, full stop included, and splits it at the figure', () => {
    expect(sourceSentence(text, 100, at('1500余人次'))).toEqual({
      before: '全年组织代表专题培训12期，参训代表',
      figure: '1500余人次',
      after: '。',
    });
  });

  it('stops at a line end, as text pasted out of a PDF has, and keeps no line break', () => {
    const pasted = '接待群众近9000人次\n推动解决问题430余件。';
    expect(sourceSentence(pasted, 0, [5, 11])).toEqual({
      before: '接待群众近',
      figure: '9000人次',
      after: '',
    });
    expect(sourceSentence(pasted, 0, [18, 23])).toEqual({
      before: '推动解决问题',
      figure: '430余件',
      after: '。',
    });
  });

  it('clamps a span that falls outside the text instead of throwing', () => {
    expect(sourceSentence('共12期。', 0, [50, 60])).toEqual({ before: '', figure: '', after: '' });
  });
});
