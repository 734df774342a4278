import type { ResolvedTheme } from '../theme/types.js';
import { NO_LINE_END, NO_LINE_START } from './line-breaks.js';

/**
 * Where a title breaks into lines. GB/T 9704 (7.3.1) asks that a title's lines keep words whole and stand
 * balanced (梯形 or 菱形); a renderer wrapping at the last character that fits splits words (…感恩奮進”學 / 習實踐
 * 活動). Both renderers print the lines this returns, so the PDF and the Word file break the title alike.
 */

/** Opening marks (those a line never ends with) and the closing marks that pair with them. */
const OPENING = NO_LINE_END;
const CLOSING = new Set(Array.from('）」』”’》〉】〕)]}'));
/** After these a title may break without cutting a word: clause marks and closing marks. */
const BREAK_AFTER = new Set([...'，、；：', ...CLOSING]);

/** Characters of a number or a Latin word, which a break never separates (2024, 4.9%, GDP). */
const WORD = /[0-9A-Za-z.%％]/;

/** The most lines a title is balanced over. */
const MAX_BALANCED_LINES = 6;
/** A break that cuts between two characters of running text (it may split a word). */
const CUT_COST = 1000;
/** A clean break inside a quotation or a book title (“牢記囑托、/感恩奮進”). */
const INSIDE_COST = 200;
/** A break between a word and a number (常委会/2026年): it cuts no word, but no mark stands there (a little cheaper than a cut). */
const BEFORE_NUMBER_COST = 850;
/** A break between a number and the word it counts or dates (2026/年): worse than a cut inside a word. */
const AFTER_NUMBER_COST = 300;
const DIGIT = /[0-9０-９]/;
/**
 * The list of places a composed title opens with (南京市、无锡市、徐州市等5个市 …): where it ends, the subject begins,
 * and a break there keeps both whole (南京市、无锡市、徐州市等5个市 / 前三季度经济运行情况) — worth a less even pair
 * of lines than a break inside the list (南京市、无锡市、 / 徐州市等5个市…).
 */
const LEADING_PLACES =
  /^(?:[\u4e00-\u9fff]{1,8}[市县縣区區州盟]、)+[\u4e00-\u9fff]{1,8}[市县縣区區州盟](?:等\d+[个個]市)?/u;
const PLACES_BONUS = -50;

/** How many title characters a line holds: the text block's width over the title's type size. */
export function titleCharsPerLine(theme: ResolvedTheme): number {
  const { widthMm, marginsMm } = theme.page;
  const sizeMm = (theme.sizes.title * 25.4) / 72;
  return Math.max(1, Math.floor((widthMm - marginsMm.left - marginsMm.right) / sizeMm + 1e-6));
}

/**
 * The title's lines: as few as hold it at `perLine` characters, broken after punctuation or before an opening
 * quotation mark where that can be done (outside quotations first), else between characters, and of lengths as even
 * as those breaks allow.
 */
export function titleLines(text: string, perLine: number): string[] {
  const chars = Array.from(text);
  const n = chars.length;
  if (n <= perLine || perLine < 2) return [text];
  // The cost of a break before chars[i]; Infinity where the marks forbid one.
  const depth: number[] = [];
  let open = 0;
  for (let i = 0; i < n; i++) {
    depth.push(open);
    const ch = chars[i] as string;
    if (OPENING.has(ch)) open++;
    else if (CLOSING.has(ch) && open > 0) open--;
  }
  const places = LEADING_PLACES.exec(text)?.[0];
  // Han and ASCII digits are one UTF-16 unit each: the match's length is its length in characters.
  const placesEnd = places && places.length < n ? places.length : -1;
  const breakCost = (i: number): number => {
    if (i === placesEnd) return PLACES_BONUS;
    const before = chars[i - 1] as string;
    const after = chars[i] as string;
    if (NO_LINE_START.has(after) || NO_LINE_END.has(before)) return Number.POSITIVE_INFINITY;
    if (WORD.test(before) && WORD.test(after)) return Number.POSITIVE_INFINITY;
    const clean = BREAK_AFTER.has(before) || OPENING.has(after);
    // Inside a quotation: the depth after `before` (an opening mark right before i counts as inside).
    const inside = (depth[i] ?? 0) > 0 && !OPENING.has(after);
    const cut = clean
      ? 0
      : DIGIT.test(after)
        ? BEFORE_NUMBER_COST
        : DIGIT.test(before)
          ? CUT_COST + AFTER_NUMBER_COST
          : CUT_COST;
    return cut + (inside ? INSIDE_COST : 0);
  };
  const lines = Math.ceil(n / perLine);
  // A 'title' of more lines is no title an editor balances: left whole to the renderer's wrapping, and the search
  // (lines × characters × perLine steps) stays small whatever the input.
  if (lines > MAX_BALANCED_LINES) return [text];
  for (let k = lines; k <= Math.min(n, MAX_BALANCED_LINES + 1); k++) {
    const best = bestBreaks(n, k, perLine, breakCost);
    if (best) {
      const out: string[] = [];
      let from = 0;
      for (const at of [...best, n]) {
        out.push(chars.slice(from, at).join(''));
        from = at;
      }
      return out;
    }
  }
  return [text];
}

/** The k − 1 break positions minimizing break costs plus the lines' squared distance from an even length. */
function bestBreaks(
  n: number,
  k: number,
  perLine: number,
  breakCost: (i: number) => number,
): number[] | null {
  const even = n / k;
  // cost[j][i]: the best cost of setting chars[0, i) as j lines; from[j][i] the start of the last of them.
  const cost: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const from: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(-1));
  (cost[0] as number[])[0] = 0;
  for (let j = 1; j <= k; j++) {
    for (let i = 1; i <= n; i++) {
      const row = cost[j] as number[];
      for (let s = Math.max(0, i - perLine); s < i; s++) {
        const prior = (cost[j - 1] as number[])[s] as number;
        if (prior === Infinity) continue;
        const atBreak = i === n ? 0 : breakCost(i);
        if (atBreak === Infinity) continue;
        const c = prior + atBreak + (i - s - even) ** 2;
        if (c < (row[i] as number)) {
          row[i] = c;
          (from[j] as number[])[i] = s;
        }
      }
    }
  }
  if ((cost[k] as number[])[n] === Infinity) return null;
  const breaks: number[] = [];
  let at = n;
  for (let j = k; j > 1; j--) {
    at = (from[j] as number[])[at] as number;
    breaks.unshift(at);
  }
  return breaks;
}
