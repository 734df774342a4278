import type { Content, Node, NodeQueries } from 'pdfmake/interfaces';
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
 *   lines of this page go over with it, and the headings over them too when nothing else is under those.
 * Tables keep their own rules (header rows repeated, rows unsplit, header kept with the first row).
 */
export function keepRules(node: Node, nodes: NodeQueries, closing: ClosingPlace = 'anywhere'): boolean {
  if (node.pageNumbers.length !== 1) return false;
  const page = node.startPosition.pageNumber;
  const level = node.headlineLevel;
  if (level !== undefined && level >= KEEP_SPACE) {
    // A caption: pdfmake may record a table's first rows on this page and then move them, so what follows cannot
    // be asked; the room left under the caption is compared with what must come along instead.
    const { pageInnerHeight, verticalRatio } = node.startPosition;
    const room = pageInnerHeight * (1 - verticalRatio);
    if (room < level - KEEP_SPACE && inFlow(nodes.getNodesOnNextPage()).length > 0) return true;
  }
  if (level !== undefined) {
    const after = inFlow(nodes.getFollowingNodesOnPage());
    return after.length === 0 && inFlow(nodes.getNodesOnNextPage()).length > 0;
  }
  const kept = marked(node, MARK.keptHeadings);
  if ((kept || marked(node, MARK.line)) && closingMayFollow(node, closing)) {
    const next = startingOn(inFlow(nodes.getNodesOnNextPage()), page + 1);
    const after = inFlow(nodes.getFollowingNodesOnPage());
    // The block goes to the next page: it is there already, or it is recorded here but has no room (an unbreakable
    // block is recorded where pdfmake tried it, and moved only when drawn).
    const here = after.find((n) => marked(n, MARK.closing) && typeof heightOf(n) === 'number');
    const overflows =
      here !== undefined &&
      (heightOf(here) ?? 0) > here.startPosition.pageInnerHeight * (1 - here.startPosition.verticalRatio);
    if (!overflows && (!next[0] || !marked(next[0], MARK.closing))) return false;
    // The last two lines of text go over with it. A heading over them goes too, or it would end the page: pdfmake
    // asks each node once, in order, so the heading is told now, before its lines are.
    const linesAfter = after.filter((n) => marked(n, MARK.line));
    if (!kept) return linesAfter.length === 1;
    // Headings kept with their text (keepWithNext) go over too when no more than those two lines of text follow
    // them, or they would end the page. pdfmake asks each node once, in order: the headings are told before their
    // lines are, and as a whole (a node moved out of an unbreakable stack is lost).
    return linesAfter.filter((n) => !marked(n, MARK.heading)).length <= 2;
  }
  return false;
}

/**
 * Where the flow's closing blocks (MARK.closing) are, known before layout (see `closingPlace`): every query of
 * pdfmake's `NodeQueries` scans the rest of the document, and every line of every paragraph is asked, so the
 * closing rule asked of every line was quadratic (2,000 cities: some 20 s). A line far from any closing block
 * is not asked.
 */
export type ClosingPlace = 'none' | 'last' | 'anywhere';

/**
 * Whether the closing rule can concern a line: never without a closing block in the flow; with one as the
 * flow's last block, only on the last pages (the block is recorded on the last page, or the one before when
 * pdfmake moves it over as it draws; one more page of margin).
 */
function closingMayFollow(node: Node, closing: ClosingPlace): boolean {
  if (closing === 'none') return false;
  if (closing === 'last') return node.startPosition.pageNumber >= node.pages - 2;
  return true;
}

/** Where the closing blocks of `content` (the top-level blocks of the flow) stand, for `keepRules`. */
export function closingPlace(content: readonly Content[]): ClosingPlace {
  const at = content.flatMap((block, index) =>
    marked(block as unknown as Node, MARK.closing) ? [index] : [],
  );
  if (at.length === 0) return 'none';
  return at.length === 1 && at[0] === content.length - 1 ? 'last' : 'anywhere';
}

/** `headlineLevel`s from here up say how much room (pt, above this base) must follow on the page. */
const KEEP_SPACE = 1000;

/** The `headlineLevel` of a caption that needs `room` pt under its top: itself, the header rows and a first row. */
export const keepSpaceLevel = (room: number): number => KEEP_SPACE + Math.ceil(room);

/** A closing block carries its height (pt) for the rule above as a style name: `jbClosingHeight:123.4`. */
const HEIGHT_STYLE = 'jbClosingHeight:';
export const closingHeightStyle = (height: number): string => `${HEIGHT_STYLE}${height.toFixed(1)}`;

function heightOf(node: Node): number | undefined {
  const styles = Array.isArray(node.style) ? node.style : [node.style];
  const style = styles.find((s): s is string => typeof s === 'string' && s.startsWith(HEIGHT_STYLE));
  return style === undefined ? undefined : Number(style.slice(HEIGHT_STYLE.length));
}

/** A node of the definition, as the handlers write them (only what keepWithNext reads). */
interface Block {
  headlineLevel?: number;
  margin?: number | [number, number] | [number, number, number, number];
}

/** A paragraph as the paragraph handler writes it: a stack of lines, each a MARK.line. */
const isParagraph = (node: Content): boolean => {
  const stack = (node as { stack?: unknown }).stack;
  return Array.isArray(stack) && stack.length > 0 && stack.every((line) => marked(line as Node, MARK.line));
};

const withoutLevel = (node: Content): Content => {
  const { headlineLevel: _level, ...rest } = node as unknown as Block & Record<string, unknown>;
  return rest as unknown as Content;
};

const isHeading = (node: Block): boolean =>
  node.headlineLevel !== undefined && node.headlineLevel < KEEP_SPACE;

/**
 * Keep-with-next decided in the one layout, where pdfmake's `pageBreakBefore` would lay the whole document out
 * again for every heading it moves (quadratic in the pages: 2,000 cities took minutes). A run of headings goes
 * into an unbreakable stack with `room` pt of blank space under it, and the paragraph after it is pulled up over
 * that space: where the stack fits, so does the paragraph's first line; where it does not, the headings go over
 * together. The `pageBreakBefore` rule above stays for what this cannot see (a heading before a table or at the end).
 */
export function keepWithNext(content: Content[], room: number): Content[] {
  const out: Content[] = [];
  for (let i = 0; i < content.length; i++) {
    const node = content[i] as Block & Content;
    if (!isHeading(node)) {
      out.push(node);
      continue;
    }
    let end = i;
    while (end + 1 < content.length && isHeading(content[end + 1] as Block)) end++;
    const next = content[end + 1] as (Block & Content) | undefined;
    // Only a flowing block follows this way: a table caption keeps its own room (keepSpaceLevel).
    if (next === undefined || (next as Block).headlineLevel !== undefined || typeof next !== 'object') {
      for (let k = i; k <= end; k++) out.push(content[k] as Content);
      i = end;
      continue;
    }
    const reserve = {
      canvas: [{ type: 'line', x1: 0, y1: room, x2: 0, y2: room, lineWidth: 0, lineColor: 'white' }],
    };
    // Headings kept so with a paragraph need no `pageBreakBefore` rule: their paragraph's first line is in the
    // reserved room, on their page. Without their `headlineLevel` the rule is not asked (each ask scans the rest
    // of the document: quadratic over 2,000 headings); they stay lines for the closing rule.
    const kept = isParagraph(next) ? content.slice(i, end + 1).map(withoutLevel) : content.slice(i, end + 1);
    out.push({ stack: [...kept, reserve], unbreakable: true, style: MARK.keptHeadings } as Content);
    out.push({ stack: [next], margin: [0, -room, 0, 0] } as Content);
    i = end + 1;
  }
  return out;
}
