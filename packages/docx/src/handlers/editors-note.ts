import type { EditorsNoteNode } from '@jianbao/core/document';
import { type FileChild, Paragraph, TextRun } from 'docx';
import { alignmentOf } from '../alignment.js';
import type { RenderContext } from '../context.js';
import { renderInlines } from '../inlines.js';
import { STYLE } from '../styles.js';

/** 編者按: the label in the Emphasis style (黑體) opens the first paragraph; the note is set in 楷體. */
export function editorsNote(node: EditorsNoteNode, ctx: RenderContext): FileChild[] {
  return node.children.map(
    (paragraph, index) =>
      new Paragraph({
        style: STYLE.editorsNote,
        alignment: alignmentOf(paragraph.align),
        ...(paragraph.indent ? {} : { indent: { firstLineChars: 0, firstLine: 0 } }),
        children: [
          ...(index === 0 ? [new TextRun({ text: node.label, style: STYLE.emphasis })] : []),
          ...renderInlines(paragraph.children, ctx),
        ],
      }),
  );
}
