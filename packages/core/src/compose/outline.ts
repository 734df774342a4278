import type { BlockNode } from '../document/schema.js';
import type { DraftBlock } from './nodes.js';
import { headingNumber } from './numbering.js';

/**
 * Gives every heading its number and id from its position: 一、 （一） 1. （1）, restarting under each
 * higher heading. Unnumbered headings (附) print no number and leave the count alone.
 */
export function numberHeadings(blocks: readonly DraftBlock[]): BlockNode[] {
  const counters = [0, 0, 0, 0];
  return blocks.map((block) => {
    if (block.type !== 'draftHeading') return block;
    const { level } = block;
    const part = block.part ? { part: block.part } : {};
    if (!block.numbered) {
      return {
        type: 'heading',
        level,
        numbering: '',
        text: block.text,
        id: `h-${block.slug ?? 'x'}`,
        ...part,
      };
    }
    counters[level - 1] = (counters[level - 1] ?? 0) + 1;
    for (let i = level; i < counters.length; i++) counters[i] = 0;
    const path = counters.slice(0, level);
    return {
      type: 'heading',
      level,
      numbering: headingNumber(level, counters[level - 1] ?? 1),
      text: block.text,
      id: `h-${path.join('-')}`,
      ...part,
    };
  });
}
