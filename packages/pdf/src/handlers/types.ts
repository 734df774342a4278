import type { BlockNode } from '@jianbao/core/document';
import type { Content } from 'pdfmake/interfaces';
import type { RenderContext } from '../layout/context.js';

/** Lays out one block: `where` is its path in the document (children.4) for error messages. */
export type Handler<K extends BlockNode['type']> = (
  node: Extract<BlockNode, { type: K }>,
  ctx: RenderContext,
  where: string,
) => Content[];
