import { type BlockNode, JianbaoError } from '@jianbao/core/document';
import type { FileChild } from 'docx';
import type { RenderContext } from '../context.js';
import { chart } from './chart.js';
import { closing } from './closing.js';
import { editorsNote } from './editors-note.js';
import { heading } from './heading.js';
import { list } from './list.js';
import { masthead } from './masthead.js';
import { pageBreak } from './page-break.js';
import { paragraph } from './paragraph.js';
import { sourceNote } from './source-note.js';
import { table } from './table.js';
import { title } from './title.js';

/** One handler per block kind; adding a kind to the schema without a handler fails to type-check here. */
export function renderBlock(node: BlockNode, ctx: RenderContext, index: number): FileChild[] {
  switch (node.type) {
    case 'masthead':
      return masthead(node, ctx);
    case 'title':
      return title(node, ctx);
    case 'editorsNote':
      return editorsNote(node, ctx);
    case 'heading':
      return heading(node, ctx);
    case 'paragraph':
      return paragraph(node, ctx);
    case 'table':
      return table(node, ctx);
    case 'chart':
      return chart(node, ctx);
    case 'list':
      return list(node, ctx);
    case 'sourceNote':
      return sourceNote(node, ctx);
    case 'pageBreak':
      return pageBreak(node, ctx);
    case 'closing':
      return closing(node, ctx);
    default: {
      const unknown: never = node;
      const where = `children.${index}.type`;
      throw new JianbaoError('DOCUMENT_INVALID', `No Word handler for block kind at ${where}`, {
        where,
        snippet: JSON.stringify(unknown).slice(0, 80),
      });
    }
  }
}
