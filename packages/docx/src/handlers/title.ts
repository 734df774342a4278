import { type TitleNode, titleCharsPerLine, titleLines } from '@jianbao/core/document';
import { type FileChild, HeadingLevel, Paragraph, TextRun } from 'docx';
import type { RenderContext } from '../context.js';
import { STYLE } from '../styles.js';

/**
 * The title in Word's Title style (小標宋, centred), on the lines core's titleLines chooses (a line break between
 * them, as an editor would type), its subtitle under it; the space before the body is the styles'.
 */
export function title(node: TitleNode, ctx: RenderContext): FileChild[] {
  const lines = titleLines(node.text, titleCharsPerLine(ctx.theme));
  const blocks: FileChild[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      // With a subtitle, the space after the title comes after the subtitle instead.
      ...(node.subtitle ? { spacing: { after: 0 } } : {}),
      children: lines.map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}) })),
    }),
  ];
  if (node.subtitle) {
    blocks.push(new Paragraph({ style: STYLE.subtitle, children: [new TextRun(node.subtitle)] }));
  }
  return blocks;
}
