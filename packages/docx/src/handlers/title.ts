import type { TitleNode } from '@jianbao/core';
import { type FileChild, HeadingLevel, Paragraph, TextRun } from 'docx';
import type { RenderContext } from '../context.js';
import { STYLE } from '../styles.js';

/** The title in Word's Title style (小標宋, centred), its subtitle under it; the space before the body is the styles'. */
export function title(node: TitleNode, _ctx: RenderContext): FileChild[] {
  const blocks: FileChild[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      // With a subtitle, the space after the title comes after the subtitle instead.
      ...(node.subtitle ? { spacing: { after: 0 } } : {}),
      children: [new TextRun(node.text)],
    }),
  ];
  if (node.subtitle) {
    blocks.push(new Paragraph({ style: STYLE.subtitle, children: [new TextRun(node.subtitle)] }));
  }
  return blocks;
}
