/** Millimetres to PDF points. */
export const mm = (value: number): number => (value * 72) / 25.4;

/** The layout numbers of one style. `official` follows GB/T 9704-2012 (see DESIGN.md). */
export interface LayoutStyle {
  name: 'official' | 'modern';
  /** [left, top, right, bottom] in pt. */
  pageMargins: [number, number, number, number];
  bodySize: number;
  /** Distance between baselines of body lines, pt. */
  linePitch: number;
  /** Characters per body line; character spacing is tuned so that exactly this many fit. */
  charsPerLine: number | null;
  titleSize: number;
  headingSizes: [number, number, number, number];
  footerSize: number;
  /** From the foot of the text block to the top of the page number, pt. */
  footerGap: number;
  /** Alternate page numbers right (odd) and left (even), one character in; else centred. */
  alternateFooter: boolean;
  /** Page number as printed. */
  pageNumber: (page: number) => string;
  red: string;
  accent: string;
  text: string;
  muted: string;
  tableSize: number;
  chartSize: number;
  /** Hairline widths of the closing block (版記) rules, pt. */
  thickRule: number;
  thinRule: number;
}

const A4_WIDTH = 595.28;

export const OFFICIAL: LayoutStyle = {
  name: 'official',
  // GB/T 9704: top 37 mm, left 28 mm, text block 156 × 225 mm.
  pageMargins: [mm(28), mm(37), A4_WIDTH - mm(28) - mm(156), 841.89 - mm(37) - mm(225)],
  bodySize: 16,
  // A hair under 225 mm / 22, so that rounding never pushes the 22nd line onto the next page.
  linePitch: mm(225) / 22 - 0.01,
  charsPerLine: 28,
  titleSize: 22,
  headingSizes: [16, 16, 16, 16],
  footerSize: 14,
  footerGap: mm(7),
  alternateFooter: true,
  pageNumber: (page) => `— ${page} —`,
  red: '#E60012',
  accent: '#E60012',
  text: '#000000',
  muted: '#000000',
  tableSize: 12,
  chartSize: 10.5,
  thickRule: mm(0.35),
  thinRule: mm(0.25),
};

/** Screen reading: wider text block, smaller type, calm colours; same content and order. */
export const MODERN: LayoutStyle = {
  name: 'modern',
  pageMargins: [mm(22), mm(22), mm(22), mm(24)],
  bodySize: 11,
  linePitch: 20,
  charsPerLine: null,
  titleSize: 20,
  headingSizes: [14, 12.5, 11.5, 11],
  footerSize: 9,
  footerGap: mm(8),
  alternateFooter: false,
  pageNumber: (page) => `${page}`,
  red: '#C8102E',
  accent: '#1F4E79',
  text: '#1A1A1A',
  muted: '#5F6368',
  tableSize: 9.5,
  chartSize: 9,
  thickRule: 1,
  thinRule: 0.5,
};

export function layoutStyle(name: 'official' | 'modern'): LayoutStyle {
  return name === 'official' ? OFFICIAL : MODERN;
}

/** Width of the text block, pt. */
export function textWidth(style: LayoutStyle): number {
  return A4_WIDTH - style.pageMargins[0] - style.pageMargins[2];
}

/** Height of the text block, pt. */
export function textHeight(style: LayoutStyle): number {
  return 841.89 - style.pageMargins[1] - style.pageMargins[3];
}
