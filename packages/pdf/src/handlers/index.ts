import { type BlockNode, JianbaoError } from '@jianbao/core/document';
import type { Content } from 'pdfmake/interfaces';
import type { RenderContext } from '../layout/context.js';
import { chart } from './chart.js';
import { closing } from './closing.js';
import { editorsNote } from './editorsNote.js';
import { heading } from './heading.js';
import { list } from './list.js';
import { masthead } from './masthead.js';
import { pageBreak } from './pageBreak.js';
import { paragraph } from './paragraph.js';
import { sourceNote } from './sourceNote.js';
import { table } from './table.js';
import { title } from './title.js';

/** Lays out one block with its kind's handler. The `never` check makes a new node kind a compile error here. */
export function handleBlock(node: BlockNode, ctx: RenderContext, where: string): Content[] {
  switch (node.type) {
    case 'masthead':
      return masthead(node, ctx, where);
    case 'title':
      return title(node, ctx, where);
    case 'editorsNote':
      return editorsNote(node, ctx, where);
    case 'heading':
      return heading(node, ctx, where);
    case 'paragraph':
      return paragraph(node, ctx, where);
    case 'table':
      return table(node, ctx, where);
    case 'chart':
      return chart(node, ctx, where);
    case 'list':
      return list(node, ctx, where);
    case 'sourceNote':
      return sourceNote(node, ctx, where);
    case 'pageBreak':
      return pageBreak(node, ctx, where);
    case 'closing':
      return closing(node, ctx, where);
    default: {
      const unknown: never = node;
      const type = String((unknown as { type: unknown }).type);
      throw new JianbaoError('DOCUMENT_INVALID', `No PDF handler for block type "${type}" at ${where}`, {
        where,
        snippet: type,
      });
    }
  }
}
