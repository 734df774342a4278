import type { ListNode } from '@jianbao/core';
import { type FileChild, LevelFormat, LevelSuffix, Paragraph } from 'docx';
import type { RenderContext } from '../context.js';
import { renderInlines } from '../inlines.js';
import { STYLE } from '../styles.js';

/**
 * Lists use Word numbering, so the numbers stay live when a reviewer inserts an item. `1.` and `•` sit at the body's
 * two-character indent with the text straight after them, as in 公文 prose; each list is an instance of its own.
 */
const ORDERED = {
  reference: 'jianbao-ordered',
  levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', suffix: LevelSuffix.NOTHING }],
};
const BULLET = {
  reference: 'jianbao-bullet',
  levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', suffix: LevelSuffix.SPACE }],
};

export function list(node: ListNode, ctx: RenderContext): FileChild[] {
  const instance = ctx.nextListInstance++;
  return node.items.map(
    (item) =>
      new Paragraph({
        style: STYLE.listItem,
        numbering: { reference: node.ordered ? ORDERED : BULLET, level: 0, instance, custom: true },
        children: renderInlines(item, ctx),
      }),
  );
}
