import { inlineEnumeration, type ListNode, listMark } from '@jianbao/core/document';
import { type FileChild, LevelFormat, LevelSuffix, Paragraph } from 'docx';
import { keepsWithClosing, type RenderContext } from '../context.js';
import { renderInlines } from '../inlines.js';
import { chars, twips } from '../layout.js';
import { STYLE } from '../styles.js';

/**
 * A list. `inline` (official): one body paragraph, 一是……；二是……。 — 简报 use no bullets. `marks`: Word numbering
 * (so the numbers stay live when a reviewer inserts an item), the mark at the body's indent and wrapped lines
 * hanging under the text, not under the mark; each list is an instance of its own so it restarts at 1.
 */
export function list(node: ListNode, ctx: RenderContext): FileChild[] {
  const { theme } = ctx;
  const keep = keepsWithClosing(ctx, node);
  if (theme.numbering.lists === 'inline') {
    return [
      new Paragraph({
        ...(keep ? { keepNext: true } : {}),
        children: renderInlines(inlineEnumeration(theme, node.items), ctx),
      }),
    ];
  }
  const size = theme.sizes.body;
  const instance = ctx.nextListInstance++;
  // Stated on the level, not left to the style: Word and LibreOffice let a list level's indent override the paragraph's.
  const mark = node.ordered ? theme.numbering.ordered : theme.numbering.bullet;
  const markChars = [...listMark(mark, node.items.length)].length;
  const hanging = twips(markChars * size);
  const level = {
    level: 0,
    format: node.ordered ? LevelFormat.DECIMAL : LevelFormat.BULLET,
    text: node.ordered ? mark.replace('{n}', '%1').replace('{cn}', '%1') : mark,
    suffix: LevelSuffix.TAB,
    style: {
      paragraph: {
        indent: {
          left: twips(theme.indent.paragraphChars * size) + hanging,
          hanging,
          firstLineChars: chars(0),
        },
      },
    },
  };
  const reference = `${node.ordered ? 'jianbao-ordered' : 'jianbao-bullet'}-${markChars}`;
  return node.items.map(
    (item, index) =>
      new Paragraph({
        style: STYLE.listItem,
        numbering: { reference: { reference, levels: [level] }, level: 0, instance, custom: true },
        ...(keep && index === node.items.length - 1 ? { keepNext: true } : {}),
        children: renderInlines(item, ctx),
      }),
  );
}
