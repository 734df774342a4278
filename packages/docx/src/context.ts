import type { BlockNode, BriefingDocument, ResolvedTheme } from '@jianbao/core/document';
import type { ICommentOptions } from 'docx';
import type { DocxFonts } from './fonts.js';
import type { WordGeometry } from './layout.js';

/**
 * What the handlers share while one document is rendered: the theme (every layout value) in Word's units, the
 * options, and counters that must give the same ids in the same order on every render (comments, drawings, lists)
 * so output is deterministic.
 */
export interface RenderContext {
  readonly doc: BriefingDocument;
  readonly theme: ResolvedTheme;
  readonly geometry: WordGeometry;
  readonly fonts: DocxFonts;
  readonly provenance: boolean;
  readonly commentAuthor: string;
  /** Midnight UTC of `doc.meta.date`: the date of every comment. */
  readonly date: Date;
  /** Word comments collected from the figures, in document order; ids are their indices. */
  readonly comments: ICommentOptions[];
  /** Next `wp:docPr` id of a drawing; docx's own counter is shared by every document in the process. */
  nextDrawingId: number;
  /** Next numbering instance, so each list restarts at 1. */
  nextListInstance: number;
}

export function createContext(
  doc: BriefingDocument,
  options: {
    theme: ResolvedTheme;
    geometry: WordGeometry;
    fonts: DocxFonts;
    provenance: boolean;
    commentAuthor: string;
  },
): RenderContext {
  return {
    doc,
    ...options,
    date: new Date(`${doc.meta.date}T00:00:00Z`),
    comments: [],
    nextDrawingId: 1,
    nextListInstance: 1,
  };
}

/**
 * Whether `node` must stay on the page of the closing block that follows it: the 版记 is never alone on a page,
 * so the block before it keeps with it (Word's keep-with-next pulls its last lines over). Not after an explicit
 * page break, which means the closing block should stand alone.
 */
export function keepsWithClosing(ctx: RenderContext, node: BlockNode): boolean {
  const children = ctx.doc.children;
  const index = children.indexOf(node);
  return index >= 0 && children[index + 1]?.type === 'closing';
}
