/**
 * A theme: every layout value of a briefing, named. Both renderers (`@jianbao/pdf`, `@jianbao/docx`) read it and
 * decide nothing of their own, so a third renderer reads the same numbers instead of copying them. Lengths carry
 * their unit in the name (`…Mm`, `…Pt`); type sizes are points or the Chinese size names (三号, 小初 …); colours
 * are `#RRGGBB`.
 */

/** A type size: points, or a Chinese size name (初号 … 八号, 小初 … 小六, 號 accepted). */
export type TypeSize = number | string;

/** The font roles of a briefing: which face each kind of text is set in. */
export const THEME_FONT_ROLES = ['body', 'title', 'heading1', 'heading2', 'footer', 'chart'] as const;
export type ThemeFontRole = (typeof THEME_FONT_ROLES)[number];

/** Named type sizes, one per kind of text. */
export const THEME_SIZE_ROLES = [
  'body',
  'title',
  'subtitle',
  'heading1',
  'heading2',
  'heading3',
  'heading4',
  'masthead',
  'mastheadIssue',
  'mastheadLine',
  'classification',
  'caption',
  'table',
  'tableNote',
  'chartTitle',
  'chart',
  'sourceNote',
  'closing',
  'pageNumber',
] as const;
export type ThemeSizeRole = (typeof THEME_SIZE_ROLES)[number];

export interface Theme<Size = TypeSize> {
  page: {
    widthMm: number;
    heightMm: number;
    marginsMm: { top: number; bottom: number; left: number; right: number };
    /** Body lines a page (GB/T 9704: 22); null when the pitch comes from `lineHeight` instead. */
    linesPerPage: number | null;
    /** Body characters a line (28); null for proportional setting. */
    charsPerLine: number | null;
    /** Line pitch as a multiple of the body size, used when `linesPerPage` is null. */
    lineHeight: number;
    /** From the foot of the text block to the top of the page number. */
    pageNumberGapMm: number;
    /** Word's header distance from the page's top edge. */
    headerMm: number;
  };
  /** Face names per role, the official face first (Word uses the first it has; the rest go to its font table). */
  fonts: Record<ThemeFontRole, string[]> & { latin: string };
  sizes: Record<ThemeSizeRole, Size>;
  colors: {
    text: string;
    /** Notes, source notes, the modern style's page numbers. */
    muted: string;
    /** The masthead's name. */
    masthead: string;
    mastheadRule: string;
    /** Level-1 headings, captions and chart titles. */
    heading: string;
    /** Figures in running text. */
    figure: string;
    /** Accent of the modern style (editor's note bar). */
    accent: string;
    pageNumber: string;
    tableRule: string;
    tableHeaderFill: string;
    tableHeaderText: string;
    /** Fill of every other body row; null for none. */
    tableStripe: string | null;
    closingRule: string;
    chartSeries: string[];
    chartAxis: string;
    chartGrid: string;
    chartText: string;
    chartMuted: string;
  };
  rules: {
    /** The red rule under the masthead. */
    mastheadPt: number;
    /** 版记: the first and last rules (0.35 mm), the rules between (0.25 mm). */
    closingThickMm: number;
    closingThinMm: number;
    tablePt: number;
    /** The bar beside a boxed editor's note. */
    editorsNoteBarPt: number;
  };
  spacing: {
    /** Above the masthead's name, and after each masthead line. */
    mastheadTopPt: number;
    mastheadNameAfterPt: number;
    mastheadIssueAfterPt: number;
    mastheadLineAfterPt: number;
    mastheadRuleAfterPt: number;
    /**
     * After the title (and its subtitle), in body lines; the title's line pitch as a multiple of its size (under the
     * grid's pitch, or Word snaps each title line to two grid lines).
     */
    titleAfterLines: number;
    titleLineHeight: number;
    /** After each body paragraph, as a multiple of the body size. */
    paragraphAfter: number;
    /** Before and after headings of levels 1–4. */
    headingBeforePt: [number, number, number, number];
    headingAfterPt: number;
    /** After a table, a chart, an editor's note, a source note. */
    blockAfterPt: number;
    captionBeforePt: number;
    captionAfterPt: number;
    /** Line pitch inside tables and table notes, as a multiple of their size. */
    tableLineHeight: number;
    tableCellPaddingXPt: number;
    tableCellPaddingYPt: number;
    /** 版记: padding above and below each line, and its line pitch as a multiple of its size. */
    closingPaddingPt: number;
    closingLineHeight: number;
    /** Before the closing block when it is set in the flow. */
    closingBeforePt: number;
    /** Inner padding of a boxed editor's note. */
    editorsNotePaddingPt: number;
    /** Height of a chart's plot relative to the text block's width, and its cap. */
    chartHeightRatio: number;
    chartMaxHeightPt: number;
  };
  indent: {
    /** First-line indent of body paragraphs, in characters. */
    paragraphChars: number;
    /** Indent of headings, in characters. */
    headingChars: number;
    /** The page number's distance in from the text block's edge, in characters of its size. */
    pageNumberChars: number;
    /** The 版记's lines in from each side, in characters of its size. */
    closingChars: number;
  };
  numbering: {
    /** The page number as printed; `{n}` is the number. */
    pageNumber: string;
    /** `outside`: right on odd pages and left on even (GB/T 9704); `center`. */
    pageNumberPosition: 'outside' | 'center';
    /**
     * How a list is set: `inline` runs its items in one paragraph (一是……；二是……, no bullets, as 简报 do);
     * `marks` sets one item a line with `ordered`/`bullet` marks.
     */
    lists: 'inline' | 'marks';
    /** An ordered item's mark; `{n}` is its number, `{cn}` its Chinese numeral. */
    ordered: string;
    bullet: string;
    /** Inline enumerations: the words before each item (`{cn}` 一 二 …) and between items. */
    inlineLead: string;
    inlineSeparator: string;
    inlineEnd: string;
  };
  /** The face and weight emphasis is set in: Chinese documents emphasise with 黑体, not bold or italics. */
  emphasis: { font: ThemeFontRole; bold: boolean };
  masthead: {
    /** `banner`: the large centred name, 第N期, office and date over a rule; `compact`: one header line. */
    layout: 'banner' | 'compact';
    /** A long name shrinks to fit this share of the text block's width. */
    nameMaxWidth: number;
  };
  editorsNote: { boxed: boolean };
  /**
   * `grid`: every cell ruled (official); `rows`: rules between rows only, a heavier one under the header.
   * `keepWhole`: a table whose rows, at one line each, take at most this share of the text block's height is never
   * split across pages — it goes whole, caption too, to the next page (0: any table may split by rows).
   */
  table: { rules: 'grid' | 'rows'; captionAlign: 'center' | 'left'; keepWhole: number };
  /** `foot`: the 版记 at the foot of the last page (GB/T 9704); `flow`: after the text. */
  closing: { placement: 'foot' | 'flow' };
  /** The chart in Word: its size in px and type sizes of its text. */
  chart: { barPx: number; chromePx: number; minHeightPx: number; columnHeightPx: number };
}

/** A theme with every size in points: what renderers read. */
export type ResolvedTheme = Theme<number> & { name: string };

/** Any part of a theme, for users to override: every key optional, all the way down (arrays replace whole). */
export type DeepPartial<T> = T extends unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;
export type PartialTheme = DeepPartial<Theme>;
