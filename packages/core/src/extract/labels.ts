import { alternation, type Lexicon, memo } from '../lexicon/lexicon.js';
import type { Role, UnitFamily } from '../types.js';

/**
 * What a figure counts, read from its clause: the words before it when it closes a verb phrase
 * (確定調研課題36項 → 確定調研課題), the noun after it when it opens one (邀請298名市人大代表列席常委會會議 →
 * 列席常委會會議的市人大代表), and how it counts (its role). The text is read on its folded copy (Simplified,
 * same offsets) against the lexicon's word lists; the label is cut from the text as written.
 */

const MAX = 16;
/** Where a clause ends, for labels. 、 ends one too: 代表講壇73期 follows 、 in a list. */
const BREAKS = new Set(Array.from('，,。；;：:！!？?、\n（）()《》', (c) => c.charCodeAt(0)));
const QUOTES = /[“”「」"‘’]/g;

export interface LabelReading {
  label: string;
  role: Role;
}

interface Compiled {
  leading: RegExp;
  trailing: RegExp;
  subjectLead: RegExp;
  nounStop: RegExp;
  leadVerb: RegExp;
  participation: RegExp;
  outcome: RegExp;
  output: RegExp;
  activity: RegExp;
  lastAction: RegExp;
}

function compile(lexicon: Lexicon): Compiled {
  return memo(lexicon, 'labels', (lex) => {
    const w = lex.words;
    return {
      leading: new RegExp(`^(?:${alternation(w.LABEL_LEADING)})+`),
      trailing: new RegExp(`(?:${alternation(w.LABEL_TRAILING)})+$`),
      subjectLead: new RegExp(`^(?:${alternation(w.SUBJECTS)})`),
      nounStop: new RegExp(alternation(w.NOUN_STOPS)),
      leadVerb: new RegExp(`^(?:${alternation(w.LEAD_VERBS)})$`),
      participation: new RegExp(alternation(w.PARTICIPATION_VERBS)),
      outcome: new RegExp(alternation(w.OUTCOME_VERBS)),
      output: new RegExp(alternation(w.OUTPUT_VERBS)),
      activity: new RegExp(alternation(w.ACTIVITY_VERBS)),
      lastAction: new RegExp(
        `(?:${alternation([...w.ACTIVITY_VERBS, ...w.OUTPUT_VERBS, ...w.OUTCOME_VERBS])})(?!.*(?:${alternation([
          ...w.ACTIVITY_VERBS,
          ...w.OUTPUT_VERBS,
          ...w.OUTCOME_VERBS,
        ])}))`,
      ),
    };
  });
}

/** Trims the words a label never starts or ends with, repeatedly; on folded text, returns the cut offsets. */
function trim(folded: string, c: Compiled): [number, number] {
  let start = 0;
  let end = folded.length;
  for (let round = 0; round < 4; round++) {
    const before = [start, end].join();
    const head = folded.slice(start, end);
    const lead = c.leading.exec(head) ?? c.subjectLead.exec(head);
    if (lead && lead[0].length < head.length) start += lead[0].length;
    const tail = c.trailing.exec(folded.slice(start, end));
    if (tail && tail[0].length < end - start) end -= tail[0].length;
    if ([start, end].join() === before) break;
  }
  return [start, end];
}

/** A place word such as 在镇, 在宁, 全市 alone: says where, not what. */
const PLACE_ONLY = /^(?:在.{1,2}|全市|全省|全县|全区|各地|本市)$/;

export function readLabel(
  text: string,
  folded: string,
  start: number,
  end: number,
  floor: number,
  family: UnitFamily,
  lexicon: Lexicon,
): LabelReading {
  const c = compile(lexicon);
  // The clause before the figure, back to a break or the previous figure.
  let from = start;
  while (from > floor && start - from < 40 && !BREAKS.has(text.charCodeAt(from - 1))) from--;
  // And after it, to a break (quotes included: 参与“你呼我应”……活动).
  let to = end;
  while (to < text.length && to - end < 24 && !BREAKS.has(text.charCodeAt(to))) to++;

  const [bs, be] = trim(folded.slice(from, start), c);
  const beforeFolded = folded.slice(from + bs, from + be);
  const before = text.slice(from + bs, from + be);
  const afterFolded = folded.slice(end, to);
  const after = text.slice(end, to);

  const noun = nounAfter(afterFolded, c);
  const people = family === 'people' || family === 'person_times';
  const bareBefore =
    before.length < 2 || c.leadVerb.test(beforeFolded) || PLACE_ONLY.test(beforeFolded) || isVerbOnly(beforeFolded, c);
  const role = roleOf(family, beforeFolded, afterFolded, noun, c);

  // People are named by the noun they count: 298名[市人大代表]列席…; so is a figure with nothing before it.
  if (noun > 0 && (people || bareBefore)) {
    const nounText = clean(after.slice(0, noun));
    const rest = afterFolded.slice(noun);
    const vp = people ? verbPhrase(after.slice(noun), rest, c) : '';
    let label = nounText;
    if (vp !== '' && vp.length + nounText.length + 1 <= MAX) label = `${vp}的${nounText}`;
    else if (!people && isVerbOnly(beforeFolded, c) && before.length + nounText.length <= MAX)
      label = `${clean(before)}${nounText}`;
    if (label.length >= 2) return { label: cap(label), role };
  }
  if (before.length >= 2 && !c.leadVerb.test(beforeFolded)) {
    return { label: cap(shorten(before, beforeFolded, c)), role };
  }
  // A figure followed by its verb (4412人次参训): the verb says what was counted.
  const vp = verbPhrase(after, afterFolded, c);
  if (vp.length >= 2) return { label: cap(vp), role };
  const fallback = clean(before.length >= after.length ? before : after);
  return { label: cap(fallback.length >= 2 ? fallback : clean(text.slice(from, to))), role };
}

/** Length of the noun phrase that opens `folded` (stops at a verb, a conjunction or 的), 0 if it opens with one. */
function nounAfter(folded: string, c: Compiled): number {
  const stop = c.nounStop.exec(folded);
  const length = stop ? stop.index : folded.length;
  return Math.min(length, MAX);
}

/** The verb phrase that opens `text` (列席常委會會議), if it opens with a participation verb. */
function verbPhrase(text: string, folded: string, c: Compiled): string {
  const m = c.participation.exec(folded);
  if (!m || m.index !== 0) return '';
  return clean(text).slice(0, 12);
}

function isVerbOnly(folded: string, c: Compiled): boolean {
  if (folded.length === 0 || folded.length > 4) return false;
  return [c.output, c.outcome, c.activity, c.leadVerb].some((re) => {
    const m = re.exec(folded);
    return m !== null && m.index === 0 && m[0].length === folded.length;
  });
}

/** A long clause keeps its last verb phrase: 指导各区人大常委会建成专业人大代表履职平台 → 建成专业人大代表履职平台. */
function shorten(text: string, folded: string, c: Compiled): string {
  if (text.length <= MAX) return clean(text);
  const m = c.lastAction.exec(folded);
  if (m && text.length - m.index >= 4) return clean(text.slice(m.index));
  return clean(text);
}

function roleOf(family: UnitFamily, before: string, after: string, noun: number, c: Compiled): Role {
  switch (family) {
    case 'rate':
      return 'rate';
    case 'money':
      return 'money';
    case 'person_times':
      return 'participants';
    case 'times':
      return 'activity';
    case 'people': {
      if (c.leadVerb.test(lastWord(before, c))) return 'participants';
      const rest = after.slice(noun);
      if (c.participation.test(rest)) return 'participants';
      return 'stock';
    }
    default:
      if (c.outcome.test(before)) return 'outcome';
      if (c.output.test(before)) return 'output';
      if (c.activity.test(before)) return 'activity';
      return 'stock';
  }
}

/** The lead verb that ends `before`, if any (组织全市 → 组织 after dropping the place word). */
function lastWord(before: string, c: Compiled): string {
  const stripped = before.replace(/(?:全市|全省|全体|各级|五级)$/, '');
  for (let n = Math.min(2, stripped.length); n >= 1; n--) {
    const word = stripped.slice(-n);
    if (c.leadVerb.test(word)) return word;
  }
  return '';
}

function clean(text: string): string {
  return text.replace(QUOTES, '').replace(/\s+/g, '').trim();
}

/** At most MAX characters, keeping the end (the thing counted ends the phrase). */
function cap(label: string): string {
  return label.length > MAX ? label.slice(-MAX) : label;
}

/** The clause around a figure, for categorizing when no indicator matched. */
export function clauseAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < 40 && !'。；;\n'.includes(text.charAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < 20 && !BREAKS.has(text.charCodeAt(to))) to++;
  return text.slice(from, to);
}
