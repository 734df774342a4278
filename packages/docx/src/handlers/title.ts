import type { TitleNode } from '@jianbao/core';
import { type FileChild, HeadingLevel, Paragraph, TextRun } from 'docx';
import type { RenderContext } from '../context.js';
import { LINE_PITCH } from '../layout.js';
import { STYLE } from '../styles.js';

/** The title in Word's Title style (小標宋, centred), its subtitle under it, then one blank line before the body. */
export function title(node: TitleNode, _ctx: RenderContext): FileChild[] {
  const blankLineAfter = { after: LINE_PITCH };
  const blocks: FileChild[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      ...(node.subtitle ? {} : { spacing: blankLineAfter }),
      children: [new TextRun(node.text)],
    }),
  ];
  if (node.subtitle) {
    blocks.push(
      new Paragraph({
        style: STYLE.subtitle,
        spacing: blankLineAfter,
        children: [new TextRun(node.subtitle)],
      }),
    );
  }
  return blocks;
}
