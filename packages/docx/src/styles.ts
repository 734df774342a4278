import { AlignmentType, type IStylesOptions, LineRuleType } from 'docx';
import { type DocxFonts, runFont } from './fonts.js';
import { CHARACTER_SPACING, halfPoints, LINE_PITCH, RED, SIZE_PT } from './layout.js';

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
} as const;

/** Exact line spacing on the grid's pitch: Word ignores the grid for exact spacing, so both must agree. */
const exactly = (line: number) => ({ line, lineRule: LineRuleType.EXACT, before: 0, after: 0 });
const TWO_CHARS = { firstLineChars: 200, firstLine: halfPoints(SIZE_PT.body) * 20 };
const NO_INDENT = { firstLineChars: 0, firstLine: 0, left: 0, right: 0 };
const TABLE_LINE = Math.round(SIZE_PT.table * 1.5 * 20);

export function createStyles(fonts: DocxFonts, language: string): IStylesOptions {
  const body = runFont(fonts, 'body');
  const size = (pt: number) => halfPoints(pt);
  return {
    default: {
      document: {
        run: {
          font: body,
          size: size(SIZE_PT.body),
          characterSpacing: CHARACTER_SPACING,
          // Latin text in en-US: with a Chinese language LibreOffice breaks lines inside numbers (13|6項).
          language: { value: 'en-US', eastAsia: language },
        },
        paragraph: { spacing: exactly(LINE_PITCH) },
      },
      title: {
        run: { font: runFont(fonts, 'title'), size: size(SIZE_PT.title), bold: false, color: '000000' },
        paragraph: {
          alignment: AlignmentType.CENTER,
          indent: NO_INDENT,
          spacing: exactly(LINE_PITCH),
        },
      },
      heading1: {
        run: { font: runFont(fonts, 'heading1'), size: size(SIZE_PT.body), bold: false, color: '000000' },
        paragraph: { indent: TWO_CHARS, spacing: exactly(LINE_PITCH), keepNext: true, outlineLevel: 0 },
      },
      heading2: {
        run: {
          font: runFont(fonts, 'heading2'),
          size: size(SIZE_PT.body),
          bold: false,
          italics: false,
          color: '000000',
        },
        paragraph: { indent: TWO_CHARS, spacing: exactly(LINE_PITCH), keepNext: true, outlineLevel: 1 },
      },
      heading3: {
        run: { font: body, size: size(SIZE_PT.body), bold: true, color: '000000' },
        paragraph: { indent: TWO_CHARS, spacing: exactly(LINE_PITCH), keepNext: true, outlineLevel: 2 },
      },
      heading4: {
        run: { font: body, size: size(SIZE_PT.body), bold: false, italics: false, color: '000000' },
        paragraph: { indent: TWO_CHARS, spacing: exactly(LINE_PITCH), keepNext: true, outlineLevel: 3 },
      },
    },
    paragraphStyles: [
      {
        id: STYLE.normal,
        name: 'Normal',
        quickFormat: true,
        run: { font: body, size: size(SIZE_PT.body) },
        paragraph: { alignment: AlignmentType.JUSTIFIED, indent: TWO_CHARS, spacing: exactly(LINE_PITCH) },
      },
      {
        id: STYLE.subtitle,
        name: 'Subtitle',
        basedOn: STYLE.normal,
        quickFormat: true,
        run: { font: runFont(fonts, 'heading2') },
        paragraph: { alignment: AlignmentType.CENTER, indent: NO_INDENT, spacing: exactly(LINE_PITCH) },
      },
      {
        id: STYLE.masthead,
        name: 'Masthead',
        basedOn: STYLE.normal,
        next: STYLE.mastheadIssue,
        run: { font: runFont(fonts, 'title'), size: size(SIZE_PT.masthead), color: RED },
        paragraph: {
          alignment: AlignmentType.CENTER,
          indent: NO_INDENT,
          spacing: { ...exactly(LINE_PITCH * 2), before: LINE_PITCH },
        },
      },
      {
        id: STYLE.classification,
        name: 'Classification',
        basedOn: STYLE.normal,
        run: { font: runFont(fonts, 'heading1') },
        paragraph: { alignment: AlignmentType.LEFT, indent: NO_INDENT },
      },
      {
        id: STYLE.mastheadIssue,
        name: 'Masthead Issue',
        basedOn: STYLE.normal,
        paragraph: { alignment: AlignmentType.CENTER, indent: NO_INDENT, spacing: exactly(LINE_PITCH) },
      },
      {
        id: STYLE.mastheadLine,
        name: 'Masthead Line',
        basedOn: STYLE.normal,
        paragraph: { alignment: AlignmentType.LEFT, indent: NO_INDENT },
      },
      {
        id: STYLE.editorsNote,
        name: "Editor's Note",
        basedOn: STYLE.normal,
        run: { font: runFont(fonts, 'heading2') },
      },
      {
        id: STYLE.tableCaption,
        name: 'Table Caption',
        basedOn: STYLE.normal,
        next: STYLE.tableText,
        run: { font: runFont(fonts, 'heading1'), size: size(SIZE_PT.note) },
        paragraph: { alignment: AlignmentType.CENTER, indent: NO_INDENT, keepNext: true },
      },
      {
        id: STYLE.tableText,
        name: 'Table Text',
        basedOn: STYLE.normal,
        run: { size: size(SIZE_PT.table) },
        paragraph: { alignment: AlignmentType.LEFT, indent: NO_INDENT, spacing: exactly(TABLE_LINE) },
      },
      {
        id: STYLE.tableHeader,
        name: 'Table Header',
        basedOn: STYLE.tableText,
        run: { font: runFont(fonts, 'heading1') },
        paragraph: { alignment: AlignmentType.CENTER, keepNext: true },
      },
      {
        id: STYLE.tableNote,
        name: 'Table Note',
        basedOn: STYLE.normal,
        run: { size: size(SIZE_PT.table) },
        paragraph: { alignment: AlignmentType.LEFT, indent: NO_INDENT, spacing: exactly(TABLE_LINE) },
      },
      {
        id: STYLE.chartNote,
        name: 'Chart Note',
        basedOn: STYLE.tableNote,
        paragraph: { alignment: AlignmentType.CENTER },
      },
      {
        id: STYLE.sourceNote,
        name: 'Source Note',
        basedOn: STYLE.normal,
        run: { font: runFont(fonts, 'heading2') },
        paragraph: { alignment: AlignmentType.RIGHT, indent: NO_INDENT },
      },
      { id: STYLE.listItem, name: 'List Item', basedOn: STYLE.normal },
      {
        id: STYLE.closing,
        name: 'Closing',
        basedOn: STYLE.normal,
        run: { size: size(SIZE_PT.footer) },
        paragraph: {
          alignment: AlignmentType.LEFT,
          indent: {
            ...NO_INDENT,
            left: halfPoints(SIZE_PT.footer) * 10,
            right: halfPoints(SIZE_PT.footer) * 10,
          },
          spacing: exactly(LINE_PITCH),
        },
      },
      {
        id: STYLE.footer,
        name: 'footer',
        basedOn: STYLE.normal,
        run: { font: runFont(fonts, 'footer'), size: size(SIZE_PT.footer) },
        paragraph: {
          indent: NO_INDENT,
          spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
        },
      },
      {
        id: STYLE.comment,
        name: 'annotation text',
        basedOn: STYLE.normal,
        run: { size: size(10) },
        paragraph: {
          alignment: AlignmentType.LEFT,
          indent: NO_INDENT,
          spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
        },
      },
    ],
    characterStyles: [
      // docx's own character styles (Hyperlink, FootnoteReference …) are based on it but leave it undefined.
      { id: 'DefaultParagraphFont', name: 'Default Paragraph Font', uiPriority: 1, semiHidden: true },
      // No formatting of its own: a handle to find, select or restyle every figure at once.
      { id: STYLE.figure, name: 'Figure', uiPriority: 1 },
    ],
  };
}
