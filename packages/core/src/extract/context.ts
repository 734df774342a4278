import { foldToHans } from '../lexicon/fold.js';
import { alternation, type Lexicon, memo } from '../lexicon/lexicon.js';
import type { Metric } from '../types.js';
import { baseThing, indicatorMatch, indicatorUnder, parseIndicator, thingOf } from './indicators.js';
import { governingVerb, hasVerb, isBareVerb, namesOwnThing, nounForBareVerb } from './labels.js';

/** The ids of the lexicon's indicators: a figure whose thing is one of them names something known. */
const knownThings = (lexicon: Lexicon): Set<string> =>
  memo(lexicon, 'context', (lex) => new Set(lex.indicators.map((e) => e.id)));

/**
 * What a figure counts when its own clause does not say, read from a figure just before it in the same sentence:
 * 制定地方性法规3部、修改2部 (修改 counts 地方性法规 too), 审议法规案11件，通过8件, 学习班58期3260人次. A figure
 * introduced by 其中 (and those listed after it) is a breakdown of the one before it in its family (举办学习班58期，
 * 其中市级十二期、县级四十六期): it restates it, so a sum counts the whole once.
 */
const SENTENCE_END = new Set(Array.from('。；;！!？?\n', (c) => c.charCodeAt(0)));

/** Whether text[from, to) holds a sentence end (scanned in place: no slice per figure). */
function endsSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (SENTENCE_END.has(text.charCodeAt(i))) return true;
  return false;
}

/** Whether 其中 stands wholly within text[from, to). */
function saysOfWhich(text: string, from: number, to: number): boolean {
  for (let i = from; i + 2 <= to; i++)
    if (text.charCodeAt(i) === QI && text.charCodeAt(i + 1) === ZHONG) return true;
  return false;
}
/**
 * 征集意见建议699条，有103条最终写进了…: a figure of the same unit opening the next clause with 有 is a part of the
 * one before it, as after 其中.
 */
function partIntroducedByYou(text: string, kin: Metric, metric: Metric): boolean {
  return (
    /^[，,]\s*有$/.test(text.slice(kin.span[1], metric.span[0])) &&
    foldToHans(kin.unit) === foldToHans(metric.unit)
  );
}
const QI = '其'.charCodeAt(0);
const ZHONG = '中'.charCodeAt(0);
/** How far back (characters between the figures) a figure still reads its neighbour's noun. */
const NEAR = 10;

export function readFromContext(
  text: string,
  metrics: Metric[],
  lexicon: Lexicon,
  named: ReadonlySet<Metric> = new Set(),
): Metric[] {
  const known = knownThings(lexicon);
  let sentenceStart = 0;
  let whole: Metric | null = null;
  for (let i = 0; i < metrics.length; i++) {
    const metric = metrics[i] as Metric;
    const previous = metrics[i - 1];
    if (!previous || endsSentence(text, previous.span[1], metric.span[0])) {
      sentenceStart = i;
      whole = null;
      nounFromSentence(text, metric, previous ? previous.span[1] : 0, lexicon);
      continue;
    }
    // The nearest figure before this one, in this sentence, of its family.
    let kin: Metric | null = null;
    for (let k = i - 1; k >= sentenceStart; k--) {
      if ((metrics[k] as Metric).family === metric.family) {
        kin = metrics[k] as Metric;
        break;
      }
    }
    const breakdown =
      kin !== null &&
      (saysOfWhich(text, kin.span[1], metric.span[0]) || partIntroducedByYou(text, kin, metric));
    if (breakdown) whole = kin;
    if (metric.family === 'rate') {
      // A rate is its own thing (整改率), unless it is the change of the figure before it (收入…，同比增长6.2%).
      const said = foldToHans(metric.label);
      // A change in points (较上年提升2.1个百分点) after a rate is that rate's change.
      const points = foldToHans(metric.unit).includes('百分点');
      const { change, changeTo } = rateWords(lexicon);
      if (change.test(said) && (previous.family !== 'rate' || points) && isNear(text, previous, metric))
        changeOf(metric, previous);
      // 国产化率由71%升至100%: the rate's new value, named as the rate before it (never added: a rate).
      else if (changeTo.test(said) && previous.family === 'rate' && isNear(text, previous, metric)) {
        metric.label = previous.label;
        metric.indicator = previous.indicator;
        metric.category = previous.category;
      }
    } else if (
      !known.has(baseThing(thingOf(metric.indicator))) &&
      ((!named.has(metric) && metric.label.length <= 4 && !namesOwnThing(metric.label, lexicon)) ||
        (breakdown && whole === kin))
    ) {
      // Only a label that names nothing of its own (修改, 通过, 市级; not 收集问题) takes its neighbour's thing; so
      // does a part of a whole (其中6篇获市领导批示: 6 of the 调研报告 before it).
      inherit(text, metric, previous, kin, lexicon, known, breakdown);
    } else if (kin && !breakdown) {
      nounFromKin(text, metric, kin, lexicon);
    }
    // Still a verb alone (no kin, or one too far to lend its noun): what its sentence put forward before it.
    nounFromSentence(text, metric, previous.span[1], lexicon);
    listItemRole(text, metric, previous, lexicon);
    const thing = thingOf(metric.indicator);
    if (whole && whole !== metric && whole.family === metric.family && thingOf(whole.indicator) === thing) {
      if (metric.value <= whole.value) metric.restates = whole.span;
    }
  }
  return metrics;
}

/** The words a rate's label is read against, per lexicon. */
const rateWords = (lexicon: Lexicon): { change: RegExp; changeTo: RegExp } =>
  memo(lexicon, 'rate-words', (lex) => ({
    /** A rate that only says how something changed: 同比增长, 增长, 下降 … (`COMPARED_WITH`, `CHANGE_VERBS`). */
    change: new RegExp(
      `^(?:${alternation(lex.words.COMPARED_WITH)})?(?:${alternation(lex.words.CHANGE_VERBS)})$`,
    ),
    /** A rate that only says what it rose or fell to, after the rate it was: 升至, 提高到 … (`CHANGE_TO_VERBS`). */
    changeTo: new RegExp(`^(?:${alternation(lex.words.CHANGE_TO_VERBS)})$`),
  }));

/** 同比增长6.2% after 一般公共预算收入612.8亿元 is the change of the revenue: named by both, compared with neither. */
function changeOf(metric: Metric, previous: Metric): void {
  const label = `${previous.label}${metric.label}`;
  if (label.length > 16) return;
  metric.label = label;
  const { family, role } = parseIndicator(metric.indicator);
  metric.indicator = `${foldToHans(label)}|${family}|${role}`;
}

/** Takes the thing counted from a near neighbour: the figure right before, or the nearest of the same family. */
function inherit(
  text: string,
  metric: Metric,
  previous: Metric,
  kin: Metric | null,
  lexicon: Lexicon,
  known: Set<string>,
  breakdown = false,
): void {
  // 收集意见建议300条、问题50个: a next item that names a thing the lexicon knows, with no verb, is a thing of its
  // own, not the neighbour's (审议法规12件、通过10件: 通过 passes 法规; 市级12期、县级46期: 县级 says which).
  if (
    isNextItem(text, previous, metric) &&
    !hasVerb(metric.label, lexicon) &&
    indicatorMatch(foldToHans(metric.label), metric.family, lexicon) !== null
  )
    return;
  for (const source of [previous, kin]) {
    if (!source || !known.has(baseThing(thingOf(source.indicator)))) continue;
    if (!isNear(text, source, metric)) continue;
    const match = indicatorMatch(foldToHans(source.label), source.family, lexicon);
    if (!match) continue;
    // The neighbour's thing must suit this figure's unit (培训班 期 → 参训 人次 keeps 培训; 代表 名 does not go to 次).
    if (match.entry.families && !match.entry.families.includes(metric.family)) continue;
    if (!foldToHans(metric.label).includes(match.word)) {
      const word = wordAsWritten(source.label, match.word);
      // A part of a whole says what singles it out: 其中6篇获市领导批示 → 获市领导批示的调研报告.
      // 有103条最终写进了… → 最终写进的意见建议: the part's own words, without 其中 or 有 before or 了 after.
      const own = breakdown ? metric.label.replace(/^(?:其中|有)/, '').replace(/了$/, '') : metric.label;
      metric.label = breakdown && own.length >= 4 ? `${own}的${word}` : `${own}${word}`;
    }
    const { family } = parseIndicator(metric.indicator);
    // A part counts the way its whole does (6 of 23 调研报告 formed are output too).
    if (breakdown) metric.role = source.role;
    metric.indicator = `${match.entry.id}|${family}|${metric.role}`;
    metric.category = match.entry.category;
    return;
  }
}

/**
 * A figure named by its verb alone, whose thing is known by that verb (梳理出涉企难题93个，已化解81个: 81 counts
 * problems solved), is labelled with the noun of the figure before it in its family: 化解涉企难题. Only the label:
 * what it is added to was decided by its verb — but for suggestions dealt with (办结), which stay suggestions.
 */
function nounFromKin(text: string, metric: Metric, kin: Metric, lexicon: Lexicon): void {
  // A verb counted in times counts its own doings (召开座谈会12次、视察30次: 30 inspections, no 视察座谈会).
  if (metric.family === 'times' || !isNear(text, kin, metric)) return;
  const noun = nounForBareVerb(metric.label, kin.label, lexicon);
  if (noun === null || noun.length < 2 || noun.length + metric.label.length > 16) return;
  metric.label = `${metric.label}${noun}`;
  if (kin.category === 'suggestions') dealtWithAs(metric, thingOf(kin.indicator));
}

/**
 * 提出建议1356件，已办结1290件: suggestions dealt with are what came of the suggestions, not problems solved (a
 * suggestion is no problem): a figure its verb filed as problems solved becomes an outcome of `thing`, the
 * suggestions its noun names.
 */
function dealtWithAs(metric: Metric, thing: string): void {
  if (metric.category !== 'problems_solved' || metric.role !== 'outcome') return;
  const { family } = parseIndicator(metric.indicator);
  metric.indicator = `${thing}|${family}|outcome`;
  metric.category = 'suggestions';
}

/**
 * The nouns of what is put forward and what is solved (意见建议, 建议, 议案, 问题, 难题 …: the words of the lexicon's
 * suggestions and problems with no verb in them), as a pattern that finds each one in a stretch of text.
 */
const objectNouns = (lexicon: Lexicon): RegExp =>
  memo(lexicon, 'object-nouns', (lex) => {
    const words = lex.indicators
      .filter((e) => e.category === 'suggestions' || e.category === 'problems_solved')
      .flatMap((e) => e.words)
      .filter((word) => word.length >= 2 && !hasVerb(word, lex));
    return new RegExp(alternation(words), 'g');
  });

/** How far before a figure (within its sentence) the noun its verb acts on is looked for. */
const OBJECT_REACH = 40;

/**
 * 对收集到的意见建议逐条分类交办，已办结2870条: a figure named by its verb of an outcome alone (办结, 解决, 采纳), with
 * no figure near enough to lend a noun, acts on the last thing put forward or solved that its sentence names before
 * it (from `from`, the end of the figure before, or the sentence's start, OBJECT_REACH at most): it is labelled
 * 办结意见建议, and a suggestion dealt with stays a suggestion, not a problem solved (dealtWithAs).
 */
function nounFromSentence(text: string, metric: Metric, from: number, lexicon: Lexicon): void {
  if (metric.family !== 'items' || metric.role !== 'outcome' || !isBareVerb(metric.label, lexicon)) return;
  let start = Math.max(from, metric.span[0] - OBJECT_REACH);
  for (let i = metric.span[0] - 1; i >= start; i--)
    if (SENTENCE_END.has(text.charCodeAt(i))) {
      start = i + 1;
      break;
    }
  const before = foldToHans(text.slice(start, metric.span[0]));
  const nouns = objectNouns(lexicon);
  nouns.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = nouns.exec(before); m !== null; m = nouns.exec(before)) last = m;
  if (!last) return;
  const noun = text.slice(start + last.index, start + last.index + last[0].length);
  const match = indicatorMatch(last[0], metric.family, lexicon);
  metric.label = `${metric.label}${noun}`;
  if (match?.entry.category === 'suggestions') dealtWithAs(metric, match.entry.id);
}

/** A next item of a list right after a figure: 、, then a noun and its figure (、代表联络站1035个). */
const NEXT_ITEM = /^、[^，,。；;、：:\d０-９]{1,12}$/;

const LIST_MARK = '、'.charCodeAt(0);

/** Whether `metric` is a next item of a list after `previous` (NEXT_ITEM), told by its 、 before a slice is made. */
function isNextItem(text: string, previous: Metric, metric: Metric): boolean {
  const [from, to] = [previous.span[1], metric.span[0]];
  return text.charCodeAt(from) === LIST_MARK && to - from <= 13 && NEXT_ITEM.test(text.slice(from, to));
}

/**
 * 建成代表之家126个、代表联络站1035个: an item of a list that is only a noun and its figure was made the way the one
 * before it was (the verb before the list governs both): it takes that figure's role, so that it is added to what was
 * made (output), not to what there is (stock), and it is read as that verb's object for what it counts. Only within
 * one unit family, and only for an item with no verb of its own.
 */
function listItemRole(text: string, metric: Metric, previous: Metric, lexicon: Lexicon): void {
  if (metric.family !== previous.family || !isNextItem(text, previous, metric)) return;
  const role = metric.role === 'stock' && previous.role !== 'stock' ? previous.role : metric.role;
  // 代表提出议案5件、建议320件: an item with no verb of its own is what the list's verb governs (代表提出建议 are
  // deputies' suggestions, not the opinions 建议 alone names), when the lexicon knows the two read together.
  const verb = hasVerb(metric.label, lexicon) ? '' : governingVerb(previous.label, lexicon);
  const governed = verb === '' ? null : indicatorUnder(metric, `${verb}${metric.label}`, role, lexicon);
  const reading =
    governed?.entry && governed.entry.id !== thingOf(metric.indicator)
      ? governed
      : role !== metric.role
        ? indicatorUnder(metric, metric.label, role, lexicon)
        : null;
  if (!reading) return;
  metric.role = role;
  metric.indicator = reading.indicator;
  metric.category = reading.category;
}

/** Whether `metric` stands near enough after `source` to read its noun: a few characters, at most one comma between. */
function isNear(text: string, source: Metric, metric: Metric): boolean {
  const between = text.slice(source.span[1], metric.span[0]);
  return between.length <= NEAR && (between.match(/[，,]/g) ?? []).length <= 1;
}

/** The word as the label writes it (the label may be Traditional; the word is Simplified). */
function wordAsWritten(label: string, word: string): string {
  const at = foldToHans(label).lastIndexOf(word);
  return at >= 0 ? label.slice(at, at + word.length) : word;
}

/** Where the clause after a figure ends, for its category (、 lists, it does not end a clause). */
const CLAUSE_END = /[，,。；;：:！!？?\n]/;
/** How far after a figure its clause is read for a category. */
const CLAUSE_REACH = 24;

/**
 * The category of a figure whose label names nothing the lexicon knows, from the rest of its clause: 96个乡镇街道
 * 全部建立“人大代表之家” counts towns, and belongs with the platforms. Only the category: the indicator stays the
 * label's own, so such a figure is still added to nothing but its like.
 */
export function categoryFromClause(folded: string, metrics: Metric[], lexicon: Lexicon): Metric[] {
  const known = knownThings(lexicon);
  for (let i = 0; i < metrics.length; i++) {
    const metric = metrics[i] as Metric;
    if (metric.family === 'rate' || known.has(baseThing(thingOf(metric.indicator)))) continue;
    const next = metrics[i + 1];
    let to = metric.span[1];
    const limit = Math.min(folded.length, to + CLAUSE_REACH, next ? next.span[0] : folded.length);
    while (to < limit && !CLAUSE_END.test(folded.charAt(to))) to++;
    const match = indicatorMatch(folded.slice(metric.span[1], to), metric.family, lexicon, metric.role);
    if (match) metric.category = match.entry.category;
  }
  return metrics;
}
