import type { ResolvedTheme } from '@jianbao/core/document';

/**
 * The theme's values in Word's units: twips (1/20 pt) for lengths, half-points for type sizes, eighths of a point
 * for borders, pixels at 96 dpi for charts. Only conversions live here; every number comes from the theme.
 */
export const twips = (pt: number): number => Math.round(pt * 20);
export const mmTwips = (mm: number): number => Math.round((mm / 25.4) * 1440);
export const halfPoints = (pt: number): number => Math.round(pt * 2);
export const eighthsOfPoint = (pt: number): number => Math.round(pt * 8);
export const mmEighths = (mm: number): number => eighthsOfPoint((mm / 25.4) * 72);
/** Word's "single" line spacing, in 240ths of a line. */
export const SINGLE_LINE = 240;
/** Chinese characters, as Word counts `firstLineChars` (hundredths of a character). */
export const chars = (count: number): number => Math.round(count * 100);
/** `#E60012` → `E60012`, as Word writes colours. */
export const wordColour = (colour: string): string => colour.replace(/^#/, '').toUpperCase();

export interface WordGeometry {
  page: {
    width: number;
    height: number;
    margin: { top: number; bottom: number; left: number; right: number };
    footer: number;
    header: number;
  };
  /** The text block, twips. */
  textWidth: number;
  textHeight: number;
  /** Body line pitch, twips: the grid's and the exact line spacing's (Word ignores the grid for exact spacing). */
  linePitch: number;
  /** Body lines a page when the theme has a grid. */
  linesPerPage: number | null;
  /** Character spacing (twips) that fits `charsPerLine` body characters in the text block; 0 without a grid. */
  characterSpacing: number;
  /** The text block's width in pixels, for charts. */
  textWidthPx: number;
}

export function wordGeometry(theme: ResolvedTheme): WordGeometry {
  const { page } = theme;
  const margin = {
    top: mmTwips(page.marginsMm.top),
    bottom: mmTwips(page.marginsMm.bottom),
    left: mmTwips(page.marginsMm.left),
    right: mmTwips(page.marginsMm.right),
  };
  const width = mmTwips(page.widthMm);
  const height = mmTwips(page.heightMm);
  const textWidth = width - margin.left - margin.right;
  const textHeight = height - margin.top - margin.bottom;
  const lines = page.linesPerPage;
  const linePitch = lines ? Math.floor(textHeight / lines) : twips(theme.sizes.body * page.lineHeight);
  const perLine = page.charsPerLine;
  // 28 characters a line. Word's character grid (`linesAndChars`) would squeeze the characters into cells, but
  // LibreOffice then gives every character two cells; so the grid is a line grid only, and Normal condenses its
  // characters to fit (156 mm / 28 ≈ 315.9 twips against 320 for 3号 → −5 twips).
  const characterSpacing = perLine ? Math.floor(textWidth / perLine - twips(theme.sizes.body)) : 0;
  // The standard puts the page number's top `pageNumberGapMm` under the text block; Word places the footer by the
  // bottom of its line box, about a third of the number's size under the digits' top.
  const numberPt = theme.sizes.pageNumber;
  const footer = Math.max(0, margin.bottom - mmTwips(page.pageNumberGapMm) - twips(numberPt / 3));
  return {
    page: { width, height, margin, footer, header: mmTwips(page.headerMm) },
    textWidth,
    textHeight,
    linePitch,
    linesPerPage: lines,
    characterSpacing,
    textWidthPx: Math.floor((textWidth / 1440) * 96),
  };
}

/** A paragraph one point high: carries a page break or anchors a floating table without taking a line. */
export const HAIRLINE_SPACING = { line: 20, lineRule: 'exact', before: 0, after: 0 } as const;
