import * as z from 'zod/mini';
import { JianbaoError } from '../errors.js';
import { lazy } from '../lazy.js';
import { check } from '../schema-issues.js';
import { MODERN_THEME, OFFICIAL_THEME } from './themes.js';
import {
  type PartialTheme,
  type ResolvedTheme,
  THEME_FONT_ROLES,
  THEME_SIZE_ROLES,
  type Theme,
  type ThemeSizeRole,
  type TypeSize,
} from './types.js';

/** The traditional Chinese type sizes, in points. */
export const CHINESE_SIZES: Readonly<Record<string, number>> = {
  初: 42,
  小初: 36,
  一: 26,
  小一: 24,
  二: 22,
  小二: 18,
  三: 16,
  小三: 15,
  四: 14,
  小四: 12,
  五: 10.5,
  小五: 9,
  六: 7.5,
  小六: 6.5,
  七: 5.5,
  八: 5,
};
const DIGIT_NAMES = ['初', '一', '二', '三', '四', '五', '六', '七', '八'];

/** `三号`, `小四`, `3号`, `三號`, `16pt` or 16 → points; null when it is none of these. */
export function sizeToPt(size: TypeSize): number | null {
  if (typeof size === 'number') return Number.isFinite(size) && size > 0 ? size : null;
  const text = size.trim();
  const pt = /^(\d+(?:\.\d+)?)\s*pt$/i.exec(text);
  if (pt) return Number(pt[1]);
  const named = /^(小)?([初一二三四五六七八]|[0-8])\s*[号號]?$/.exec(text);
  if (!named) return null;
  const digit = named[2] ?? '';
  const base = /\d/.test(digit) ? DIGIT_NAMES[Number(digit)] : digit;
  return CHINESE_SIZES[`${named[1] ?? ''}${base}`] ?? null;
}

/** Millimetres to points. */
export const mmToPt = (mm: number): number => (mm * 72) / 25.4;

/** The whole theme, strictly: every key known, every value in range; built on first use. */
const themeSchema = lazy(() => {
  const colour = z.string().check(z.regex(/^#[0-9A-Fa-f]{6}$/, 'a colour is #RRGGBB'));
  const positive = z.number().check(z.positive());
  const nonNegative = z.number().check(z.nonnegative());
  const size = z.union([z.number(), z.string()]).check(
    z.refine((value) => sizeToPt(value) !== null, {
      message: 'a size is points (16) or a Chinese size name (三号, 小四, 3号)',
    }),
  );
  const faces = z.array(z.string().check(z.minLength(1))).check(z.minLength(1));

  return z.strictObject({
    page: z.strictObject({
      widthMm: positive,
      heightMm: positive,
      marginsMm: z.strictObject({
        top: nonNegative,
        bottom: nonNegative,
        left: nonNegative,
        right: nonNegative,
      }),
      linesPerPage: z.nullable(z.int().check(z.positive())),
      charsPerLine: z.nullable(z.int().check(z.positive())),
      lineHeight: positive,
      pageNumberGapMm: nonNegative,
      headerMm: nonNegative,
    }),
    fonts: z.strictObject({
      ...Object.fromEntries(THEME_FONT_ROLES.map((role) => [role, faces])),
      latin: z.string().check(z.minLength(1)),
    }),
    sizes: z.strictObject(Object.fromEntries(THEME_SIZE_ROLES.map((role) => [role, size]))),
    colors: z.strictObject({
      text: colour,
      muted: colour,
      masthead: colour,
      mastheadRule: colour,
      heading: colour,
      figure: colour,
      accent: colour,
      pageNumber: colour,
      tableRule: colour,
      tableHeaderFill: colour,
      tableHeaderText: colour,
      tableStripe: z.nullable(colour),
      closingRule: colour,
      chartSeries: z.array(colour).check(z.minLength(1)),
      chartAxis: colour,
      chartGrid: colour,
      chartText: colour,
      chartMuted: colour,
    }),
    rules: z.strictObject({
      mastheadPt: nonNegative,
      closingThickMm: nonNegative,
      closingThinMm: nonNegative,
      tablePt: nonNegative,
      editorsNoteBarPt: nonNegative,
    }),
    spacing: z.strictObject({
      mastheadTopPt: nonNegative,
      mastheadNameAfterPt: nonNegative,
      mastheadIssueAfterPt: nonNegative,
      mastheadLineAfterPt: nonNegative,
      mastheadRuleAfterPt: nonNegative,
      titleAfterLines: nonNegative,
      titleLineHeight: positive,
      paragraphAfter: nonNegative,
      headingBeforePt: z.tuple([nonNegative, nonNegative, nonNegative, nonNegative]),
      headingAfterPt: nonNegative,
      blockAfterPt: nonNegative,
      captionBeforePt: nonNegative,
      captionAfterPt: nonNegative,
      tableLineHeight: positive,
      tableCellPaddingXPt: nonNegative,
      tableCellPaddingYPt: nonNegative,
      closingPaddingPt: nonNegative,
      closingLineHeight: positive,
      closingBeforePt: nonNegative,
      editorsNotePaddingPt: nonNegative,
      chartHeightRatio: positive,
      chartMaxHeightPt: positive,
    }),
    indent: z.strictObject({
      paragraphChars: nonNegative,
      headingChars: nonNegative,
      pageNumberChars: nonNegative,
      closingChars: nonNegative,
    }),
    numbering: z.strictObject({
      pageNumber: z.string().check(z.includes('{n}', { message: 'the page number form must contain {n}' })),
      pageNumberPosition: z.enum(['outside', 'center']),
      lists: z.enum(['inline', 'marks']),
      ordered: z.string(),
      bullet: z.string(),
      inlineLead: z.string(),
      inlineSeparator: z.string(),
      inlineEnd: z.string(),
    }),
    emphasis: z.strictObject({ font: z.enum(THEME_FONT_ROLES), bold: z.boolean() }),
    masthead: z.strictObject({
      layout: z.enum(['banner', 'compact']),
      nameMaxWidth: z.number().check(z.positive(), z.maximum(1)),
    }),
    editorsNote: z.strictObject({ boxed: z.boolean() }),
    table: z.strictObject({
      rules: z.enum(['grid', 'rows']),
      captionAlign: z.enum(['center', 'left']),
      keepWhole: z.number().check(z.nonnegative(), z.maximum(1)),
    }),
    closing: z.strictObject({ placement: z.enum(['foot', 'flow']) }),
    chart: z.strictObject({
      barPx: positive,
      chromePx: nonNegative,
      minHeightPx: positive,
      columnHeightPx: positive,
    }),
  });
});

export const THEMES: Readonly<Record<'official' | 'modern', Theme>> = {
  official: OFFICIAL_THEME,
  modern: MODERN_THEME,
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `override` merged into `base` key by key; arrays and scalars replace. A key `base` does not have is refused,
 * naming it and the keys that would be accepted there, so a typo (`marginMm`) never passes silently.
 */
function deepMerge(base: unknown, override: unknown, path: string): unknown {
  if (override === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const at = path ? `${path}.${key}` : key;
    if (!Object.hasOwn(base, key)) {
      throw new JianbaoError(
        'USAGE',
        `Unknown theme key "${at}"; known keys${path ? ` of ${path}` : ''}: ${Object.keys(base).join(', ')}`,
        { where: `theme.${at}`, snippet: key },
      );
    }
    out[key] = deepMerge(base[key], value, at);
  }
  return out;
}

/**
 * The theme a briefing is rendered with: the style's own (`official` or `modern`), with the user's partial
 * theme deep-merged over it and validated; every size in points.
 * @throws JianbaoError `USAGE` for an unknown key or a value out of range, naming its path (theme.page.marginsMm.top).
 */
export function resolveTheme(style: 'official' | 'modern', override?: PartialTheme | unknown): ResolvedTheme {
  if (override !== undefined && override !== null && !isPlainObject(override)) {
    throw new JianbaoError('USAGE', 'A theme must be an object (JSON: { "colors": { … } })', {
      where: 'theme',
    });
  }
  const merged = deepMerge(THEMES[style], override ?? undefined, '');
  const checked = check(themeSchema(), merged);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const at = issue?.path.join('.') ?? '';
    throw new JianbaoError('USAGE', `Invalid theme value at "${at}": ${issue?.message ?? 'invalid'}`, {
      where: `theme.${at}`,
      snippet: JSON.stringify(
        at.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], merged),
      ),
    });
  }
  const theme = merged as Theme;
  const sizes = Object.fromEntries(
    THEME_SIZE_ROLES.map((role) => [role, sizeToPt(theme.sizes[role]) as number]),
  ) as Record<ThemeSizeRole, number>;
  return { ...theme, sizes, name: style };
}

/** Width and height of the text block, pt. */
export function textBlockPt(theme: ResolvedTheme): { width: number; height: number } {
  const { page } = theme;
  return {
    width: mmToPt(page.widthMm - page.marginsMm.left - page.marginsMm.right),
    height: mmToPt(page.heightMm - page.marginsMm.top - page.marginsMm.bottom),
  };
}

/**
 * Whether a table of `rows` rows (header, body and note rows) is kept whole on one page (`table.keepWhole`): its rows
 * at one line each — the text size times the table's line height, the cell's padding and a rule — take at most
 * that share of the text block's height. The PDF and the Word renderers ask the same question.
 */
export function tableKeptWhole(theme: ResolvedTheme, rows: number): boolean {
  return rows * tableRowPt(theme) <= textBlockPt(theme).height * theme.table.keepWhole;
}

/** The height of a table row of one line, pt: the table's text size times its line height, the padding, a rule. */
export function tableRowPt(theme: ResolvedTheme): number {
  const { sizes, spacing, rules } = theme;
  return sizes.table * spacing.tableLineHeight + 2 * spacing.tableCellPaddingYPt + rules.tablePt;
}

/**
 * Distance between body baselines, pt: the text block's height over the lines a page (a hair under, so rounding
 * never pushes the last line over), or the body size times `lineHeight`.
 */
export function linePitchPt(theme: ResolvedTheme): number {
  const lines = theme.page.linesPerPage;
  return lines ? textBlockPt(theme).height / lines - 0.01 : theme.sizes.body * theme.page.lineHeight;
}

/**
 * The masthead name's size: the theme's, shrunk so that the name (counted as full-width characters, as a
 * Chinese name is) fits `nameMaxWidth` of the text block. Both renderers use it, so they print the same size.
 */
export function mastheadNameSize(theme: ResolvedTheme, name: string): number {
  const chars = Math.max(
    1,
    [...name].reduce((n, ch) => n + ((ch.codePointAt(0) ?? 0) < 0x100 ? 0.55 : 1), 0),
  );
  return Math.min(theme.sizes.masthead, (textBlockPt(theme).width * theme.masthead.nameMaxWidth) / chars);
}

/** The page number as the theme prints it. */
export function pageNumberText(theme: ResolvedTheme, page: number | string): string {
  return theme.numbering.pageNumber.replace('{n}', String(page));
}

const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 23 → 二十三 (enough for list items). */
export function chineseNumeral(n: number): string {
  if (n < 10) return CN_DIGITS[n] ?? String(n);
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    return `${tens === 1 ? '' : CN_DIGITS[tens]}十${ones ? CN_DIGITS[ones] : ''}`;
  }
  return String(n);
}

/** A list mark from a theme form: `{n}` the number, `{cn}` its Chinese numeral. */
export function listMark(form: string, n: number): string {
  return form.replace('{n}', String(n)).replace('{cn}', chineseNumeral(n));
}
