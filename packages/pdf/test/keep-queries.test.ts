import type { Node, NodeQueries } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { closingPlace, keepRules } from '../src/layout/keep.js';
import { MARK } from '../src/layout/style.js';

// Each of pdfmake's queries scans the rest of the document; asked of every line, the rules were quadratic.
function counting(): { queries: NodeQueries; asked: () => number } {
  let asked = 0;
  const ask = () => {
    asked++;
    return [];
  };
  return {
    queries: { getFollowingNodesOnPage: ask, getNodesOnNextPage: ask, getPreviousNodesOnPage: ask },
    asked: () => asked,
  };
}

const line = (page: number, pages: number) =>
  ({
    style: MARK.line,
    pageNumbers: [page],
    pages,
    startPosition: { pageNumber: page, verticalRatio: 0.5, pageInnerHeight: 700 },
  }) as unknown as Node;

describe('keep rules: what they ask pdfmake', () => {
  it('tells where the flow’s closing block stands', () => {
    const closing = { stack: [], style: [MARK.closing, 'jbClosingHeight:80.0'] };
    expect(closingPlace([{ text: 'a' }])).toBe('none');
    expect(closingPlace([{ text: 'a' }, closing])).toBe('last');
    expect(closingPlace([closing, { text: 'a' }])).toBe('anywhere');
  });

  it('asks nothing of a line when the flow has no closing block, nor of a line far before a last one', () => {
    const none = counting();
    for (let page = 1; page <= 50; page++) keepRules(line(page, 50), none.queries, 'none');
    expect(none.asked()).toBe(0);
    const last = counting();
    for (let page = 1; page <= 47; page++) keepRules(line(page, 50), last.queries, 'last');
    expect(last.asked()).toBe(0);
    // On the last pages, and when the closing block may be anywhere, the rule is asked as before.
    keepRules(line(49, 50), last.queries, 'last');
    keepRules(line(3, 50), last.queries, 'anywhere');
    expect(last.asked()).toBeGreaterThan(0);
  });
});
