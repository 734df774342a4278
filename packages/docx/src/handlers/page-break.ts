import type { PageBreakNode } from '@jianbao/core/document';
import { type FileChild, PageBreak, Paragraph } from 'docx';
import type { RenderContext } from '../context.js';
import { HAIRLINE_SPACING } from '../layout.js';

/** A page break in a paragraph one point high, so the new page starts with the next block, not a blank line. */
export function pageBreak(_node: PageBreakNode, _ctx: RenderContext): FileChild[] {
  return [new Paragraph({ spacing: HAIRLINE_SPACING, children: [new PageBreak()] })];
}
