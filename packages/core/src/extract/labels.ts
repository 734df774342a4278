/**
 * Labels: the short phrase saying what a figure counts. Read from the clause: the words before the figure
 * (確定調研課題36項 → 確定調研課題) or, when the figure opens its clause, the noun after it
 * (8300余名代表按照… → 代表).
 */

/** Words that open a clause before what is counted (共, 累計 …) and verbs that close a noun after a figure. */
const LEADING = /^(?:共|累計|累计|先后|先後|已|已經|已经|全年|年內|年内|其中|并|並|還|还|均|總計|总计)+/;
const TRAILING =
  /(?:共計|共计|共|達到|达到|達|达|為|为|約|约|近|超過|超过|超|逾|突破|大約|大约|接近|將近|将近|由|從|从)+$/;
const NOUN_STOP = /[的在對对向按為为以從从與与和及並并將将把被參参深走分進进接認认收提等後后是]/;
const MAX = 12;

const BREAKS = new Set(Array.from('，,。；;：:！!？?、（(）)\n“”「」《》', (c) => c.charCodeAt(0)));
const SENTENCE_BREAKS = new Set(Array.from('。；;\n', (c) => c.charCodeAt(0)));

function isBreak(text: string, at: number): boolean {
  return BREAKS.has(text.charCodeAt(at));
}

/**
 * `start`/`end` bound the figure, `floor` is where the previous figure ended (a label never reaches past it).
 */
export function labelFor(text: string, start: number, end: number, floor: number): string {
  let from = start;
  while (from > floor && start - from < 40 && !isBreak(text, from - 1)) from--;
  const before = text.slice(from, start).replace(TRAILING, '').replace(LEADING, '').trim();
  if (before.length >= 2) return before.length > MAX ? before.slice(-MAX) : before;
  let to = end;
  while (to < text.length && to - end < MAX && !isBreak(text, to) && !NOUN_STOP.test(text.charAt(to))) to++;
  const after = text.slice(end, to).trim();
  return after.length > 0 ? after : before;
}

/** The clause around a figure, for categorizing. */
export function clauseAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < 40 && !SENTENCE_BREAKS.has(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < 20 && !isBreak(text, to)) to++;
  return text.slice(from, to);
}
