import type { HeadingNode, ResolvedTheme } from '@jianbao/core/document';
import { AlignmentType, BorderStyle, type IStylesOptions, LineRuleType } from 'docx';
import { type DocxFonts, runFont } from './fonts.js';
import {
  chars,
  eighthsOfPoint,
  halfPoints,
  SINGLE_LINE,
  twips,
  type WordGeometry,
  wordColour,
} from './layout.js';

/** Style ids the handlers refer to; Word shows the `name`s in its style gallery and navigation pane. */
export const STYLE = {
  normal: 'Normal',
  title: 'Title',
  subtitle: 'Subtitle',
  heading: ['Heading1', 'Heading2', 'Heading3', 'Heading4'] as const,
  masthead: 'Masthead',
  mastheadIssue: 'MastheadIssue',
  mastheadLine: 'MastheadLine',
  classification: 'Classification',
  editorsNote: 'EditorsNote',
  tableCaption: 'TableCaption',
  tableText: 'TableText',
  tableHeader: 'TableHeader',
  tableNote: 'TableNote',
  chartNote: 'ChartNote',
  sourceNote: 'SourceNote',
  listItem: 'ListItem',
  closing: 'Closing',
  footer: 'Footer',
  comment: 'CommentText',
  figure: 'Figure',
  emphasis: 'Emphasis',
} as const;

/** Styles whose lines are not the body's: off the line grid, so that each line takes its own height. */
export const OFF_GRID_STYLES = [
  STYLE.title,
  STYLE.subtitle,
  STYLE.masthead,
  STYLE.mastheadIssue,
  STYLE.mastheadLine,
  STYLE.classification,
  STYLE.tableCaption,
  STYLE.tableText,
  STYLE.tableHeader,
  STYLE.tableNote,
  STYLE.chartNote,
  STYLE.closing,
  STYLE.footer,
] as const;

/** Exact line spacing: Word ignores the grid for exact spacing, so the grid and the spacing must agree. */
const exactly = (line: number, after = 0) => ({ line, lineRule: LineRuleType.EXACT, before: 0, after });
const single = { before: 0, after: 0, line: SINGLE_LINE, lineRule: LineRuleType.AUTO };
const NO_INDENT = { firstLineChars: 0, firstLine: 0, left: 0, right: 0 };

/**
 * Every style of the briefing, from the theme: sizes, faces, colours, spacing, indents and the keep rules
 * (headings, captions and header rows keep with what follows). Handlers refer to styles by id and set no
 * formatting of their own, so an office's template can restyle everything.
 */
export function createStyles(
  theme: ResolvedTheme,
  geometry: WordGeometry,
  fonts: DocxFonts,
  language: string,
): IStylesOptions {
  const { sizes, colors, spacing, indent } = theme;
  const size = halfPoints;
  const pitch = geometry.linePitch;
  const body = runFont(fonts, 'body');
  const firstLine = (count: number, pt: number) => ({
    firstLineChars: chars(count),
    firstLine: twips(count * pt),
  });
  const paragraphIndent = firstLine(indent.paragraphChars, sizes.body);
  const after = (pt: number) => twips(pt);
  const heading = (level: HeadingNode['level']) => {
    const pt = sizes[`heading${level}`];
    return {
      indent: { ...NO_INDENT, ...firstLine(indent.headingChars, pt) },
      spacing: {
        ...exactly(pitch, after(spacing.headingAfterPt)),
        before: twips(spacing.headingBeforePt[level - 1] ?? 0),
      },
      keepNext: true,
      keepLines: true,
      outlineLevel: level - 1,
    };
  };
  const colour = (value: string) => wordColour(value);
  const centreOrLeft = (align: 'center' | 'left') =>
    align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;
  const tableLine = (pt: number) => twips(pt * spacing.tableLineHeight);
  const banner = theme.masthead.layout === 'banner';
  return {
    default: {
      document: {
        run: {
          font: body,
          size: size(sizes.body),
          characterSpacing: geometry.characterSpacing,
          color: colour(colors.text),
          // Latin text in en-US: with a Chinese language LibreOffice breaks lines inside numbers (13|6項).
          language: { value: 'en-US', eastAsia: language },
        },
        paragraph: { spacing: exactly(pitch) },
      },
      title: {
        run: {
          font: runFont(fonts, 'title'),
          size: size(sizes.title),
          bold: false,
          color: colour(colors.text),
        },
        paragraph: {
          alignment: AlignmentType.CENTER,
          indent: NO_INDENT,
          spacing: exactly(
            twips(sizes.title * spacing.titleLineHeight),
            Math.round(pitch * spacing.titleAfterLines),
          ),
          keepNext: true,
        },
      },
      heading1: {
        run: {
          font: runFont(fonts, 'heading1'),
          size: size(sizes.heading1),
          bold: false,
          color: colour(colors.heading),
        },
        paragraph: heading(1),
      },
      heading2: {
        run: {
          font: runFont(fonts, 'heading2'),
          size: size(sizes.heading2),
          bold: false,
          italics: false,
          color: colour(colors.text),
        },
        paragraph: heading(2),
      },
      heading3: {
        run: { font: body, size: size(sizes.heading3), bold: false, color: colour(colors.text) },
        paragraph: heading(3),
      },
      heading4: {
        run: {
          font: body,
          size: size(sizes.heading4),
          bold: false,
          italics: false,
          color: colour(colors.text),
        },
        paragraph: heading(4),
      },
    },
    paragraphStyles: [
      {
        id: STYLE.normal,
        name: 'Normal',
        quickFormat: true,
        run: { font: body, size: size(sizes.body) },
        paragraph: {
          alignment: AlignmentType.JUSTIFIED,
          indent: paragraphIndent,
          spacing: exactly(pitch, twips(spacing.paragraphAfter * sizes.body)),
        },
      },
      {
        id: STYLE.subtitle,
        name: 'Subtitle',
        basedOn: STYLE.normal,
        quickFormat: true,
        run: { font: runFont(fonts, 'heading2'), size: size(sizes.subtitle), color: colour(colors.muted) },
        paragraph: {
          alignment: AlignmentType.CENTER,
          indent: NO_INDENT,
          spacing: exactly(pitch, Math.round(pitch * spacing.titleAfterLines)),
          keepNext: true,
        },
      },
      {
        id: STYLE.masthead,
        name: 'Masthead',
        basedOn: STYLE.normal,
        next: STYLE.mastheadIssue,
        run: {
          font: runFont(fonts, 'title'),
          size: size(sizes.masthead),
          color: colour(colors.masthead),
          characterSpacing: 0,
        },
        paragraph: {
          alignment: banner ? AlignmentType.CENTER : AlignmentType.LEFT,
          indent: NO_INDENT,
          spacing: {
            ...single,
            before: twips(spacing.mastheadTopPt),
            after: twips(spacing.mastheadNameAfterPt),
          },
          keepNext: true,
        },
      },
      {
        id: STYLE.classification,
        name: 'Classification',
        basedOn: STYLE.normal,
        run: {
          font: runFont(fonts, 'heading1'),
          size: size(sizes.classification),
          color: colour(banner ? colors.text : colors.muted),
        },
        paragraph: {
          alignment: AlignmentType.LEFT,
          indent: NO_INDENT,
          spacing: { ...single, after: twips(spacing.mastheadLineAfterPt) },
        },
      },
      {
        id: STYLE.mastheadIssue,
        name: 'Masthead Issue',
        basedOn: STYLE.normal,
        run: { size: size(sizes.mastheadIssue) },
        paragraph: {
          alignment: AlignmentType.CENTER,
          indent: NO_INDENT,
          spacing: { ...single, after: twips(spacing.mastheadIssueAfterPt) },
          keepNext: true,
        },
      },
      {
        id: STYLE.mastheadLine,
        name: 'Masthead Line',
        basedOn: STYLE.normal,
        run: { size: size(sizes.mastheadLine), ...(banner ? {} : { color: colour(colors.muted) }) },
        paragraph: {
          alignment: AlignmentType.LEFT,
          indent: NO_INDENT,
          spacing: { ...single, after: twips(spacing.mastheadRuleAfterPt) },
          border: {
            bottom: {
              style: BorderStyle.SINGLE,
              size: eighthsOfPoint(theme.rules.mastheadPt),
              color: colour(colors.mastheadRule),
              space: Math.round(spacing.mastheadLineAfterPt),
            },
          },
        },
      },
      {
        id: STYLE.editorsNote,
        name: "Editor's Note",
        basedOn: STYLE.normal,
        run: { font: runFont(fonts, 'heading2') },
        paragraph: theme.editorsNote.boxed
          ? {
              indent: { ...paragraphIndent, left: twips(spacing.editorsNotePaddingPt) },
              spacing: exactly(pitch, twips(spacing.blockAfterPt)),
              border: {
                left: {
                  style: BorderStyle.SINGLE,
                  size: eighthsOfPoint(theme.rules.editorsNoteBarPt),
                  color: colour(colors.accent),
                  space: Math.round(spacing.editorsNotePaddingPt),
                },
              },
            }
          : { spacing: exactly(pitch, twips(spacing.blockAfterPt)) },
      },
      {
        id: STYLE.tableCaption,
        name: 'Table Caption',
        basedOn: STYLE.normal,
        next: STYLE.tableText,
        run: { font: runFont(fonts, 'heading1'), size: size(sizes.caption), color: colour(colors.heading) },
        paragraph: {
          alignment: centreOrLeft(theme.table.captionAlign),
          indent: NO_INDENT,
          spacing: {
            ...exactly(tableLine(sizes.caption), twips(spacing.captionAfterPt)),
            before: twips(spacing.captionBeforePt),
          },
          keepNext: true,
          keepLines: true,
        },
      },
      {
        id: STYLE.tableText,
        name: 'Table Text',
        basedOn: STYLE.normal,
        run: { size: size(sizes.table), characterSpacing: 0 },
        paragraph: {
          alignment: AlignmentType.LEFT,
          indent: NO_INDENT,
          spacing: exactly(tableLine(sizes.table)),
        },
      },
      {
        id: STYLE.tableHeader,
        name: 'Table Header',
        basedOn: STYLE.tableText,
        run: { font: runFont(fonts, 'heading1'), color: colour(colors.tableHeaderText) },
        paragraph: { alignment: AlignmentType.CENTER, keepNext: true },
      },
      {
        id: STYLE.tableNote,
        name: 'Table Note',
        basedOn: STYLE.normal,
        run: { size: size(sizes.tableNote), color: colour(colors.muted), characterSpacing: 0 },
        paragraph: {
          alignment: AlignmentType.LEFT,
          indent: NO_INDENT,
          spacing: exactly(tableLine(sizes.tableNote)),
          keepLines: true,
        },
      },
      {
        id: STYLE.chartNote,
        name: 'Chart Note',
        basedOn: STYLE.tableNote,
        paragraph: { spacing: exactly(tableLine(sizes.tableNote), twips(spacing.blockAfterPt)) },
      },
      {
        id: STYLE.sourceNote,
        name: 'Source Note',
        basedOn: STYLE.normal,
        run: { font: runFont(fonts, 'heading2'), size: size(sizes.sourceNote), color: colour(colors.muted) },
        paragraph: { alignment: AlignmentType.RIGHT, indent: NO_INDENT },
      },
      { id: STYLE.listItem, name: 'List Item', basedOn: STYLE.normal },
      {
        id: STYLE.closing,
        name: 'Closing',
        basedOn: STYLE.normal,
        run: { size: size(sizes.closing), characterSpacing: 0 },
        paragraph: {
          alignment: AlignmentType.LEFT,
          indent: {
            ...NO_INDENT,
            left: twips(indent.closingChars * sizes.closing),
            right: twips(indent.closingChars * sizes.closing),
          },
          spacing: {
            ...exactly(twips(sizes.closing * spacing.closingLineHeight), twips(spacing.closingPaddingPt)),
            before: twips(spacing.closingPaddingPt),
          },
          keepNext: true,
          keepLines: true,
        },
      },
      {
        id: STYLE.footer,
        name: 'footer',
        basedOn: STYLE.normal,
        run: {
          font: runFont(fonts, 'footer'),
          size: size(sizes.pageNumber),
          color: colour(colors.pageNumber),
          characterSpacing: 0,
        },
        paragraph: { indent: NO_INDENT, spacing: single },
      },
      {
        id: STYLE.comment,
        name: 'annotation text',
        basedOn: STYLE.normal,
        run: { size: size(sizes.tableNote), characterSpacing: 0 },
        paragraph: { alignment: AlignmentType.LEFT, indent: NO_INDENT, spacing: single },
      },
    ],
    characterStyles: [
      // docx's own character styles (Hyperlink, FootnoteReference …) are based on it but leave it undefined.
      { id: 'DefaultParagraphFont', name: 'Default Paragraph Font', uiPriority: 1, semiHidden: true },
      // A handle to find, select or restyle every figure at once; coloured when the theme says so.
      { id: STYLE.figure, name: 'Figure', uiPriority: 1, run: { color: colour(colors.figure) } },
      {
        id: STYLE.emphasis,
        name: 'Emphasis',
        uiPriority: 1,
        run: { font: runFont(fonts, theme.emphasis.font), bold: theme.emphasis.bold },
      },
    ],
  };
}
