import type { MastheadNode } from '@jianbao/core';
import { BorderStyle, type FileChild, Paragraph, TabStopType, TextRun } from 'docx';
import type { RenderContext } from '../context.js';
import { RED, RULE, TEXT_BLOCK } from '../layout.js';
import { STYLE } from '../styles.js';

/** 版頭: classification, the briefing's name in red, 第N期, then office and date on one line over a red rule. */
export function masthead(node: MastheadNode, _ctx: RenderContext): FileChild[] {
  const blocks: FileChild[] = [];
  if (node.classification) {
    blocks.push(new Paragraph({ style: STYLE.classification, children: [new TextRun(node.classification)] }));
  }
  blocks.push(new Paragraph({ style: STYLE.masthead, children: [new TextRun(node.name)] }));
  if (node.issue)
    blocks.push(new Paragraph({ style: STYLE.mastheadIssue, children: [new TextRun(node.issue)] }));
  blocks.push(
    new Paragraph({
      style: STYLE.mastheadLine,
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_BLOCK.width }],
      border: { bottom: { style: BorderStyle.SINGLE, size: RULE.masthead, color: RED, space: 4 } },
      children: [new TextRun(node.office), new TextRun({ text: `\t${node.date}` })],
    }),
  );
  return blocks;
}
