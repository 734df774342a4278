import { foldToHans } from '../lexicon/fold.js';
import { alternation, type Lexicon, memo } from '../lexicon/lexicon.js';
import type { ProvincialSummary } from '../summarize/types.js';
import { cityName } from './vocabulary.js';

/**
 * The reports' common topic: the quoted campaign most cities name (“牢记嘱托、感恩奋进”) with the words that follow
 * it in the reports (学习实践活动), when at least half the cities (and two) name it so, followed by a campaign's
 * head word. A brand many cities name without one is a platform or a slogan (代表“家站点”), not the issue's topic.
 * In Simplified.
 */
export interface Topic {
  /** The brand as the first city naming it writes it (the document is converted to one script afterwards). */
  brand: string;
  /** What follows it: 学习实践活动, 行动 … ('' when nothing does). */
  tail: string;
  cities: string[];
}

/** What follows a brand in its quote, up to a campaign's head word (学习实践活动). */
const tailPattern = (lexicon: Lexicon): RegExp =>
  memo(
    lexicon,
    'campaign-tail',
    (lex) => new RegExp(`^[\\u4e00-\\u9fff]{0,6}?(?:${alternation(lex.excerpt.CAMPAIGN_HEADS)})`),
  );

export function topicOf(summary: ProvincialSummary, lexicon: Lexicon): Topic | null {
  const tailOf = tailPattern(lexicon);
  const byBrand = new Map<
    string,
    { written: string; cities: Set<string>; campaign: Set<string>; tails: Map<string, number> }
  >();
  for (const city of summary.cities) {
    for (const brand of city.brands) {
      const key = foldToHans(brand.text);
      const entry = byBrand.get(key) ?? {
        written: brand.text,
        cities: new Set<string>(),
        campaign: new Set<string>(),
        tails: new Map<string, number>(),
      };
      entry.cities.add(city.city);
      const quote = foldToHans(brand.quote);
      const at = quote.indexOf(key);
      const tail = at >= 0 ? (tailOf.exec(quote.slice(at + key.length + 1))?.[0] ?? '') : '';
      entry.tails.set(tail, (entry.tails.get(tail) ?? 0) + 1);
      if (tail !== '') entry.campaign.add(city.city);
      byBrand.set(key, entry);
    }
  }
  const reported = summary.cities.filter((c) => c.reported).length;
  let best: Topic | null = null;
  for (const { written, cities, campaign, tails } of byBrand.values()) {
    if (campaign.size < 2 || campaign.size * 2 < reported) continue;
    if (best && best.cities.length >= cities.size) continue;
    const tail = [...tails].filter(([t]) => t !== '').sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
    best = {
      brand: written,
      tail,
      cities: summary.cities.filter((c) => cities.has(c.city)).map((c) => c.city),
    };
  }
  return best;
}

/**
 * The field of work the reports' own titles name (代表工作), when at least two cities' reports have titles, they are
 * at least half the cities, and every one names the same field; else null. In Simplified.
 */
export function fieldOf(summary: ProvincialSummary, lexicon: Lexicon): string | null {
  const reported = summary.cities.filter((c) => c.reported);
  const titles = reported.flatMap((c) => (c.title ? [foldToHans(c.title)] : []));
  if (titles.length < 2 || titles.length * 2 < reported.length) return null;
  return lexicon.excerpt.WORK_FIELDS.find((field) => titles.every((title) => title.includes(field))) ?? null;
}

/**
 * What the reports' own titles are all about: 经济运行 of 苏州市2024年前三季度经济运行情况, 南通市前三季度经济运行简况
 * and 盐城市经济运行情况. Each title is read without its city, what comes before its 关于, its period and its
 * document's name (…情况的报告); the subject is the shortest of these that every other contains, with the period
 * when every title names the same one. Only when a lone city's report, or at least two and half the cities', have
 * titles; null when they share no such subject (甲市：视察走在前列, 乙市：调研见实效). In Simplified.
 */
export function titlesSubject(summary: ProvincialSummary, lexicon: Lexicon): string | null {
  const reported = summary.cities.filter((c) => c.reported);
  const titled = reported.filter((c) => c.title);
  // A lone city's title is all there is; of several, two at least and half of them.
  if (
    titled.length === 0 ||
    titled.length * 2 < reported.length ||
    (titled.length < 2 && reported.length > 1)
  )
    return null;
  const endings = lexicon.excerpt.REPORT_NAME_ENDINGS;
  const period = titlePeriod(lexicon);
  const read = titled.map((c) => {
    let title = foldToHans(c.title ?? '').trim();
    const name = [cityName(c.city), foldToHans(c.city)].find((n) => title.startsWith(n));
    if (name) title = title.slice(name.length);
    const about = title.indexOf('关于');
    if (about >= 0) title = title.slice(about + 2);
    const when = period.exec(title)?.[0] ?? '';
    let subject = title.slice(when.length);
    for (let ending = endingOf(subject, endings); ending; ending = endingOf(subject, endings))
      subject = subject.slice(0, -ending.length);
    return { when, subject };
  });
  const subjects = read.map((r) => r.subject);
  const shared = subjects
    .filter((s) => /^[\u4e00-\u9fff]{2,24}$/.test(s) && subjects.every((other) => other.includes(s)))
    .sort((a, b) => a.length - b.length)[0];
  if (!shared) return null;
  const when = read[0]?.when ?? '';
  return when !== '' && read.every((r) => r.when === when) ? `${when}${shared}` : shared;
}

/** The period a title opens with (2024年前三季度, 1-9月), as one match at its start. */
const titlePeriod = (lexicon: Lexicon): RegExp =>
  memo(
    lexicon,
    'title-period',
    (lex) =>
      new RegExp(
        `^(?:\\d{4}年度?|\\d{1,2}(?:[-—–~至]\\d{1,2})?月份?|${alternation(lex.excerpt.TITLE_PERIODS)})+`,
      ),
  );

/** The document's name (or a 的 before one) a title's subject ends with: …情况的报告 is read 报告, then 的, then 情况. */
function endingOf(subject: string, endings: readonly string[]): string | undefined {
  if (subject.endsWith('的')) return '的';
  return endings.find((e) => subject.endsWith(e) && subject.length > e.length);
}

/** What a briefing is about, in Simplified (see subjectOf). */
export interface Subject {
  text: string;
  /** A work, told as 做法 (代表工作); else a state of things, told as 情况 (经济运行). */
  work: boolean;
  /** Named by the compilation's own title: its editors' words, printed as they are. */
  compiled: boolean;
}

/**
 * What the briefing is about: the compilation's own title's subject (compilationSubject), else the reports' titles'
 * (titlesSubject), else the field of work they all name (fieldOf). Worked out once per briefing (PartContext).
 */
export function subjectOf(summary: ProvincialSummary, lexicon: Lexicon): Subject | null {
  const compiled = compilationSubject(summary, lexicon);
  if (compiled) return compiled;
  const text = titlesSubject(summary, lexicon) ?? fieldOf(summary, lexicon);
  return text === null ? null : { text, work: text.endsWith('工作'), compiled: false };
}

/** The title of the compilation that holds every reported city, when there is exactly one such input. */
export function compilationTitle(summary: ProvincialSummary): string | null {
  const titled = summary.prefaces.filter((preface) => preface.title);
  const [only] = titled;
  if (titled.length !== 1 || !only?.title) return null;
  const reported = summary.cities.filter((c) => c.reported);
  return reported.length > 0 && reported.every((c) => c.origins.every((o) => o === only.origin))
    ? only.title
    : null;
}

/**
 * A compilation's (or a lone report's) title as a briefing's: without the name of the compilation at its end
 * (全省各市民生实事项目推进情况汇编 → …推进情况), nor the document's (无锡市人大常委会2024年度代表工作总结 → …代表工作;
 * 无锡市人大常委会关于…情况的报告 → 无锡市人大常委会…情况): the briefing is itself the 摘编, and its title states the
 * topic. In the title's script.
 */
export function briefingTitleOf(title: string, lexicon: Lexicon): string {
  const { COMPILATION_NAME_ENDINGS, TABLE_NAME_ENDINGS, STATE_ENDINGS, REPORT_NAME_ENDINGS } =
    lexicon.excerpt;
  const whole = title.trim();
  const folded = foldToHans(whole);
  // Of `list`, the word the title ends with, leaving four characters or more of it (not the module's endingOf, which
  // reads a subject).
  const nameAtEnd = (list: readonly string[]) =>
    list.find((e) => folded.endsWith(e) && folded.length - e.length >= 4);
  // foldToHans maps unit for unit: the folded title's lengths are the title's.
  const compiled = nameAtEnd(COMPILATION_NAME_ENDINGS);
  if (compiled) return whole.slice(0, -compiled.length);
  // A sheet's title names its table (…工作统计表): the briefing states how things stand (…工作情况).
  const table = nameAtEnd(TABLE_NAME_ENDINGS);
  if (table) {
    const rest = whole.slice(0, -table.length);
    return STATE_ENDINGS.some((e) => foldToHans(rest).endsWith(e)) ? rest : `${rest}情况`;
  }
  // A report's name (总结, 报告 …), not the state of things it tells (情况): left off, with its 的 and 关于.
  const named = nameAtEnd(REPORT_NAME_ENDINGS.filter((e) => !STATE_ENDINGS.includes(e)));
  if (!named) return whole;
  const about = folded.indexOf('关于');
  const rest = whole.slice(0, -named.length).replace(/的$/, '');
  const topic = about >= 0 && about < 12 ? rest.slice(0, about) + rest.slice(about + 2) : rest;
  return topic.length >= 4 ? topic : whole;
}

/**
 * What a compilation's own title names, for the editor's note: the title without its scope and its name — a work
 * (一季度优化营商环境工作 of 全省各市一季度优化营商环境工作情况), or a state of things when the title says 情况 of it
 * (一季度经济运行 of 全省各市一季度经济运行情况汇编); else null. In Simplified.
 */
function compilationSubject(summary: ProvincialSummary, lexicon: Lexicon): Subject | null {
  const title = compilationTitle(summary);
  if (!title) return null;
  const {
    TITLE_SCOPE_OPENERS,
    COMPILATION_NAME_ENDINGS,
    REPORT_NAME_ENDINGS,
    STATE_ENDINGS,
    TABLE_NAME_ENDINGS,
  } = lexicon.excerpt;
  let text = foldToHans(title).trim();
  // A period before the scope (2024年各市…, 前三季度各市…) stays with the subject: 2024年人大代表工作.
  const when = titlePeriod(lexicon).exec(text)?.[0] ?? '';
  text = text.slice(when.length);
  for (let opener = TITLE_SCOPE_OPENERS.find((o) => text.startsWith(o)); opener; ) {
    text = text.slice(opener.length);
    opener = TITLE_SCOPE_OPENERS.find((o) => text.startsWith(o));
  }
  let state = false;
  let table = false;
  for (const endings of [COMPILATION_NAME_ENDINGS, TABLE_NAME_ENDINGS, REPORT_NAME_ENDINGS, ['的']]) {
    const ending = endings.find((e) => text.endsWith(e));
    if (!ending) continue;
    text = text.slice(0, -ending.length);
    if (STATE_ENDINGS.includes(ending)) state = true;
    if (TABLE_NAME_ENDINGS.includes(ending)) table = true;
  }
  // A table tells how things stand, even of a work (…代表工作统计表).
  const work = !table && /^[\u4e00-\u9fff“”]{2,24}工作$/.test(text);
  if (!work && !((state || table) && /^[\u4e00-\u9fff“”]{2,24}$/.test(text))) return null;
  return { text: `${when}${text}`, work, compiled: true };
}

/** 人大 when most cities' sentences speak of their people's congress, so the title can say 各地人大. */
export function bodyOf(summary: ProvincialSummary): string {
  // The sentences the parts are cut from, and those of the city's facts: more of the report than the excerpt.
  const speaks = summary.cities.filter((c) =>
    [...c.excerpt, ...c.brands, ...c.firsts, ...c.laws].some((p) => foldToHans(p.quote).includes('人大')),
  ).length;
  return speaks * 2 >= summary.cities.length && speaks > 0 ? '人大' : '';
}

/** Whether most cities' sentences speak of a people's congress (人大, 代表 … of the lexicon's CONGRESS_WORDS). */
export function isCongress(summary: ProvincialSummary, lexicon: Lexicon): boolean {
  const words = lexicon.excerpt.CONGRESS_WORDS;
  const speaks = summary.cities.filter((c) =>
    [...c.excerpt, ...c.brands, ...c.firsts, ...c.laws].some((p) => {
      const quote = foldToHans(p.quote);
      return words.some((word) => quote.includes(word));
    }),
  ).length;
  return speaks > 0 && speaks * 2 >= summary.cities.length;
}
