import type { Qualifier } from '../types.js';

/** Every reading a printed figure can have: a city's own, or `at_least` for a sum with a 余/多/超 part. */
export type DisplayQualifier = Qualifier | 'at_least';

export interface FigureTextOptions {
  script?: 'hans' | 'hant';
  /** Print the unit (true) or leave it to a column header (false). Default true. */
  withUnit?: boolean;
  /** How a lower bound reads: 逾N (default) or 至少N. */
  lowerBound?: 'yu' | 'zhishao';
  /** Write 万/亿 from 10000 up (default true); false where a column's header already says 万元. */
  grouping?: boolean;
}

/** The few words a figure needs, in each script; everything else in a figure is digits and its unit. */
const WORDS = {
  hans: {
    wan: '万',
    yi: '亿',
    more: '余',
    approx: '约',
    to: '至',
    over: '超',
    nearly: '近',
    yu: '逾',
    zhishao: '至少',
  },
  hant: {
    wan: '萬',
    yi: '億',
    more: '餘',
    approx: '約',
    to: '至',
    over: '超',
    nearly: '近',
    yu: '逾',
    zhishao: '至少',
  },
} as const;

/**
 * A figure as a Chinese briefing prints it, qualifier included — the one place this is decided:
 * exact 1198次 · more_than 80余场 · nearly 近10万名 · over 超3000人次 · approx 约300项 ·
 * range 3万至4万户 · at_least 逾2.5万名 (or 至少2.5万名). From 10000 up, numbers are written with 万/亿
 * when one decimal keeps every digit (25000 → 2.5万; 16710 stays 16710); the value is never rounded.
 */
export function figureText(
  figure: { value: number; valueMax?: number | null; unit: string; qualifier: DisplayQualifier },
  options: FigureTextOptions = {},
): string {
  const words = WORDS[options.script ?? 'hans'];
  const unit = options.withUnit === false ? '' : figure.unit;
  const n = (value: number) => (options.grouping === false ? plain(value) : numberText(value, words));
  switch (figure.qualifier) {
    case 'exact':
      return `${n(figure.value)}${unit}`;
    case 'more_than':
      // 90%以上 reads better than 90%余 for percentages.
      return unit === '%' ? `${n(figure.value)}%以上` : `${n(figure.value)}${words.more}${unit}`;
    case 'nearly':
      return `${words.nearly}${n(figure.value)}${unit}`;
    case 'over':
      return `${words.over}${n(figure.value)}${unit}`;
    case 'approx':
      return `${words.approx}${n(figure.value)}${unit}`;
    case 'range':
      return figure.valueMax == null
        ? `${n(figure.value)}${unit}`
        : `${n(figure.value)}${unit === '%' ? '%' : ''}${words.to}${n(figure.valueMax)}${unit}`;
    case 'at_least':
      return `${options.lowerBound === 'zhishao' ? words.zhishao : words.yu}${n(figure.value)}${unit}`;
  }
}

/** The word a number is written with (亿 or 万, when one decimal of it keeps every digit), or null: in full. */
export function scaleOf(value: number): 'yi' | 'wan' | null {
  const abs = Math.abs(value);
  if (abs >= 1e8 && oneDecimal(value / 1e8)) return 'yi';
  if (abs >= 1e4 && oneDecimal(value / 1e4)) return 'wan';
  return null;
}

function numberText(value: number, words: { wan: string; yi: string }): string {
  const scale = scaleOf(value);
  if (scale === 'yi') return `${plain(value / 1e8)}${words.yi}`;
  if (scale === 'wan') return `${plain(value / 1e4)}${words.wan}`;
  return plain(value);
}

/** 万 and 亿 are written with at most one decimal (2.5万); a number that needs more is written in full (16710). */
function oneDecimal(value: number): boolean {
  return Math.abs(Math.round(value * 10) - value * 10) < 1e-6;
}

/** Digits without grouping or exponent, trailing zeros trimmed (2.50 → 2.5). */
function plain(value: number): string {
  return String(Math.round(value * 1e4) / 1e4);
}
