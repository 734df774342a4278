import type { Lexicon } from '../lexicon/lexicon.js';
import type { Metric } from '../types.js';
import { indicatorUnder } from './indicators.js';
import { trimmedLabel } from './labels.js';

/**
 * Amounts given in turn: 审议法规、监督报告分别为12件和30件 — 12 counts the first item of the list before 分别, 30 the
 * second. Each figure of such a run is named by its own item (审议法规; 监督报告) and counts the way the first does
 * (the verb after 分别 is theirs in common). When the items and the figures do not pair off one to one
 * (城乡居民人均可支配收入分别为…: one compound noun), the labels are left as read: the source says which is which
 * only by a word, and a label is never guessed.
 */

/** 分别, then at most a verb (为, 达到, 开展了) before the first figure. */
const IN_TURN = /分别[^，,。；;：:、！!？?\n\d０-９]{0,4}$/;
/** What may stand between two figures of the run: a joiner of a list. */
const JOINER = /^\s*(?:、|，|,|和|及|与|以及)\s*$/;
/** Where the clause holding the list begins (、 lists, it does not end a clause). */
const CLAUSE_BREAKS = new Set(Array.from('，,。；;：:！!？?\n', (c) => c.charCodeAt(0)));
/** Joiners of a list's last two items. */
const LAST_JOINER = /以及|和|及|与/g;
/** 、 by code. */
const LIST_MARK = 0x3001;
/** How far back from 分别 the list may begin. */
const REACH = 40;

export function readRespectively(
  text: string,
  folded: string,
  metrics: Metric[],
  lexicon: Lexicon,
): Metric[] {
  for (let i = 0; i < metrics.length; i++) {
    const first = metrics[i] as Metric;
    const floor = i > 0 ? (metrics[i - 1] as Metric).span[1] : 0;
    const lead = IN_TURN.exec(folded.slice(Math.max(floor, first.span[0] - 6), first.span[0]));
    if (!lead) continue;
    let last = i;
    while (last + 1 < metrics.length) {
      const next = metrics[last + 1] as Metric;
      if (!JOINER.test(text.slice((metrics[last] as Metric).span[1], next.span[0]))) break;
      last++;
    }
    const count = last - i + 1;
    if (count < 2) continue;
    const listEnd = first.span[0] - lead[0].length;
    let listStart = listEnd;
    while (
      listStart > floor &&
      listEnd - listStart < REACH &&
      !CLAUSE_BREAKS.has(text.charCodeAt(listStart - 1))
    )
      listStart--;
    const items = listItems(listStart, listEnd, folded, count);
    if (items !== null) {
      for (let k = 0; k < count; k++) {
        const [from, to] = items[k] as [number, number];
        const label = trimmedLabel(text.slice(from, to), folded.slice(from, to), lexicon);
        const metric = metrics[i + k] as Metric;
        if (label.length >= 2)
          name(metric, label, metric.family === first.family ? first.role : metric.role, lexicon);
      }
    }
    i = last;
  }
  return metrics;
}

/**
 * The spans of a list's items in folded[start, end): split at 、, and the last item at its joiner (和, 及 …) when that
 * makes as many items as `count`; null when it does not, or when an item would be under two characters.
 */
function listItems(start: number, end: number, folded: string, count: number): [number, number][] | null {
  const items: [number, number][] = [];
  let from = start;
  // Scanned within the list only: indexOf would search on to the text's next 、, however far.
  for (let at = start; at < end; at++) {
    if (folded.charCodeAt(at) !== LIST_MARK) continue;
    items.push([from, at]);
    from = at + 1;
  }
  items.push([from, end]);
  if (items.length === count - 1) {
    // 立法和监督工作分别…: the last item's joiner, where both sides keep two characters at least.
    const [lastFrom, lastTo] = items.pop() as [number, number];
    const tail = folded.slice(lastFrom, lastTo);
    let split: [number, number] | null = null;
    for (const m of tail.matchAll(LAST_JOINER)) {
      if (m.index >= 2 && tail.length - m.index - m[0].length >= 2) split = [m.index, m[0].length];
    }
    if (split === null) return null;
    items.push([lastFrom, lastFrom + split[0]], [lastFrom + split[0] + split[1], lastTo]);
  }
  if (items.length !== count) return null;
  return items.every(([a, b]) => b - a >= 2) ? items : null;
}

function name(metric: Metric, label: string, role: Metric['role'], lexicon: Lexicon): void {
  metric.label = label;
  metric.role = role;
  const { indicator, category } = indicatorUnder(metric, label, role, lexicon);
  metric.indicator = indicator;
  metric.category = category;
}
