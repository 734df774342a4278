import { describe, expect, it } from 'vitest';
import { isJianbaoError } from '../errors.js';
import { inlineEnumeration } from './lists.js';
import { linePitchPt, mastheadNameSize, resolveTheme, sizeToPt, textBlockPt } from './resolve.js';

const usage = (run: () => unknown): { code: string; message: string; where: unknown } => {
  try {
    run();
  } catch (error) {
    if (isJianbaoError(error))
      return { code: error.code, message: error.message, where: error.details.where };
    throw error;
  }
  throw new Error('expected a JianbaoError');
};

describe('type sizes', () => {
  it('reads Chinese size names, digits, 號 and points', () => {
    expect(sizeToPt('三号')).toBe(16);
    expect(sizeToPt('3号')).toBe(16);
    expect(sizeToPt('小四')).toBe(12);
    expect(sizeToPt('二號')).toBe(22);
    expect(sizeToPt('初号')).toBe(42);
    expect(sizeToPt('小初')).toBe(36);
    expect(sizeToPt('10.5pt')).toBe(10.5);
    expect(sizeToPt(9)).toBe(9);
    expect(sizeToPt('大号')).toBeNull();
    expect(sizeToPt(-1)).toBeNull();
  });
});

describe('resolveTheme', () => {
  it('gives GB/T 9704 geometry for official: a 156 × 225 mm text block, 22 lines of 3号', () => {
    const theme = resolveTheme('official');
    const block = textBlockPt(theme);
    expect(block.width).toBeCloseTo((156 * 72) / 25.4, 2);
    expect(block.height).toBeCloseTo((225 * 72) / 25.4, 2);
    expect(theme.sizes.body).toBe(16);
    expect(theme.sizes.title).toBe(22);
    expect(linePitchPt(theme) * 22).toBeLessThanOrEqual(block.height);
    expect(linePitchPt(theme) * 22).toBeGreaterThan(block.height - 1);
  });

  it('deep-merges a partial theme over the style, leaving the rest as it was', () => {
    const theme = resolveTheme('official', {
      page: { marginsMm: { left: 30 } },
      colors: { masthead: '#003399' },
    });
    expect(theme.page.marginsMm).toEqual({ top: 37, bottom: 35, left: 30, right: 26 });
    expect(theme.colors.masthead).toBe('#003399');
    expect(theme.colors.mastheadRule).toBe('#E60012');
    // the defaults themselves are not changed by a merge
    expect(resolveTheme('official').page.marginsMm.left).toBe(28);
  });

  it('accepts sizes in 号 or points in a user theme', () => {
    expect(resolveTheme('modern', { sizes: { body: '小四', title: 18 } }).sizes).toMatchObject({
      body: 12,
      title: 18,
    });
  });

  it('refuses an unknown key, naming its path and the keys it could have meant', () => {
    const error = usage(() => resolveTheme('official', { page: { marginMm: { top: 30 } } }));
    expect(error.code).toBe('USAGE');
    expect(error.where).toBe('theme.page.marginMm');
    expect(error.message).toContain('marginsMm');
    expect(usage(() => resolveTheme('official', { colours: {} })).where).toBe('theme.colours');
  });

  it('refuses a value out of range or of the wrong kind, naming its path', () => {
    expect(usage(() => resolveTheme('official', { colors: { masthead: 'red' } })).where).toBe(
      'theme.colors.masthead',
    );
    expect(usage(() => resolveTheme('official', { sizes: { body: '特大号' } })).where).toBe(
      'theme.sizes.body',
    );
    expect(usage(() => resolveTheme('official', { page: { marginsMm: { top: -3 } } })).where).toBe(
      'theme.page.marginsMm.top',
    );
    expect(usage(() => resolveTheme('official', { numbering: { pageNumber: 'page' } })).message).toContain(
      '{n}',
    );
    expect(usage(() => resolveTheme('official', 'red' as never)).code).toBe('USAGE');
  });
});

describe('mastheadNameSize', () => {
  it('keeps the theme size for a short name and shrinks a long one to the allowed width', () => {
    const theme = resolveTheme('official');
    expect(mastheadNameSize(theme, '人大工作简报')).toBe(42);
    const long = '某某省人民代表大会常务委员会办公厅人大工作简报';
    const width = textBlockPt(theme).width * 0.92;
    expect(mastheadNameSize(theme, long) * long.length).toBeCloseTo(width, 5);
  });
});

describe('inlineEnumeration', () => {
  it('runs list items into 一是……；二是……。 with their own closing punctuation replaced', () => {
    const runs = inlineEnumeration(resolveTheme('official'), [
      [{ type: 'text', value: '加强监督。' }],
      [{ type: 'text', value: '密切联系群众；' }],
    ]);
    expect(runs.map((run) => ('value' in run ? run.value : '')).join('')).toBe(
      '一是加强监督；二是密切联系群众。',
    );
  });
});
