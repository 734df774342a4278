import {
  type BriefingDocument,
  type Inline,
  JianbaoError,
  type ResolvedTheme,
  type ThemeFontRole,
} from '@jianbao/core/document';
import type { Content } from 'pdfmake/interfaces';
import type { ParsedFont } from '../fonts/font-cache.js';
import type { FontSet } from '../fonts/font-set.js';
import type { FontRole } from '../options.js';
import type { StyledRun } from './break-lines.js';
import type { PageGeometry } from './style.js';

/** A unit in full-width brackets closing a text (（亿元）, （人次）): set whole, never broken inside. */
const TRAILING_UNIT = /（[^（）]+）$/;
/** Text set on the last page, anchored to the foot of the text block (the closing block, 版記). */
export interface LastPageBlock {
  content: Content;
  /** Height it needs, pt; the same height is reserved at the end of the flow so nothing runs under it. */
  height: number;
}

/** The PDF's font for a theme role: the PDF has no font of its own for page numbers, which use the body's. */
export const pdfRole = (role: ThemeFontRole): FontRole => (role === 'footer' ? 'body' : role);

/** What handlers share for one render: the theme (every layout value), the page geometry, fonts, document. */
export class RenderContext {
  lastPageBlock: LastPageBlock | null = null;
  /** Ids of the open headings by level, so each bookmark nests under the heading above it. */
  private readonly headingIds: (string | undefined)[] = [];

  constructor(
    readonly doc: BriefingDocument,
    readonly theme: ResolvedTheme,
    readonly page: PageGeometry,
    readonly fonts: FontSet,
  ) {}

  /** Width of the text block, pt. */
  get width(): number {
    return this.page.width;
  }

  /**
   * pdfmake line-height factor that gives `pitch` pt between baselines for `font` at `size`
   * (pdfmake multiplies the font's own ascent − descent by it).
   */
  lineHeight(role: FontRole, size: number, pitch = this.page.linePitch): number {
    return pitch / (this.fonts.font(role).lineHeightPerPt * size);
  }

  /**
   * The type size that puts exactly `charsPerLine` full-width characters on a line (official: 28 in 156 mm,
   * i.e. 15.79 pt for 3號 16 pt type). Word keeps 16 pt glyphs and tightens the pitch with its document grid;
   * pdfmake measures each Chinese character as its own word and ignores letter spacing between words, so
   * here the grid is kept by setting the type 1.3% smaller instead.
   */
  gridSize(size: number): number {
    const perLine = this.theme.page.charsPerLine;
    return perLine ? Math.min(size, this.width / perLine - 0.001) : size;
  }

  /** `text` as pdfmake inline runs in the role's font, falling back per run to a font that has each glyph. */
  runs(text: string, role: FontRole, where: string, extra: Record<string, unknown> = {}): Content[] {
    return this.fonts
      .runs(text, role, where)
      .map((run) => ({ text: run.text, font: run.font.key, ...extra }));
  }

  /** Inline children (text, emphasis, figures) as pdfmake inline runs. */
  inlines(children: Inline[], role: FontRole, where: string): Content[] {
    return this.styledRuns(children, role, where).map((run) => ({
      text: run.text,
      font: run.font.key,
      ...run.props,
    }));
  }

  /**
   * Inline runs, plus `noWrap` when they fit on one line of `width` pt: pdfmake then writes the line as one
   * text object instead of one per Chinese character (a third of the render time on tables).
   */
  inlineText(children: Inline[], role: FontRole, where: string, size: number, width: number) {
    const runs = this.styledRuns(children, role, where);
    const total = runs.reduce((sum, run) => sum + run.font.widthOf(run.text, size), 0);
    // A point to spare: pdfkit's kerning may make the line a hair wider than the sum of advances.
    if (total <= width - 1)
      return {
        text: runs.map((run) => ({ text: run.text, font: run.font.key, ...run.props })),
        noWrap: true,
      };
    // Too wide for one line: a unit in brackets closing the text (惠企资金（亿元）) goes to the next line whole,
    // never broken inside (（亿⏎元）), as a column header's unit is set under its name.
    const text: Content[] = runs.flatMap((run, index) => {
      const unit = index === runs.length - 1 ? TRAILING_UNIT.exec(run.text) : null;
      const base = { font: run.font.key, ...run.props };
      if (!unit || unit.index === 0) return [{ text: run.text, ...base }];
      return [
        { text: run.text.slice(0, unit.index), ...base },
        { text: unit[0], ...base, noWrap: true },
      ];
    });
    return { text };
  }

  /** Inline children as runs of one font each, with the pdfmake properties their kind carries. */
  styledRuns(children: Inline[], role: FontRole, where: string): StyledRun[] {
    const out: StyledRun[] = [];
    const add = (value: string, runRole: FontRole, at: string, props: Record<string, unknown>) => {
      for (const run of this.fonts.runs(value, runRole, at))
        out.push({ text: run.text, font: run.font, props });
    };
    children.forEach((child, index) => {
      const at = `${where}.${index}.value`;
      switch (child.type) {
        case 'text':
          add(child.value, role, at, {});
          break;
        case 'emphasis':
          // The theme's face (黑體 for official) rather than italics or faux bold.
          add(
            child.value,
            pdfRole(this.theme.emphasis.font),
            at,
            this.theme.emphasis.bold ? { bold: true } : {},
          );
          break;
        case 'figure':
          add(child.value, role, at, { color: this.theme.colors.figure });
          break;
        case 'excerpt':
          // A city's own words: set as body text; its figures as figures.
          out.push(...this.styledRuns(child.children, role, `${where}.${index}.children`));
          break;
        default: {
          const unknown: never = child;
          const type = String((unknown as { type: unknown }).type);
          throw new JianbaoError('DOCUMENT_INVALID', `Unknown inline type "${type}" at ${where}.${index}`, {
            where: `${where}.${index}`,
            snippet: type,
          });
        }
      }
    });
    return out;
  }

  /** Records a heading and returns the id of the nearest heading above its level (its bookmark parent). */
  enterHeading(level: number, id: string): string | undefined {
    this.headingIds.length = level - 1;
    this.headingIds[level - 1] = id;
    for (let up = level - 2; up >= 0; up--) {
      const parent = this.headingIds[up];
      if (parent) return parent;
    }
    return undefined;
  }

  /** The font a role resolves to (for measuring). */
  font(role: FontRole): ParsedFont {
    return this.fonts.font(role);
  }
}
