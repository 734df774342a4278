import { linePitchPt, mmToPt, type ResolvedTheme, textBlockPt } from '@jianbao/core/document';

/**
 * The theme's values in pdfmake's terms (points, [left, top, right, bottom] margins). Nothing here is a layout
 * decision of its own: every number is the theme's, converted.
 */
export interface PageGeometry {
  pageSize: { width: number; height: number };
  /** [left, top, right, bottom] in pt. */
  pageMargins: [number, number, number, number];
  width: number;
  height: number;
  /** Distance between body baselines, pt. */
  linePitch: number;
  /** From the foot of the text block to the top of the page number, pt. */
  gapToNumber: number;
}

export function pageGeometry(theme: ResolvedTheme): PageGeometry {
  const { page } = theme;
  const block = textBlockPt(theme);
  return {
    pageSize: { width: mmToPt(page.widthMm), height: mmToPt(page.heightMm) },
    pageMargins: [
      mmToPt(page.marginsMm.left),
      mmToPt(page.marginsMm.top),
      mmToPt(page.marginsMm.right),
      mmToPt(page.marginsMm.bottom),
    ],
    width: block.width,
    height: block.height,
    linePitch: linePitchPt(theme),
    gapToNumber: mmToPt(page.pageNumberGapMm),
  };
}

/** Style names that mark nodes for the keep-with-next rules (see `keepRules`); they carry no formatting. */
export const MARK = {
  footer: 'jbFooter',
  line: 'jbLine',
  heading: 'jbHeading',
  /** The unbreakable stack of headings kept with the paragraph under them (keepWithNext). */
  keptHeadings: 'jbKeptHeadings',
  closing: 'jbClosing',
  lastRow: 'jbLastRow',
  notes: 'jbNotes',
} as const;
