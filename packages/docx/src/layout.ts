/**
 * GB/T 9704-2012 page geometry and 簡報 conventions, in Word's units (twips = 1/20 pt; half-points for font sizes;
 * eighths of a point for borders). Every number here is derived from the standard's millimetres and points.
 */
const mm = (value: number) => Math.round((value / 25.4) * 1440);

export const PAGE = {
  width: mm(210),
  height: mm(297),
  margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
  /**
   * Footer distance from the page's bottom edge. The standard puts the page number's lower edge 7 mm below the text
   * block (35 − 7 = 28 mm up); Word measures to the bottom of the footer's line box, which sits about 1.5 mm under
   * the digits' baseline at 14 pt.
   */
  footer: mm(26.5),
  header: mm(15),
} as const;

/** The text block: 156 × 225 mm. */
export const TEXT_BLOCK = {
  width: PAGE.width - PAGE.margin.left - PAGE.margin.right,
  height: PAGE.height - PAGE.margin.top - PAGE.margin.bottom,
} as const;

/** 22 lines a page: 225 mm / 22 ≈ 28.95 pt. Word's grid and the exact line spacing use the same pitch. */
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;
export const LINE_PITCH = Math.floor(TEXT_BLOCK.height / LINES_PER_PAGE);

/** Font sizes in points (3號 16, 4號 14, 2號 22, 小初 36, 小四 12). */
export const SIZE_PT = { body: 16, footer: 14, title: 22, masthead: 36, table: 12, note: 14 } as const;
export const halfPoints = (pt: number) => pt * 2;

/**
 * 28 characters a line. Word's character grid (`linesAndChars`, charSpace −849) would squeeze 16 pt characters into
 * 15.79 pt cells, but LibreOffice then gives every character two cells (measured: 14–18 characters a line). So the
 * grid is a line grid only, and Normal condenses its characters to fit 28 in the block in every application:
 * 156 mm / 28 ≈ 315.9 twips against 320 → −5 twips (−0.25 pt) of character spacing.
 */
export const CHARACTER_SPACING = Math.floor(TEXT_BLOCK.width / CHARS_PER_LINE - SIZE_PT.body * 20);

/** Red of the masthead and its rule: C0 M80 Y80 K0. */
export const RED = 'E60012';

/** Rules of the closing block (版記): 0.35 mm thick, 0.25 mm thin; Word counts border widths in 1/8 pt. */
const eighthsOfPoint = (millimetres: number) => Math.round((millimetres / 25.4) * 72 * 8);
export const RULE = { thick: eighthsOfPoint(0.35), thin: eighthsOfPoint(0.25), masthead: 18 } as const;

/** Word's charts are sized in pixels at 96 dpi. */
export const TEXT_BLOCK_PX = Math.floor((TEXT_BLOCK.width / 1440) * 96);
