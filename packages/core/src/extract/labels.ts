import { findCityMentions } from '../gazetteer/gazetteer.js';
import { foldToHans } from '../lexicon/fold.js';
import { alternation, type Lexicon, memo } from '../lexicon/lexicon.js';
import { isWhitespaceCode } from '../normalize/chars.js';
import type { Role, UnitFamily } from '../types.js';

/**
 * What a figure counts, read from its clause on the folded text (Simplified, same offsets) against the lexicon's
 * word lists; the label is cut from the text as written.
 * - A count of people is named by the people noun after it (邀請298名[市人大代表]列席常委會會議), with what they
 *   did when that fits (列席常委會會議的市人大代表).
 * - A figure between a verb and its object is named by both (新增11個基層立法聯系點 → 新增基層立法聯系點).
 * - A figure closing a verb phrase is named by it (確定調研課題36項 → 確定調研課題; 收集意見、建議和訴求6189條).
 * - A figure followed only by its verb is named by the verb (4412人次參訓 → 參訓).
 * And how it counts (its role): from the verb and the unit family.
 */

const MAX = 16;
/** Where a clause ends, for labels. 、 does not: it lists nouns (意見、建議和訴求); the previous figure bounds a list of figures. */
const BREAKS = new Set(Array.from('，,。；;：:！!？?\n《》', (c) => c.charCodeAt(0)));
/** 、 by code: charAt of a CJK character builds a string at every step of a scan. */
const LIST_MARK = 0x3001;
/** 》, and the longest title (with its marks) a label takes whole: 《人大工作简报》. */
const TITLE_CLOSE = 0x300b;
const TITLE_OPEN = 0x300a;
const SHORT_TITLE = 12;
/** 等 by code: it closes a list of titles (《A》《B》等决定3件). */
const ETC = 0x7b49;
/** What joins two titles of a list: nothing, 、, 和, 及, 与. */
const TITLE_JOINERS = new Set(Array.from('、和及与', (c) => c.charCodeAt(0)));

/**
 * The titles listed right before `at` (《A》《B》, 《A》、《B》和《C》): where the first opens and how many there are,
 * or null when no title ends at `at`. A title reaches back at most 60 characters; none starts before `floor`.
 */
function titlesBefore(text: string, at: number, floor: number): { start: number; count: number } | null {
  let start = at;
  let count = 0;
  let pos = at;
  while (pos > floor && text.charCodeAt(pos - 1) === TITLE_CLOSE) {
    const open = titleOpen(text, pos - 2, Math.max(floor, pos - 60));
    if (open < 0) break;
    count++;
    start = open;
    pos = open;
    while (pos > floor && TITLE_JOINERS.has(text.charCodeAt(pos - 1))) pos--;
  }
  return count > 0 ? { start, count } : null;
}

/**
 * The 《 at or before `from` and not before `low`, or -1: a bounded scan, so a stray 》 before every figure of a
 * long text costs a few characters each, not a search back to the start (lastIndexOf) — quadratic over them all.
 */
function titleOpen(text: string, from: number, low: number): number {
  for (let at = from; at >= low; at--) if (text.charCodeAt(at) === TITLE_OPEN) return at;
  return -1;
}
/**
 * Where the clause ending at `at` begins: back to a break or `floor`, at most 40 characters before `anchor` (the
 * figure, or the list of titles read past).
 */
function clauseStart(text: string, at: number, floor: number, anchor: number): number {
  let from = at;
  while (from > floor && anchor - from < 40 && !BREAKS.has(text.charCodeAt(from - 1))) from--;
  return from;
}

const FULL_COLON = 0xff1a;
/** The longest name of a figure written before a colon (代表建议收到：812件). */
const COLON_LABEL = 12;

const MARKS = /[“”「」"‘’]/g;

export interface LabelReading {
  label: string;
  role: Role;
  /** The label is the noun the figure is followed by (8条[问题清单]): it names its own thing, borrows none. */
  named: boolean;
  /** Where the noun after the figure that the label holds ends, when it holds one (the next figure reads from there). */
  nounEnd?: number | undefined;
}

interface Compiled {
  leading: RegExp;
  /** A word of LABEL_LEADING opening a text (今年, 全市, 共), not a mark. */
  leadingWord: RegExp;
  trailing: RegExp;
  /** One word of LABEL_TRAILING ending a text: what goes when all of them would leave nothing (完成|全市). */
  trailingWord: RegExp;
  subjectLead: RegExp;
  preposition: RegExp;
  /** A phrase of when opening a label (会议期间, 2023年以来). */
  timePhrase: RegExp;
  /** An adverb of the amount ending a text (…精神共|学习22次). */
  adverbEnd: RegExp;
  /** A clause before a figure that ends with a preposition (代表以|449个代表小组): the figure is its object. */
  prepositionEnd: RegExp;
  /** A clause before a figure that is only connectives (其中, 另有): it says nothing of what is counted. */
  fillerOnly: RegExp;
  /** A clause before a figure that is a topic and a verb of doing (代表讲坛|开了): groups topic, adverb, aspect. */
  topicComment: RegExp;
  nounStop: RegExp;
  nominal: RegExp;
  /** A verb and 的 opening the words after a figure (8个[新组建的]监督组): a clause qualifying the noun after it. */
  relative: RegExp;
  /** A known thing, a place, an adverb and a verb of making before a figure (活动室在全市共设立30个). */
  thingThenVerb: RegExp;
  /** A place word alone (在镇, 在宁, 全市): says where, not what. */
  placeOnly: RegExp;
  /** A conjunction ending the text before a figure (13条意见建议和|8条问题清单): the figure is a list's next item. */
  conjunctionEnd: RegExp;
  /** A word of all ending the text before a figure (组织全市), dropped to find the verb before it. */
  allWordEnd: RegExp;
  /** Words of all there are, or of having, in a clause before people counted (全市共有代表8300名): a stock. */
  stockMarker: RegExp;
  /** A second figure right after a 、 (、修订1部), before the noun both count. */
  sharedNoun: RegExp;
  /** Adverbs and verbs of receiving between a noun and the verb of what came of it (均已办结, 得到推动解决). */
  outcomeAdverbs: RegExp;
  /** A figure inside a verb phrase, on folded text: digits, an approximation and a measure word. */
  innerFigure: RegExp;
  /** A verb ending a phrase (意见建议收集): no topic of a verb after it, but a verb phrase of its own. */
  verbAtEnd: RegExp;
  /** Char codes of the one-character nouns of a body (组, 队 …) that may end a lexicon word's noun. */
  bodySuffixes: Set<number>;
  leadVerb: RegExp;
  participation: RegExp;
  pressing: RegExp;
  outcome: RegExp;
  /** A verb of building (建成, 设立 …): before a verb of achieving, what was built is counted. */
  build: RegExp;
  /** An outcome verb opening a text (办结, 解决 …). */
  outcomeLead: RegExp;
  output: RegExp;
  activity: RegExp;
  anyVerb: RegExp;
  /** A label that is one verb of counting and nothing else (化解, 办结). */
  verbOnly: RegExp;
  peopleHead: RegExp;
  /** The indicator words by first unit, longest first: nounAfter looks them up at every position of a noun. */
  indicatorWords: Map<number, readonly string[]>;
  indicatorAnywhere: RegExp;
}

function compile(lexicon: Lexicon): Compiled {
  return memo(lexicon, 'labels', (lex) => {
    const w = lex.words;
    const verbs = [...w.ACTIVITY_VERBS, ...w.OUTPUT_VERBS, ...w.OUTCOME_VERBS];
    return {
      leading: new RegExp(`^(?:[、\\s]|${alternation(w.LABEL_LEADING)}|\\d{4}\\s*年(?:以来|来)?)+`),
      leadingWord: new RegExp(`^(?:${alternation(w.LABEL_LEADING)})`),
      trailing: new RegExp(`(?:${alternation(w.LABEL_TRAILING)})+$`),
      trailingWord: new RegExp(`(?:${alternation(w.LABEL_TRAILING)})$`),
      subjectLead: new RegExp(`^(?:${alternation(w.SUBJECTS)})`),
      preposition: new RegExp(`^(?:${alternation(w.LABEL_PREPOSITIONS)})`),
      timePhrase: new RegExp(`^[^，。；]{0,14}?(?:${alternation(w.TIME_PHRASE_ENDINGS)})`),
      prepositionEnd: new RegExp(`(?:${alternation(w.LABEL_PREPOSITIONS)})$`),
      fillerOnly: new RegExp(`^(?:${alternation(w.LABEL_LEADING)})+$`),
      adverbEnd: new RegExp(`(?:${alternation(w.TOPIC_ADVERBS)})$`),
      topicComment: new RegExp(
        `^([^，。；、的]{2,}?)(${alternation(w.TOPIC_ADVERBS)})?(?:${alternation(w.TOPIC_VERBS)})([了过])?$`,
      ),
      nounStop: new RegExp(`${alternation([...w.NOUN_STOPS, ...verbs])}|[0-9]`, 'g'),
      nominal: new RegExp(`^(?:${alternation(w.NOMINALIZERS)})`),
      relative: new RegExp(`^(?:新|已|原)?(?:${alternation(verbs)})的`),
      thingThenVerb: new RegExp(
        `^([^，。；、的]{2,}?)(?:${alternation(w.SCOPE_PHRASES)})?(?:${alternation(w.TOPIC_ADVERBS)})?(${alternation(w.OUTPUT_VERBS)})[了过]?$`,
      ),
      placeOnly: new RegExp(`^(?:在.{1,2}|${alternation(w.SCOPE_WORDS)})$`),
      conjunctionEnd: new RegExp(`(?:${alternation(w.CONJUNCTIONS)})$`),
      allWordEnd: new RegExp(`(?:${alternation(w.ALL_WORDS)})$`),
      stockMarker: new RegExp(alternation(w.STOCK_MARKERS.filter((word) => word !== '在'))),
      sharedNoun: new RegExp(
        `^、[^，。；、\\d]{0,4}?\\d+(?:\\.\\d+)?\\s*(?:${alternation(w.SHARED_NOUN_UNITS)})`,
      ),
      outcomeAdverbs: new RegExp(`^(?:${alternation(w.OUTCOME_ADVERBS)})*`),
      innerFigure: new RegExp(
        `[0-9０-９][0-9０-９.,]*\\s*(?:余|多)?\\s*(?:${alternation(w.INNER_FIGURE_UNITS)})`,
        'g',
      ),
      bodySuffixes: new Set(w.BODY_SUFFIXES.map((suffix) => suffix.charCodeAt(0))),
      leadVerb: new RegExp(`^(?:${alternation(w.LEAD_VERBS)})$`),
      participation: new RegExp(alternation(w.PARTICIPATION_VERBS)),
      pressing: new RegExp(`^(?:${alternation(w.LIGHT_VERBS)})?(?:${alternation(w.PRESSING_VERBS)})`),
      outcome: new RegExp(alternation(w.OUTCOME_VERBS)),
      build: new RegExp(alternation(w.BUILD_VERBS)),
      outcomeLead: new RegExp(`^(?:${alternation(w.OUTCOME_VERBS)})`),
      output: new RegExp(alternation(w.OUTPUT_VERBS)),
      activity: new RegExp(alternation(w.ACTIVITY_VERBS)),
      anyVerb: new RegExp(
        alternation([...verbs, ...w.PARTICIPATION_VERBS, ...w.LEAD_VERBS].filter((v) => v.length > 1)),
        'g',
      ),
      verbAtEnd: new RegExp(`(?:${alternation(verbs)})$`),
      verbOnly: new RegExp(`^(?:${alternation(verbs.filter((v) => v.length > 1))})$`),
      peopleHead: new RegExp(alternation(w.PEOPLE_HEADS), 'g'),
      indicatorWords: byFirstUnit(lex.indicators.flatMap((e) => e.words)),
      indicatorAnywhere: new RegExp(alternation(lex.indicators.flatMap((e) => e.words))),
    };
  });
}

/** Words by their first UTF-16 unit, each list longest first (as an alternation would try them). */
function byFirstUnit(words: readonly string[]): Map<number, readonly string[]> {
  const map = new Map<number, string[]>();
  for (const word of new Set(words)) {
    if (word === '') continue;
    const list = map.get(word.charCodeAt(0));
    if (list) list.push(word);
    else map.set(word.charCodeAt(0), [word]);
  }
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
}

/** Length of the longest indicator word at `at` in `folded` ending by `end`, or 0. */
function wordAt(folded: string, at: number, end: number, c: Compiled): number {
  const list = c.indicatorWords.get(folded.charCodeAt(at));
  if (list === undefined) return 0;
  for (const word of list) if (at + word.length <= end && folded.startsWith(word, at)) return word.length;
  return 0;
}

/** Trims what a label never starts or ends with, repeatedly; on folded text, returns the cut offsets. */
function trim(folded: string, c: Compiled): [number, number] {
  let start = 0;
  let end = folded.length;
  for (let round = 0; round < 6; round++) {
    const before = start * 1000 + end;
    const head = folded.slice(start, end);
    const lead =
      c.leading.exec(head) ?? c.subjectLead.exec(head) ?? c.preposition.exec(head) ?? c.timePhrase.exec(head);
    if (lead && lead[0].length < head.length) start += lead[0].length;
    else {
      // 徐州市人大常委会审议法规, 南京市今年立法: the city is who acted (its part's heading names it), not what counts.
      const city = leadingCity(head, c, true);
      if (city > 0 && head.length - city >= 2) start += city;
    }
    const rest = folded.slice(start, end);
    // 全面完成全市|1393个代表家站点: the words of the amount go, one at a time, as long as a word is left (完成).
    const tail = c.trailing.exec(rest);
    const cut = tail && tail[0].length < rest.length ? tail : c.trailingWord.exec(rest);
    if (cut && cut[0].length < rest.length) end -= cut[0].length;
    if (start * 1000 + end === before) break;
  }
  return [start, end];
}

/**
 * The length of a city's name opening `folded` (南京市, 南京) when a word a label never starts with, a verb or a year
 * follows it (今年, 全市, 组织, 2024年), or 0: in 南京市民参与评议 the name runs into a word of its own (市民), and after
 * 南通市人大 or 南通市、县两级 the city is part of who acted, which the clause rules read as a whole. With `withSubject`, also
 * when who acted follows it (常州市人大常委会…: a list's item, whose subject is no part of any item).
 */
function leadingCity(folded: string, c: Compiled, withSubject = false): number {
  const [first] = findCityMentions(folded.slice(0, 12));
  if (first?.span[0] !== 0) return 0;
  const rest = folded.slice(first.span[1]);
  if (withSubject && c.subjectLead.test(rest)) return first.span[1];
  c.anyVerb.lastIndex = 0;
  const verb = c.anyVerb.exec(rest);
  // …or a year (常州市2024年PM2.5平均浓度: the thing counted is PM2.5平均浓度).
  return c.leadingWord.test(rest) || /^\d{4}\s*年/.test(rest) || verb?.index === 0 ? first.span[1] : 0;
}

/** A clause ending in 为 right before the figure (拆解为, 转化为): what follows is what it became. */
const BECOMES = /为\s*$/;

/**
 * A verb phrase without the figures inside it (对接了90个项目 → 对接了项目), unless a figure is followed by a
 * one-character noun it would leave bare (分为6个组 stays). Figures are found on the folded phrase (same offsets).
 */
function withoutFigures(phrase: string, c: Compiled): string {
  let out = '';
  let last = 0;
  for (const figure of foldToHans(phrase).matchAll(c.innerFigure)) {
    const end = figure.index + figure[0].length;
    if (phrase.length - end === 1) continue;
    out += phrase.slice(last, figure.index);
    last = end;
  }
  return out + phrase.slice(last);
}

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
  // The previous figure's noun may run up to this figure (5个3A级…): its clause is then empty, never reversed.
  floor = Math.min(floor, start);
  // The clause before the figure, back to a break or the previous figure; after it, to a break.
  let from = clauseStart(text, start, floor, start);
  // The clause's words before the figure, as read: the text from `from`, unless a list of titles is left out.
  let clauseText: string | null = null;
  let clauseFolded = '';
  const items = titlesBefore(text, from, floor);
  const etc = from < start && folded.charCodeAt(from) === ETC;
  if (items && ((items.count > 1 && from === start) || etc)) {
    // 制定《A》《B》2部地方性法规, 出台《A》等决定3件: titles listed right before the figure (or before the 等 that
    // closes their list) are the things counted, one by one; the label reads past them to the verb before them
    // (制定地方性法规, 出台决定), never names one title for all.
    const verb = clauseStart(text, items.start, floor, items.start);
    const rest = etc ? from + 1 : start;
    clauseText = text.slice(verb, items.start) + text.slice(rest, start);
    clauseFolded = folded.slice(verb, items.start) + folded.slice(rest, start);
  } else if (from === start && text.charCodeAt(start - 1) === TITLE_CLOSE) {
    // 编发《人大工作简报》48期: a short title right before the figure is the thing made, with the verb before it (a
    // title otherwise breaks the clause: laws are read as laws, not as labels).
    const open = titleOpen(text, start - 2, Math.max(floor + 1, start - SHORT_TITLE));
    if (open >= 0 && !text.slice(open + 1, start - 1).includes('》')) {
      from = clauseStart(text, open, floor, start);
    }
  }
  const colon = text.charCodeAt(start - 1);
  if (clauseText === null && from === start && (colon === FULL_COLON || colon === 0x3a)) {
    // 代表建议：812件 (a table's row, a statistics line): the words before the colon name what the figure counts.
    const named = clauseStart(text, start - 1, floor, start);
    const words = text.slice(named, start - 1);
    if (words.length >= 2 && words.length <= COLON_LABEL && !/[\d０-９]/.test(words)) {
      clauseText = words;
      clauseFolded = folded.slice(named, start - 1);
    }
  }
  if (clauseText === null) {
    // In a list of figures (164期4412人次参训、代表讲坛73期), the previous item ends at its 、.
    let listMark = start - 1;
    while (listMark >= from && text.charCodeAt(listMark) !== LIST_MARK) listMark--;
    if (listMark < from) listMark = from - 1;
    // Only in the clause the previous figure ends (，视察、调研各15次 is a list of its own).
    if (floor > 0 && from === floor && listMark >= from && listMark - floor <= 4) from = listMark + 1;
    clauseText = text.slice(from, start);
    clauseFolded = folded.slice(from, start);
  }
  let to = end;
  while (
    to < text.length &&
    to - end < 24 &&
    !BREAKS.has(text.charCodeAt(to)) &&
    text.charCodeAt(to) !== LIST_MARK
  )
    to++;

  const [bs, be] = trim(clauseFolded, c);
  let beforeFolded = clauseFolded.slice(bs, be);
  let before = clauseText.slice(bs, be);
  const people = family === 'people' || family === 'person_times';
  // People are listed with 、 (省、市、区人大代表): their noun runs on to the clause's end.
  if (people) while (to < text.length && to - end < 24 && !BREAKS.has(text.charCodeAt(to))) to++;
  const afterFolded = folded.slice(end, to);
  const after = text.slice(end, to);
  // 制定5部、修订1部地方性法规: the first figure counts the same noun as the one after it.
  const shared = c.sharedNoun.exec(folded.slice(end, end + 24));
  const nounFrom = shared ? end + shared[0].length : end;
  let nounTo = nounFrom;
  while (
    nounTo < text.length &&
    nounTo - nounFrom < 24 &&
    !BREAKS.has(text.charCodeAt(nounTo)) &&
    text.charCodeAt(nounTo) !== LIST_MARK
  )
    nounTo++;
  let noun = people ? peopleNoun(afterFolded, c) : nounAfter(folded.slice(nounFrom, nounTo), c);
  // 8个[新组建的市人大代表监督组]: a verb and 的 right after the figure qualify the noun that follows them; the noun
  // is the whole, and the verb says how the things counted came to be (组建: made).
  const relative = people || shared ? null : c.relative.exec(folded.slice(nounFrom, nounTo));
  if (relative) {
    const head = nounAfter(folded.slice(nounFrom + relative[0].length, nounTo), c);
    if (head >= 2 && relative[0].length + head <= MAX) noun = relative[0].length + head;
  }
  // 优秀代表430名受到通报表扬: the people are named before the figure; what follows is what befell them.
  if (
    people &&
    noun > 0 &&
    !hasPeopleHead(afterFolded.slice(0, noun), c) &&
    endsWithPeopleHead(beforeFolded, c)
  )
    noun = 0;
  // Connectives alone (另有11个[事项], 其中5740余件[得到推动解决]) are no part of a label when the figure's own
  // noun or a short clause after it says what it counts; trim keeps them only so as not to leave nothing. A part
  // named by nothing short (其中103条被编入…工程计划) keeps its 其中: the figure before it names it (context.ts).
  if (c.fillerOnly.test(beforeFolded) && (noun > 0 || clean(after).length <= MAX)) {
    beforeFolded = '';
    before = '';
  }
  // Where the words after the figure's noun begin, in `afterFolded`.
  const rest = nounFrom - end + noun;
  // 42件重点建议[办出了实效]: an outcome verb right after the figure's noun says what came of the things counted.
  const outcomeAfter =
    !people && noun > 0 && c.outcomeLead.test(afterFolded.slice(rest).replace(c.outcomeAdverbs, ''));
  const role = outcomeAfter
    ? 'outcome'
    : roleOf(
        family,
        relative ? `${beforeFolded}${relative[0]}` : beforeFolded,
        afterFolded,
        noun,
        c,
        lexicon,
        clauseFolded,
      );
  // Where the noun after the figure that the label holds ends (set while such a label is read).
  let nounEnd: number | undefined;
  const done = (label: string, named = false, as: Role = role): LabelReading => ({
    label: cap(clean(label), label),
    role: as,
    named,
    nounEnd,
  });

  if (noun > 0) {
    const nounAt = people ? end : nounFrom;
    const nounText = clean(text.slice(nounAt, nounAt + noun));
    // A label holding the noun after the figure ends the figure there: the next figure's words start after it
    // (586件[建议]交由68家承办单位办理: 建议 is no part of what 68家 counts). Not a noun shared with a later figure,
    // nor people's (a people noun is read up to the clause's end).
    nounEnd = shared || people ? undefined : nounAt + noun;
    // 代表反映集中的32件[建议]开展重点督办: the verb right after the noun is what was done to them. Pressed, they
    // are supervision's work, not suggestions received: named by that verb and the noun, never added to those
    // (the indicator words 督办的, 交办的 name them supervision).
    const pressed = people ? null : c.pressing.exec(afterFolded.slice(rest));
    if (people) {
      // 298名[市人大代表]列席常委會會議 → 列席常委會會議的市人大代表, when it fits.
      // 3177名[代表]深入327处接待点接待选民7363人 → 深入接待点接待选民的代表: the figures inside are their own.
      const vp = withoutFigures(verbPhrase(after.slice(noun), afterFolded.slice(noun), c), c);
      if (vp !== '' && vp.length + nounText.length + 1 <= MAX) return done(`${vp}的${nounText}`);
      if (nounText.length >= 2) return done(nounText);
    } else if (pressed) {
      // Pressing them is what the congress did: an activity, whatever the verb before said of them.
      return done(`${after.slice(rest, rest + pressed[0].length)}的${nounText}`, false, 'activity');
    } else if (c.conjunctionEnd.test(beforeFolded) && nounText.length >= 2) {
      // 13条意见建议和8条[问题清单]: a second item of a list is named by its own noun, not by the first item's.
      return done(nounText, true);
    } else if ((c.prepositionEnd.test(beforeFolded) || BECOMES.test(clauseFolded)) && nounText.length >= 2) {
      // 代表以449个[代表小组]为单位, 一号议案被拆解为16项[年度任务]: the figure and its noun are the object of the
      // preposition or of 为 (what something became), named by the noun, not by what it came from.
      return done(nounText, true);
    } else if (/[的等]$/.test(beforeFolded)) {
      // 代表反映集中的32件[建议], 等5个[子方案]: the noun, with what qualifies it when that fits.
      const joined = /的$/.test(beforeFolded) ? `${before}${nounText}` : nounText;
      return done(joined.length <= MAX ? joined : nounText);
    } else {
      // 新增11個[基層立法聯系點], 組建8個[市人大代表監督組]: the verb ending the clause before, and the noun after;
      // also when only the noun names a known thing (包含13条[意见建议]).
      const verb = verbOf(before, beforeFolded, c);
      const endsWithVerb = verb !== '' && before.endsWith(verb.slice(-2));
      const nounKnown =
        c.indicatorAnywhere.test(foldToHans(nounText)) && !c.indicatorAnywhere.test(beforeFolded);
      if (endsWithVerb || before.length < 2 || nounKnown) {
        // 进行了24场视察活动 → 进行视察活动: the aspect particle stays with the verb, not in the label.
        const verbWord = verb.replace(/[了过]$/, '');
        // A noun that opens with its own verb (新组建的监督组) takes no other.
        const lead = !relative && endsWithVerb && verbWord.length + nounText.length <= MAX ? verbWord : '';
        if (lead.length + nounText.length >= 2) return done(`${lead}${nounText}`, true);
      }
    }
  }
  nounEnd = undefined;
  if (
    before.length >= 2 &&
    !c.leadVerb.test(beforeFolded) &&
    !c.placeOnly.test(beforeFolded) &&
    !c.preposition.test(beforeFolded)
  ) {
    // 代表讲坛开了73期, 专题调研共组织1198次: the topic the clause opens with is what was counted.
    const topic = c.topicComment.exec(beforeFolded);
    if (topic?.[1] && (topic[2] || topic[3])) return done(before.slice(0, topic[1].length));
    // 五级人大代表协同履职活动室在全市共设立30个, 基地新建16个: a thing the lexicon knows, then where, an adverb and
    // the verb that made them: named by the verb and the thing, as 新增11个基层立法联系点 is (设立五级人大代表协同履职
    // 活动室). Not for events (视察30次 counts the visits), people (讲坛已开讲28人次 counts those who spoke), a
    // topic that names who acted (各级人大代表…; a subject such as 各区人大 names nothing known) or one that ends
    // with a verb of its own (意见建议收集转交).
    const thing = people || family === 'times' ? null : c.thingThenVerb.exec(beforeFolded);
    const topicOf = thing?.[1];
    if (
      topicOf &&
      thing?.[2] &&
      c.indicatorAnywhere.test(topicOf) &&
      !endsWithPeopleHead(topicOf, c) &&
      !c.verbAtEnd.test(topicOf)
    ) {
      const thingText = before.slice(0, topicOf.length);
      const verbText = before.slice(beforeFolded.lastIndexOf(thing[2]));
      const made = `${verbText.replace(/[了过]$/, '')}${thingText}`;
      return done(made.length <= MAX ? made : thingText);
    }
    return done(shorten(before, beforeFolded, c));
  }
  // A figure followed by its verb (4412人次参训): the verb says what was counted.
  const vp = verbPhrase(after, afterFolded, c);
  if (vp.length >= 2) return done(vp);
  // Nothing around the figure says what it counts (学习班58期[3260人次]，): a neighbour may (see readFromContext).
  const fallback = clean(before.length >= after.length ? before : after);
  // Named by what follows it (5740余件[得到推动解决]): how it counts is read from those words too.
  if (before.length < after.length && fallback.length >= 2 && familyRole(family) === null && !people) {
    return done(fallback, false, thingsRole(afterFolded, lexicon));
  }
  return done(fallback.length >= 2 ? fallback : '');
}

/**
 * A label cut from `text` (its folded twin `folded`) as readLabel cuts one: without the words a label never starts
 * or ends with, marks and spaces, capped at MAX. For names read elsewhere (a list's items, see respectively.ts).
 */
export function trimmedLabel(text: string, folded: string, lexicon: Lexicon): string {
  const c = compile(lexicon);
  // An item names a thing: the city and its congress that opened the clause (常州市人大常委会今年立法) acted.
  const who = leadingCity(folded, c, true);
  const [start, end] = trim(folded.slice(who), c);
  const label = text.slice(who + start, who + end);
  return cap(clean(label), label);
}

/** Length of the noun phrase opening `folded`: up to a verb, a conjunction, 的 or a number (not inside a lexicon word). */
function nounAfter(folded: string, c: Compiled): number {
  let end = Math.min(folded.length, MAX);
  c.nounStop.lastIndex = 0;
  for (let m = c.nounStop.exec(folded); m !== null; m = c.nounStop.exec(folded)) {
    // 联系 stops a noun, 联系点 is one: a lexicon word starting here is part of the noun.
    const word = wordAt(folded, m.index, folded.length, c);
    if (word > m[0].length) {
      c.nounStop.lastIndex = m.index + word;
      continue;
    }
    // 视察活动: a verb with a nominalizer after it is a noun.
    const nominal = c.nominal.exec(folded.slice(m.index + m[0].length));
    if (nominal) {
      c.nounStop.lastIndex = m.index + m[0].length + nominal[0].length;
      continue;
    }
    end = Math.min(m.index, MAX);
    break;
  }
  // A noun that runs on past a lexicon word into a verb phrase (重点工作凝聚整体合力) ends with the word, or with
  // the body the word names (监督组盯住… ends with 监督组).
  let lastWordEnd = 0;
  for (let i = 0; i < end; i++) {
    const word = wordAt(folded, i, end, c);
    if (word > 0) lastWordEnd = Math.max(lastWordEnd, i + word);
  }
  if (lastWordEnd === 0 || end - lastWordEnd < 3) return end;
  return c.bodySuffixes.has(folded.charCodeAt(lastWordEnd)) ? lastWordEnd + 1 : lastWordEnd;
}

/** A people noun opening `folded`: through its last head word (代表, 干部 …) before the noun's end. */
function peopleNoun(folded: string, c: Compiled): number {
  const limit = nounAfter(folded, c);
  let end = 0;
  c.peopleHead.lastIndex = 0;
  for (let m = c.peopleHead.exec(folded); m !== null && m.index < limit; m = c.peopleHead.exec(folded)) {
    end = m.index + m[0].length;
  }
  return end > 0 ? end : limit;
}

function hasPeopleHead(folded: string, c: Compiled): boolean {
  c.peopleHead.lastIndex = 0;
  return c.peopleHead.test(folded);
}

function endsWithPeopleHead(folded: string, c: Compiled): boolean {
  c.peopleHead.lastIndex = 0;
  let end = -1;
  for (let m = c.peopleHead.exec(folded); m !== null; m = c.peopleHead.exec(folded))
    end = m.index + m[0].length;
  return end === folded.length;
}

/**
 * The verb phrase that opens `text` (列席常委會會議), if it opens with a participation verb, to its clause end, or
 * to a next item of a list that has a figure of its own (4412人次參訓、代表講壇73期 → 參訓).
 */
function verbPhrase(text: string, folded: string, c: Compiled): string {
  const m = c.participation.exec(folded);
  if (m?.index !== 0) return '';
  // 进村入户、进园入企的五级代表 is one phrase; 参训、代表讲坛73期 is a next item, with a figure of its own.
  const mark = folded.indexOf('、');
  const nextItem = mark >= 0 && /[\d０-９]/.test(folded.slice(mark));
  return clean(nextItem ? text.slice(0, mark) : text);
}

/** The verb the clause before a figure ends with (组建, 新增, 系统谋划 …), or the whole of it when short. */
function verbOf(text: string, folded: string, c: Compiled): string {
  let last = -1;
  c.anyVerb.lastIndex = 0;
  for (let m = c.anyVerb.exec(folded); m !== null; m = c.anyVerb.exec(folded)) last = m.index;
  if (last >= 0) return text.slice(last);
  return text.length <= 4 ? text : '';
}

/**
 * A long clause keeps its last verb and what follows the last 等 (共形成教育、养老…等方面调研报告 → 形成调研报告),
 * or its last verb phrase (指导各区人大常委会建成专业人大代表履职平台 → 建成专业人大代表履职平台).
 */
function shorten(text: string, folded: string, c: Compiled): string {
  const cleaned = clean(text);
  if (cleaned.length <= MAX) return cleaned;
  const verb = verbOf(text, folded, c);
  // 二十大精神和……重要指示精神共学习22次: a long topic, an adverb of the amount, and the verb counted: the verb.
  if (verb.length >= 2 && verb.length < 4 && c.adverbEnd.test(folded.slice(0, folded.length - verb.length)))
    return verb;
  const tailAt = folded.lastIndexOf('等');
  // 深入学习党的二十大精神、……重要指示精神等22次: a verb and a list of its objects closed by 等 right before the
  // figure: the verb, its first object and 等 (学习党的二十大精神等).
  if (tailAt === folded.length - 1 && verb !== '') {
    const list = verb.search(/[、，,]/);
    const first = list > 0 ? `${verb.slice(0, list)}等` : '';
    if (first.length >= 4 && clean(first).length <= MAX) return first;
  }
  if (tailAt >= 0) {
    // 教育、养老等方面的调研报告 → 调研报告.
    const tail = text.slice(tailAt + 1).replace(/^(?:方面|领域|領域)?的?/, '');
    const firstVerb = firstVerbOf(text, folded.slice(0, tailAt), c);
    if (tail.length >= 2) return `${firstVerb}${tail}`;
  }
  // The whole clause as written: done() cleans it, and cap() reads its quotes as boundaries.
  return verb.length >= 4 ? verb : text;
}

function firstVerbOf(text: string, folded: string, c: Compiled): string {
  c.anyVerb.lastIndex = 0;
  const m = c.anyVerb.exec(folded);
  return m ? text.slice(m.index, m.index + m[0].length) : '';
}

/**
 * The words of a list's first item up to the end of its last verb (代表提出议案 → 代表提出; '' when it has none): the
 * verb that governs the items after it (、建议320件 is what 代表提出).
 */
export function governingVerb(label: string, lexicon: Lexicon): string {
  return label.slice(0, Math.max(0, lastVerbEnd(foldToHans(label), compile(lexicon))));
}

/** Where the last verb in `folded` ends, or -1 when it has none. */
function lastVerbEnd(folded: string, c: Compiled): number {
  let end = -1;
  c.anyVerb.lastIndex = 0;
  for (let m = c.anyVerb.exec(folded); m !== null; m = c.anyVerb.exec(folded)) end = m.index + m[0].length;
  return end;
}

/**
 * Whether a label is a verb with a noun of its own after it (收集问题: 问题 is what it counts), not a verb alone
 * (修改, 参训) or no verb at all (市级), whose thing a neighbour says.
 */
export function namesOwnThing(label: string, lexicon: Lexicon): boolean {
  const folded = foldToHans(label);
  const end = lastVerbEnd(folded, compile(lexicon));
  return end >= 0 && folded.length - end >= 2;
}

/** Whether a label holds a verb of its own (视察 does, 建议 does not). */
export function hasVerb(label: string, lexicon: Lexicon): boolean {
  const c = compile(lexicon);
  c.anyVerb.lastIndex = 0;
  return c.anyVerb.test(foldToHans(label));
}

/** Whether a label is one verb of counting and nothing else (化解, 办结): it names no thing of its own. */
export function isBareVerb(label: string, lexicon: Lexicon): boolean {
  return compile(lexicon).verbOnly.test(foldToHans(label));
}

/**
 * For a label that is only a verb of counting (化解), whose noun a neighbour says: what follows the neighbour
 * label's last verb, past a verb's complement, as written (梳理出涉企难题 → 涉企难题; '' when it has no verb).
 * null when `label` is more than a verb.
 */
export function nounForBareVerb(label: string, neighbour: string, lexicon: Lexicon): string | null {
  const c = compile(lexicon);
  if (!isBareVerb(label, lexicon)) return null;
  const folded = foldToHans(neighbour);
  let from = lastVerbEnd(folded, c);
  if (from < 0) return '';
  if (VERB_COMPLEMENT.test(folded.slice(from))) from++;
  return neighbour.slice(from);
}

/** What may follow a verb before its object (梳理出, 化解了): not part of the noun. */
const VERB_COMPLEMENT = /^[出了过到好]/;

/** The role a unit family fixes by itself (a rate, money, person-times, times), or null when words decide. */
export function familyRole(family: UnitFamily): Role | null {
  switch (family) {
    case 'rate':
      return 'rate';
    case 'money':
      return 'money';
    case 'person_times':
      return 'participants';
    case 'times':
      return 'activity';
    default:
      return null;
  }
}

/**
 * The role of a count of things from the verbs in `folded`: outcome before output before activity, else stock — but
 * a verb of building before the verb of achieving counts what was built (建成…化解中心: output).
 */
export function thingsRole(folded: string, lexicon: Lexicon): Role {
  const c = compile(lexicon);
  const outcome = folded.search(c.outcome);
  const built = folded.search(c.build);
  if (outcome >= 0 && !(built >= 0 && built < outcome)) return 'outcome';
  if (c.output.test(folded)) return 'output';
  if (c.activity.test(folded)) return 'activity';
  return 'stock';
}

function roleOf(
  family: UnitFamily,
  before: string,
  after: string,
  noun: number,
  c: Compiled,
  lexicon: Lexicon,
  clause = before,
): Role {
  const fixed = familyRole(family);
  if (fixed) return fixed;
  switch (family) {
    case 'people': {
      if (c.leadVerb.test(lastWord(before, c))) return 'participants';
      if (c.participation.test(after.slice(noun))) return 'participants';
      // All that exist: nothing before the figure but a place or a conjunction (全市…和8300余名代表, 在镇3900多名).
      // Or the people named right before it, in a clause that says all there are (全市共有代表8300名, 现有五级人大代表).
      const stock =
        before === '' ||
        c.placeOnly.test(before) ||
        c.conjunctionEnd.test(before) ||
        c.allWordEnd.test(before) ||
        (endsWithPeopleHead(before, c) && c.stockMarker.test(clause.slice(0, clause.length - before.length)));
      return stock ? 'stock' : 'participants';
    }
    default:
      return thingsRole(before, lexicon);
  }
}

/** The lead verb that ends `before`, if any (组织全市 → 组织 after dropping the place word). */
function lastWord(before: string, c: Compiled): string {
  const stripped = before.replace(c.allWordEnd, '');
  for (let n = Math.min(2, stripped.length); n >= 1; n--) {
    const word = stripped.slice(-n);
    if (c.leadVerb.test(word)) return word;
  }
  return '';
}

const MARK_CODES = new Uint8Array(0x10000);
for (const ch of '“”「」"‘’') MARK_CODES[ch.charCodeAt(0)] = 1;
const EDGE_CODES = new Set(Array.from('、，,：:；;（(', (c) => c.charCodeAt(0)));

/** Whether clean() would change `text`: most labels hold no quote or space and no clause mark at either end. */
function needsClean(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (MARK_CODES[c] === 1 || isWhitespaceCode(c)) return true;
  }
  return EDGE_CODES.has(text.charCodeAt(0)) || EDGE_CODES.has(text.charCodeAt(text.length - 1));
}

/** Without quotes, spaces and the clause marks at either end. */
function clean(text: string): string {
  if (!needsClean(text)) return text;
  return text
    .replace(MARKS, '')
    .replace(/\s+/g, '')
    .replace(/^[、，,：:；;（(]+|[、，,：:；;（(]+$/gu, '');
}

/**
 * At most MAX characters, keeping the end (the thing counted ends the phrase), and starting after a word boundary
 * (的, 、, 和 …) rather than inside a word: 和人大工作的重点领域选定调研课题 → 重点领域选定调研课题. A closing quote
 * of `raw` (the label before clean() took its marks) is a boundary too: 就“城乡教育一体化”“国家区域医疗中心建设”集中视察
 * → 集中视察, not 体化国家区域医疗中心建设集中视察.
 */
function cap(label: string, raw: string): string {
  if (label.length <= MAX) return label;
  const tail = label.slice(-MAX);
  // After the last word that joins (的、和 …), or from the last 对 (组织代表对民生实事项目开展专题视察: the phrase it
  // opens, not 织代表对…).
  let cut = -1;
  for (let i = 0; i < tail.length - 4; i++) {
    const char = tail.charAt(i);
    if ('的、和及与等，'.includes(char)) cut = i + 1;
    else if ('对對'.includes(char)) cut = i;
  }
  if (cut >= 0) return tail.slice(cut);
  // Where, in `label`, the last closing quote of `raw` that leaves a tail of 2 to MAX characters ends: the words
  // after it start a phrase of their own.
  const from = label.length - MAX;
  let after = -1;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== '”' && raw[i] !== '」') continue;
    const at = clean(raw.slice(0, i + 1)).length;
    if (at >= from && label.length - at >= 2) after = at;
  }
  return after >= 0 ? label.slice(after) : tail;
}
