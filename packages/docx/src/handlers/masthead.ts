import { type MastheadNode, mastheadNameSize } from '@jianbao/core/document';
import { type FileChild, Paragraph, TabStopType, TextRun } from 'docx';
import type { RenderContext } from '../context.js';
import { halfPoints } from '../layout.js';
import { STYLE } from '../styles.js';

/**
 * 版頭 as the theme lays it out: classification, the briefing's name (shrunk to fit the line, the same size as the
 * PDF's), then — `banner` — 第N期 centred and office and date on one line over the rule, or — `compact` — issue,
 * office and date on that one line. The rule is the Masthead Line style's bottom border.
 */
export function masthead(node: MastheadNode, ctx: RenderContext): FileChild[] {
  const blocks: FileChild[] = [];
  if (node.classification) {
    blocks.push(new Paragraph({ style: STYLE.classification, children: [new TextRun(node.classification)] }));
  }
  blocks.push(
    new Paragraph({
      style: STYLE.masthead,
      children: [new TextRun({ text: node.name, size: halfPoints(mastheadNameSize(ctx.theme, node.name)) })],
    }),
  );
  const banner = ctx.theme.masthead.layout === 'banner';
  if (banner && node.issue) {
    blocks.push(new Paragraph({ style: STYLE.mastheadIssue, children: [new TextRun(node.issue)] }));
  }
  const lead = banner || !node.issue ? node.office : `${node.issue}　${node.office}`;
  blocks.push(
    new Paragraph({
      style: STYLE.mastheadLine,
      tabStops: [{ type: TabStopType.RIGHT, position: ctx.geometry.textWidth }],
      children: [new TextRun(lead), new TextRun({ text: `\t${node.date}` })],
    }),
  );
  return blocks;
}
