import { headingNumber } from '../compose/numbering.js';
import { BRIEFING_PARTS, type BriefingPart } from '../compose/options.js';
import { JianbaoError } from '../errors.js';
import { NEW_HEADING_ID } from './builders.js';
import type { BlockNode, BriefingDocument } from './schema.js';
import { validateDocument } from './validate.js';

/** Where a section goes: before or after one of the composed parts (`BRIEFING_PARTS`). */
export type Anchor = { before: BriefingPart } | { after: BriefingPart };

const usage = (message: string, snippet: string) =>
  new JianbaoError('USAGE', `insertSection: ${message}`, { where: 'insertSection(anchor)', snippet });

/**
 * A new document with `section` (blocks built with `build.*`, or any BlockNodes) placed before or after a composed
 * part — `{ before: 'closing' }`, `{ after: 'laws' }` — without knowing the numbering: headings are numbered again
 * by position (一、 （一） …), numbered headings without an id of their own get their positional id, and the result
 * is validated (a duplicate id is DOCUMENT_DUPLICATE_ID). A part the briefing lacks (no laws were found) is placed
 * by the composition order: after `laws` means after the last part before it that is there.
 */
export function insertSection(
  doc: BriefingDocument,
  section: BlockNode | readonly BlockNode[],
  anchor: Anchor,
): BriefingDocument {
  const { edge, part } = readAnchor(anchor);
  const blocks = Array.isArray(section) ? [...section] : [section as BlockNode];
  if (blocks.length === 0) throw usage('the section has no block', '[]');
  const at = edge === 'before' ? startOf(doc.children, part) : endOf(doc.children, part);
  const children = [...doc.children.slice(0, at), ...blocks, ...doc.children.slice(at)];
  return validateDocument({ ...doc, children: renumber(children) });
}

/** The document with every numbered heading numbered (and given its positional id) again by position. */
export function renumberHeadings(doc: BriefingDocument): BriefingDocument {
  return validateDocument({ ...doc, children: renumber(doc.children) });
}

function readAnchor(anchor: unknown): { edge: 'before' | 'after'; part: BriefingPart } {
  const keys = anchor !== null && typeof anchor === 'object' ? Object.keys(anchor) : [];
  const edge = keys[0];
  if (keys.length !== 1 || (edge !== 'before' && edge !== 'after')) {
    throw usage(
      `the anchor is { before: part } or { after: part } (got ${JSON.stringify(anchor)})`,
      String(keys),
    );
  }
  const part = (anchor as Record<string, unknown>)[edge];
  if (!(BRIEFING_PARTS as readonly unknown[]).includes(part)) {
    throw usage(`unknown part ${JSON.stringify(part)}; known: ${BRIEFING_PARTS.join(', ')}`, String(part));
  }
  return { edge, part: part as BriefingPart };
}

const order = (part: BriefingPart) => BRIEFING_PARTS.indexOf(part);

/** Index of the part's first block, else of the first block of a later part, else the end. */
function startOf(children: readonly BlockNode[], part: BriefingPart): number {
  const index = children.findIndex((block) => block.part !== undefined && order(block.part) >= order(part));
  return index === -1 ? children.length : index;
}

/** Index after the part's last block, else after the last block of an earlier part, else after the title. */
function endOf(children: readonly BlockNode[], part: BriefingPart): number {
  for (let i = children.length - 1; i >= 0; i--) {
    const own = children[i]?.part;
    if (own !== undefined && order(own) <= order(part)) return i + 1;
  }
  const title = children.findIndex((block) => block.type === 'title');
  return title === -1 ? 0 : title + 1;
}

const POSITIONAL_ID = /^h-\d+(-\d+)*$/;

function renumber(children: readonly BlockNode[]): BlockNode[] {
  const counters = [0, 0, 0, 0];
  return children.map((block) => {
    if (block.type !== 'heading' || block.numbering === '') return block;
    const { level } = block;
    counters[level - 1] = (counters[level - 1] ?? 0) + 1;
    for (let i = level; i < counters.length; i++) counters[i] = 0;
    const positional = block.id === NEW_HEADING_ID || POSITIONAL_ID.test(block.id);
    return {
      ...block,
      numbering: headingNumber(level, counters[level - 1] ?? 1),
      id: positional ? `h-${counters.slice(0, level).join('-')}` : block.id,
    };
  });
}
