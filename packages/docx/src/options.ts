import type { PartialTheme } from '@jianbao/core/document';
import type { DocxFonts } from './fonts.js';

export interface RenderDocxOptions {
  /** Each figure carries its source sentences as a Word comment, for a reviewer to check. Default `true`. */
  provenance?: boolean;
  /** Overrides `doc.meta.style`: which theme (`official` GB/T 9704, `modern`) the briefing is laid out in. */
  style?: 'official' | 'modern';
  /**
   * Any part of a theme (see `Theme` in @jianbao/core), deep-merged over the style's own. Unknown keys and bad
   * values are refused (`USAGE`).
   */
  theme?: PartialTheme;
  /** Font names per role, official face first; roles left out keep the theme's. */
  fonts?: Partial<DocxFonts>;
  /** The author Word shows on provenance comments. Default `jianbao`. */
  commentAuthor?: string;
  /**
   * An office's own Word template (.docx bytes), used as pandoc uses `--reference-doc`: its styles, page setup,
   * headers and footers, and its masthead paragraphs with {{name}} {{issue}} {{office}} {{date}} filled in; the
   * content is ours. A style the template lacks falls back to ours, with a warning.
   */
  template?: Uint8Array;
  /** Told what fell back (a style the template lacks …); default: nothing is said. */
  onWarning?: (message: string) => void;
}

/** The options `renderDocx` knows; any other is refused rather than silently ignored. */
export const RENDER_DOCX_OPTIONS = [
  'provenance',
  'style',
  'theme',
  'fonts',
  'commentAuthor',
  'template',
  'onWarning',
] as const;
