import type { Node, NodeQueries } from 'pdfmake/interfaces';
import { MARK } from './style.js';

const marked = (node: Node, mark: string): boolean =>
  node.style === mark || (Array.isArray(node.style) && node.style.includes(mark));

/** Nodes of the flow: the page numbers (and the 版記 drawn with the last page's footer) are not. */
const inFlow = (nodes: Node[]): Node[] => nodes.filter((node) => !marked(node, MARK.footer));

/** Nodes that start on `page` (a node that began on an earlier page is not "on" it for these rules). */
const startingOn = (nodes: Node[], page: number): Node[] =>
  nodes.filter((node) => node.startPosition.pageNumber === page);

/**
 * Keep-with-next, as pdfmake's `pageBreakBefore` (asked of every node after each layout pass; a `true` moves
 * the node to the next page and lays the document out again):
 * - a heading or caption (any node with a `headlineLevel`) never ends a page: when nothing of the flow follows it
 *   on its page, it goes to the next;
 * - the closing block (版記) is never alone on a page: when it is the first thing on the next page, the last two
 *   lines of this page go over with it.
 * Tables keep their own rules (header rows repeated, rows unsplit, header kept with the first row).
 */
export function keepRules(node: Node, nodes: NodeQueries): boolean {
  if (node.pageNumbers.length !== 1) return false;
  const page = node.startPosition.pageNumber;
  if (node.headlineLevel !== undefined) {
    const after = inFlow(nodes.getFollowingNodesOnPage());
    return after.length === 0 && inFlow(nodes.getNodesOnNextPage()).length > 0;
  }
  if (marked(node, MARK.line)) {
    const next = startingOn(inFlow(nodes.getNodesOnNextPage()), page + 1);
    if (!next[0] || !marked(next[0], MARK.closing)) return false;
    const linesAfter = inFlow(nodes.getFollowingNodesOnPage()).filter((n) => marked(n, MARK.line));
    return linesAfter.length === 1;
  }
  return false;
}

/** The `headlineLevel` of captions (table and chart titles): below every heading level, kept with what follows. */
export const CAPTION_LEVEL = 9;
