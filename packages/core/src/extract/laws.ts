import { alternation, type Lexicon, memo } from '../lexicon/lexicon.js';
import type { Law, Span } from '../types.js';

/**
 * Laws and decisions named without 《》 or quotes: a name that ends like one (…條例, …決定, …辦法) read back to
 * the verb that makes it an instrument (制定, 出臺, 作出, 首部 …), a conjunction, a clause break or the clause
 * start: 精心制定優化營商環境條例 → 優化營商環境條例. The clause must hold such a verb, or the name must open it
 * (勞動教育促進條例在全國率先…). A name of fewer than four characters before its ending (作出決定, 考核辦法,
 * 創制性規定) names no instrument, nor does a phrase opening with a preposition (以高水平決定).
 */

const BREAK = /[，,。；;：:！!？?\n、“”「」《》（）()]/;
const MAX_NAME = 40;

interface Compiled {
  ending: RegExp;
  verbEnd: RegExp;
  verbAny: RegExp;
  stopEnd: RegExp;
}

function compile(lexicon: Lexicon): Compiled {
  return memo(lexicon, 'laws', (lex) => {
    const f = lex.facts;
    return {
      ending: new RegExp(alternation(f.LAW_ENDINGS), 'g'),
      verbEnd: new RegExp(`(?:${alternation(f.LAW_VERBS)})$`),
      verbAny: new RegExp(alternation(f.LAW_VERBS)),
      stopEnd: new RegExp(`(?:${alternation(f.LAW_NAME_STOPS)})$`),
    };
  });
}

/** `marked`: sorted spans already read as marked terms (《…》, “…”), skipped here. */
export function findUnmarkedLaws(
  text: string,
  folded: string,
  marked: readonly Span[],
  lexicon: Lexicon,
): Law[] {
  const c = compile(lexicon);
  const laws: Law[] = [];
  const sorted = [...marked].sort((a, b) => a[0] - b[0]);
  let next = 0;
  let reach = -1;
  c.ending.lastIndex = 0;
  for (let m = c.ending.exec(folded); m !== null; m = c.ending.exec(folded)) {
    const end = m.index + m[0].length;
    // Endings come in text order: advance over the marked spans that start before this one.
    while (next < sorted.length && (sorted[next]?.[0] ?? 0) <= m.index)
      reach = Math.max(reach, sorted[next++]?.[1] ?? 0);
    if (m.index < reach) continue;
    // A longer word that only starts like an ending (决定性, 规定动作) is not one.
    if (/[性动]/.test(folded.charAt(end))) continue;
    let start = m.index;
    let byVerb = false;
    while (start > 0 && end - start < MAX_NAME) {
      if (BREAK.test(text.charAt(start - 1))) break;
      const head = folded.slice(Math.max(0, start - 4), start);
      if (c.verbEnd.test(head)) {
        byVerb = true;
        break;
      }
      if (c.stopEnd.test(head)) break;
      start--;
    }
    // …方式制定的[网络餐饮…若干规定]: a name never starts with 的.
    while (start < m.index && /[的之]/.test(folded.charAt(start))) start++;
    const name = text.slice(start, end);
    const core = folded.slice(start, m.index);
    // Too short to name an instrument (作出决定, 考核办法, 创制性规定), or a phrase, not a name (以高水平决定).
    if (core.length < 4 || /^[以在对为把将从]/.test(core) || /性$/.test(core)) continue;
    let clause = start;
    while (clause > 0 && !/[，,。；;！!？?\n]/.test(text.charAt(clause - 1))) clause--;
    const opensClause = clause === start;
    if (!byVerb && !opensClause && !c.verbAny.test(folded.slice(clause, start))) continue;
    laws.push({ title: name, span: [start, end], marked: false });
  }
  return laws;
}

/** Shorthand that counts instruments instead of naming one (一法一條例, 一辦法四規則): a brand, not a law. */
export function isShorthand(title: string): boolean {
  return (title.match(/[一二三四五六七八九十两兩0-9]/g) ?? []).length >= 2 && title.length <= 8;
}
