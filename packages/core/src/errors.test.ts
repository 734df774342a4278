import { describe, expect, it } from 'vitest';
import { isJianbaoError, JianbaoError, snippetAt } from './errors.js';

describe('JianbaoError', () => {
  it('carries a stable code and details', () => {
    const error = new JianbaoError('INPUT_EMPTY', 'empty input', { where: 'a.txt' });
    expect(error.code).toBe('INPUT_EMPTY');
    expect(error.details.where).toBe('a.txt');
    expect(isJianbaoError(error)).toBe(true);
    expect(isJianbaoError(new Error('x'))).toBe(false);
  });

  it('makes single-line snippets with ellipses where cut', () => {
    expect(snippetAt('abc\ndef', 3, 10)).toBe('abc def');
    expect(snippetAt('0123456789', 5, 2)).toBe('…3456…');
  });
});
