import type { PageBreakNode } from '@jianbao/core';
import { type FileChild, LineRuleType, PageBreak, Paragraph } from 'docx';
import type { RenderContext } from '../context.js';

/** A page break in a paragraph one twip high, so the new page starts with the next block, not a blank line. */
export function pageBreak(_node: PageBreakNode, _ctx: RenderContext): FileChild[] {
  return [
    new Paragraph({
      spacing: { line: 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      children: [new PageBreak()],
    }),
  ];
}
