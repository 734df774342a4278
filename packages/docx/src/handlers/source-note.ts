import type { SourceNoteNode } from '@jianbao/core/document';
import { type FileChild, Paragraph } from 'docx';
import { keepsWithClosing, type RenderContext } from '../context.js';
import { renderInlines } from '../inlines.js';
import { STYLE } from '../styles.js';

/** （來源：…） after a city's paragraphs, right-aligned in 楷體. */
export function sourceNote(node: SourceNoteNode, ctx: RenderContext): FileChild[] {
  return [
    new Paragraph({
      style: STYLE.sourceNote,
      ...(keepsWithClosing(ctx, node) ? { keepNext: true } : {}),
      children: renderInlines(node.children, ctx),
    }),
  ];
}
