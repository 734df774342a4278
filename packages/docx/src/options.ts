import type { DocxFonts } from './fonts.js';

export interface RenderDocxOptions {
  /** Each figure carries its source sentences as a Word comment, for a reviewer to check. Default `true`. */
  provenance?: boolean;
  /** Font names per role, official face first; roles left out keep the defaults (see `DEFAULT_FONTS`). */
  fonts?: Partial<DocxFonts>;
  /** The author Word shows on provenance comments. Default `jianbao`. */
  commentAuthor?: string;
}
