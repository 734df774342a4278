import { foldToHans } from '../lexicon/fold.js';
import { alternation, type IndicatorEntry, type Lexicon, memo } from '../lexicon/lexicon.js';
import type { Category, Indicator, Metric, Role, UnitFamily } from '../types.js';
import { unitKey } from './units.js';

/**
 * The indicator of a figure — `thing|measure|role` — and its category. The thing is the lexicon indicator whose
 * longest word the label contains (lectures, deputy_suggestions …), or, when none does, the label itself folded
 * to Simplified: comparable only with the very same words.
 */
export interface IndicatorReading {
  indicator: Indicator;
  /** The lexicon entry, or null when the thing is the label itself. */
  entry: IndicatorEntry | null;
  category: Category;
}

interface Word {
  word: string;
  entry: IndicatorEntry;
  order: number;
}

/**
 * The lexicon's indicator words by their first UTF-16 unit (a label is matched position by position; a number
 * key, as a one-character string key was built and hashed afresh at every position).
 */
function wordsByFirst(lexicon: Lexicon): Map<number, Word[]> {
  return memo(lexicon, 'indicators', (lex) => {
    const byFirst = new Map<number, Word[]>();
    lex.indicators.forEach((entry, order) => {
      for (const word of entry.words) {
        // An empty word's key is NaN, which no position of a label reads: never matched, as before.
        const key = word.charCodeAt(0);
        const list = byFirst.get(key) ?? [];
        list.push({ word, entry, order });
        byFirst.set(key, list);
      }
    });
    return byFirst;
  });
}

/**
 * The indicator a label names. People are named by their head noun, which ends the phrase (参与…民生实事项目的市民
 * are 市民): for them the match ending last wins; otherwise the longest word, then the one ending last.
 */
export function indicatorEntry(
  foldedLabel: string,
  family: UnitFamily,
  lexicon: Lexicon,
  role?: Role,
): IndicatorEntry | null {
  return indicatorMatch(foldedLabel, family, lexicon, role)?.entry ?? null;
}

/** The lexicon entry a label names and the word it names it by. */
export function indicatorMatch(
  foldedLabel: string,
  family: UnitFamily,
  lexicon: Lexicon,
  role?: Role,
): { entry: IndicatorEntry; word: string } | null {
  const byFirst = wordsByFirst(lexicon);
  let best: { entry: IndicatorEntry; word: string; end: number; length: number; order: number } | null = null;
  for (let at = 0; at < foldedLabel.length; at++) {
    const list = byFirst.get(foldedLabel.charCodeAt(at));
    if (!list) continue;
    for (const { word, entry, order } of list) {
      if (entry.families && !entry.families.includes(family)) continue;
      if (role !== undefined && entry.roles && !entry.roles.includes(role)) continue;
      if (!foldedLabel.startsWith(word, at)) continue;
      if (entry.unless?.some((other) => foldedLabel.includes(other))) continue;
      const candidate = { entry, word, end: at + word.length, length: word.length, order };
      if (!best) {
        best = candidate;
        continue;
      }
      // The same rule as one pass over the words longest first, each at its last place: people by the match
      // ending last, then the longer; other things by the longer, then the one ending last; then the earlier entry.
      const later = candidate.end - best.end;
      const longer = candidate.length - best.length;
      const first = family === 'people' ? later || longer : longer || later;
      if (first > 0 || (first === 0 && candidate.order < best.order)) best = candidate;
    }
  }
  return best ? { entry: best.entry, word: best.word } : null;
}

/** Words inside a label that part no indicator's words (反映的问题, 代表们共提出建议). */
const INNER_WORDS = /的|们|共计|共|累计|先后/;
const INNER_WORDS_ALL = new RegExp(INNER_WORDS.source, 'g');

/** The units whose measure is their own (件次 → item_times), by unit. */
function unitMeasures(lexicon: Lexicon): Map<string, string> {
  return memo(lexicon, 'unit-measures', (lex) => {
    const measures = new Map<string, string>();
    for (const { unit, measure } of lex.units)
      if (measure && !measures.has(unit)) measures.set(unit, measure);
    return measures;
  });
}

export function readIndicator(
  foldedLabel: string,
  family: UnitFamily,
  role: Role,
  unitKey: string,
  lexicon: Lexicon,
): IndicatorReading {
  // 反映的问题 names what 反映问题 names, 代表们共提出建议 what 代表提出建议 does: 的, 们 and an adverb of amount
  // between two words of an indicator do not part them; the longer word read either way names it.
  const direct = indicatorMatch(foldedLabel, family, lexicon, role);
  const joined = INNER_WORDS.test(foldedLabel)
    ? indicatorMatch(foldedLabel.replace(INNER_WORDS_ALL, ''), family, lexicon, role)
    : null;
  const entry =
    (joined && (!direct || joined.word.length > direct.word.length) ? joined : direct)?.entry ?? null;
  // A family of its own (户, 吨 …) compares only within one unit; a unit that counts its own way (件次), only
  // with units that count as it does.
  const measure = family === 'other' ? `other:${unitKey}` : (unitMeasures(lexicon).get(unitKey) ?? family);
  const thing = entry ? outcomeThing(entry, foldedLabel, role, lexicon) : foldedLabel;
  // A label the lexicon does not know counts something of its own: other (never guessed from the words around it).
  const category: Category = family === 'rate' ? 'rate' : entry ? entry.category : 'other';
  return { indicator: `${thing}|${measure}|${role}`, entry, category };
}

/** Between a thing put forward and the verb of what came of it, in an indicator's thing: opinions:办结. */
const OUTCOME_MARK = ':';

/**
 * The thing a figure counts: the entry's, and, for what came of things put forward (suggestions, bills: an outcome),
 * the verb of what came of them as the label says it — 办结意见建议 and 采纳意见建议 count different things
 * (opinions:办结, opinions:采纳) and are never added together. A problem solved is one thing, however it was solved.
 */
function outcomeThing(entry: IndicatorEntry, foldedLabel: string, role: Role, lexicon: Lexicon): string {
  if (role !== 'outcome' || entry.category !== 'suggestions') return entry.id;
  const verbs = memo(
    lexicon,
    'outcome-verbs',
    (lex) => new RegExp(`(?:${alternation(lex.words.OUTCOME_VERBS)})`, 'g'),
  );
  const found = foldedLabel.match(verbs);
  const verb = found?.[found.length - 1];
  return verb ? `${entry.id}${OUTCOME_MARK}${verb}` : entry.id;
}

/**
 * A figure whose thing was set after its label was read (a noun lent by a neighbour or its sentence: 已办结1290件 after
 * 提出建议1356件) with the verb of what came of it, as outcomeThing gives one read from its label.
 */
export function withOutcomeVerb(metric: Metric, lexicon: Lexicon): void {
  // Every figure passes here: most are no outcome, told by their role before the indicator is taken apart.
  if (metric.role !== 'outcome') return;
  const { thing, family, role } = parseIndicator(metric.indicator);
  if (role !== 'outcome' || thing.includes(OUTCOME_MARK)) return;
  const entry = lexicon.indicators.find((e) => e.id === thing);
  if (!entry) return;
  const own = outcomeThing(entry, foldToHans(metric.label), role, lexicon);
  if (own !== thing) metric.indicator = `${own}|${family}|${role}`;
}

/** The lexicon's thing an indicator's thing is (opinions of opinions:办结), or the thing itself. */
export function baseThing(thing: string): string {
  const at = thing.indexOf(OUTCOME_MARK);
  return at < 0 ? thing : thing.slice(0, at);
}

/**
 * How a reader calls the thing of an indicator: the lexicon's name (意见建议), after the verb of an outcome
 * (办结意见建议); null for a thing the lexicon does not know (a label's own words).
 */
export function thingName(thing: string, lexicon: Lexicon): string | null {
  const at = thing.indexOf(OUTCOME_MARK);
  const entry = lexicon.indicators.find((e) => e.id === baseThing(thing));
  if (!entry) return null;
  return at < 0 ? entry.name : `${thing.slice(at + 1)}${entry.name}`;
}

/**
 * A figure's indicator and category read anew under a label and a role it was given after it was read (an item of a
 * list, a next item of a list, a label a person corrected).
 */
export function indicatorUnder(
  figure: Pick<Metric, 'family' | 'unit'>,
  label: string,
  role: Role,
  lexicon: Lexicon,
): IndicatorReading {
  return readIndicator(foldToHans(label), figure.family, role, unitKey(figure.unit, foldToHans), lexicon);
}

/** The parts of an indicator key (of a well-formed one, the role is a {@link Role}). */
export function parseIndicator(indicator: Indicator): { thing: string; family: string; role: Role };
export function parseIndicator(indicator: string): { thing: string; family: string; role: string };
export function parseIndicator(indicator: string): { thing: string; family: string; role: string } {
  const a = indicator.indexOf('|');
  if (a < 0) return { thing: indicator, family: '', role: '' };
  const b = indicator.indexOf('|', a + 1);
  if (b < 0) return { thing: indicator.slice(0, a), family: indicator.slice(a + 1), role: '' };
  return { thing: indicator.slice(0, a), family: indicator.slice(a + 1, b), role: indicator.slice(b + 1) };
}

/** The thing an indicator key counts (its first part), without parsing the rest. */
export function thingOf(indicator: string): string {
  const a = indicator.indexOf('|');
  return a < 0 ? indicator : indicator.slice(0, a);
}
