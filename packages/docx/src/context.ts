import type { BriefingDocument } from '@jianbao/core';
import type { ICommentOptions } from 'docx';
import type { DocxFonts } from './fonts.js';

/**
 * What the handlers share while one document is rendered: the options, and counters that must give the same ids in
 * the same order on every render (comments, drawings, lists) so output is deterministic.
 */
export interface RenderContext {
  readonly doc: BriefingDocument;
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
  options: { fonts: DocxFonts; provenance: boolean; commentAuthor: string },
): RenderContext {
  return {
    doc,
    fonts: options.fonts,
    provenance: options.provenance,
    commentAuthor: options.commentAuthor,
    date: new Date(`${doc.meta.date}T00:00:00Z`),
    comments: [],
    nextDrawingId: 1,
    nextListInstance: 1,
  };
}
