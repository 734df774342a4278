import { alternation, type Lexicon, memo } from '../lexicon/lexicon.js';
import type { First, Span } from '../types.js';

/**
 * Firsts, as whole claims: the clause around a first-marker (率先, 首部, 首個 …, 首次), with its scope (全國,
 * 全省, 省內, 蘇中蘇北地區, 該市) and, when the clause names one, who (興化, 靖江): 在省內率先作出“…決定”.
 * A goal or plan (推動經濟運行率先整體好轉, 力爭率先) is not a first, nor is a marker inside a quoted slogan, nor
 * an ordinal (首期, 首要).
 */

/** Where a claim ends: a clause break. 、 stays inside (率先出台A、B、C). */
const CLAUSE_BREAK = /[，,。；;！!？?\n]/;
const MAX_CLAIM = 90;

interface Compiled {
  marker: RegExp;
  scopeBefore: RegExp;
  scopeAfter: RegExp;
  scopeIn: RegExp;
  goal: RegExp;
  goalState: RegExp;
  leading: RegExp;
}

function compile(lexicon: Lexicon): Compiled {
  return memo(lexicon, 'firsts', (lex) => {
    const f = lex.facts;
    const scopes = alternation(f.FIRST_SCOPES);
    return {
      // 全国首/全省首 is looked behind from after its 首, not before: an alternative that opens with a lookbehind
      // kept the engine from skipping to the markers' first characters, and the scan cost four times as much.
      marker: new RegExp(
        `${alternation(f.FIRST_MARKERS)}|(?<time>${alternation(f.FIRST_TIME_MARKERS)})|首(?<=(?:全国|全省)首)(?=[^次期要先位轮届都])`,
        'g',
      ),
      scopeBefore: new RegExp(`(?:在)?(${scopes}|[\\u4e00-\\u9fff]{2,4}地区)(?:内)?$`),
      scopeIn: new RegExp(`在(${scopes}|[\\u4e00-\\u9fff]{2,4}地区)`),
      scopeAfter: new RegExp(`^在(${scopes})`),
      goal: new RegExp(alternation(f.GOAL_WORDS)),
      goalState: new RegExp(`^(?:${alternation(f.GOAL_STATES)})`),
      leading: new RegExp(`^(?:${alternation(f.CLAIM_LEADING)})+`),
    };
  });
}

/** `shields`: sorted spans of quoted slogans and titles, where a marker is part of a name, not a claim. */
export function findFirsts(
  text: string,
  folded: string,
  shields: readonly Span[],
  lexicon: Lexicon,
): First[] {
  const c = compile(lexicon);
  const firsts: First[] = [];
  let claimedTo = -1;
  let shield = 0;
  c.marker.lastIndex = 0;
  for (let m = c.marker.exec(folded); m !== null; m = c.marker.exec(folded)) {
    const at = m.index;
    if (at < claimedTo) continue; // a second marker in a claim already taken (全國首部…全市首部)
    // Markers come in text order: the shields before this one are behind us for good.
    while (shield < shields.length && (shields[shield]?.[1] ?? 0) <= at) shield++;
    if ((shields[shield]?.[0] ?? Number.POSITIVE_INFINITY) <= at) continue;
    let start = at;
    while (start > 0 && at - start < MAX_CLAIM && !CLAUSE_BREAK.test(text.charAt(start - 1))) start--;
    let end = at + m[0].length;
    while (end < text.length && end - start < MAX_CLAIM && !CLAUSE_BREAK.test(text.charAt(end))) end++;
    // A claim whose marker ends it (……三项制度，常州均在全省率先出台) names its object in the clause before.
    if (folded.slice(at + m[0].length, end).replace(/[^\u4e00-\u9fff]/g, '').length <= 3 && start > 0) {
      let back = start - 1;
      while (back > 0 && at - back < MAX_CLAIM && !CLAUSE_BREAK.test(text.charAt(back - 1))) back--;
      if (!/[。；;！!？?\n]/.test(text.charAt(start - 1))) start = back;
    }
    const before = folded.slice(start, at);
    const after = folded.slice(at + m[0].length, end);
    const isTime = m.groups?.time !== undefined;
    if (isGoal(before, after, m[0], c)) continue;
    const lead = c.leading.exec(folded.slice(start, end));
    if (lead) start += lead[0].length;
    while (start < end && /\s/.test(text.charAt(start))) start++;
    const claim = text.slice(start, end).trimEnd();
    // A marker with nothing said around it (首次。) makes no claim; nor does a time clause (……首次召开…以来).
    if (folded.slice(start, end).replace(/[\p{P}\s]/gu, '').length < 6) continue;
    // A numbered heading on a line of its own (三、创新与首创) names a part of the report, not a claim.
    if (
      NUMBERED_HEADING.test(claim) &&
      lineStart(text, start) &&
      /^\s*(?:\n|$)/.test(text.slice(end, end + 8))
    )
      continue;
    if (
      /(?:以来|之后|期间|之际)$/.test(folded.slice(start, end)) ||
      /^(?:这|这也是|此前)/.test(folded.slice(start))
    )
      continue;
    const scope = isTime ? null : scopeOf(text, folded, start, at, m[0].length, c);
    const subject = subjectOf(text, folded, start, at, c);
    firsts.push({
      text: claim,
      span: [start, start + claim.length],
      scope,
      kind: isTime ? 'first_time' : 'first_in_scope',
      subject,
    });
    claimedTo = end;
  }
  return firsts;
}

/** 三、 （三） 3. 3、: the number a heading opens with. */
const NUMBERED_HEADING = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])/;

/** Whether only spaces stand between `at` and the start of its line. */
function lineStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u3000')) i--;
  return i < 0 || text[i] === '\n';
}

function isGoal(before: string, after: string, marker: string, c: Compiled): boolean {
  if (marker === '率先' && c.goalState.test(after)) return true;
  // 力争/争取/确保 anywhere before the marker; 推动/助推/为 only for 率先 (推动在全国首创… is a claim).
  const m = c.goal.exec(before);
  if (!m) return false;
  return marker === '率先' || !['推动', '助推', '促进', '为'].includes(m[0]);
}

function scopeOf(
  text: string,
  folded: string,
  start: number,
  at: number,
  length: number,
  c: Compiled,
): string | null {
  const before = c.scopeBefore.exec(folded.slice(start, at));
  if (before?.[1]) {
    const s = at - before[0].length + before[0].indexOf(before[1]);
    return text.slice(s, s + before[1].length);
  }
  // 在蘇中蘇北地區設立首家…: the scope stated earlier in the claim.
  const earlier = c.scopeIn.exec(folded.slice(start, at));
  if (earlier?.[1]) {
    const s = start + earlier.index + 1;
    return text.slice(s, s + earlier[1].length);
  }
  const after = c.scopeAfter.exec(folded.slice(at + length));
  if (after?.[1]) {
    const s = at + length + 1;
    return text.slice(s, s + after[1].length);
  }
  return null;
}

/** A short name opening the claim before 在 (興化在省內率先…), else null. */
function subjectOf(text: string, folded: string, start: number, at: number, c: Compiled): string | null {
  const head = folded.slice(start, at);
  const m = /^([\u4e00-\u9fff]{2,4})在/.exec(head);
  if (!m?.[1] || c.goal.test(m[1]) || /[市县区]?人大|常委会/.test(m[1])) return null;
  return text.slice(start, start + m[1].length);
}
