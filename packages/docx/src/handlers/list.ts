import type { ListNode } from '@jianbao/core';
import { type FileChild, LevelFormat, LevelSuffix, Paragraph } from 'docx';
import type { RenderContext } from '../context.js';
import { renderInlines } from '../inlines.js';
import { STYLE } from '../styles.js';

/**
 * Lists use Word numbering, so the numbers stay live when a reviewer inserts an item. `1.` and `•` sit at the body's
 * two-character indent with the text straight after them, as in 公文 prose; each list is an instance of its own.
 */
// Stated on the level, not left to the style: Word and LibreOffice let a list level's indent override the paragraph's.
const BODY_INDENT = { style: { paragraph: { indent: { left: 0, firstLine: 640, firstLineChars: 200 } } } };
const ORDERED = {
  reference: 'jianbao-ordered',
  levels: [
    { level: 0, format: LevelFormat.DECIMAL, text: '%1.', suffix: LevelSuffix.NOTHING, ...BODY_INDENT },
  ],
};
const BULLET = {
  reference: 'jianbao-bullet',
  levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', suffix: LevelSuffix.SPACE, ...BODY_INDENT }],
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
