import { foldToHans } from '../lexicon/fold.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { Metric, Qualifier, Span, UnitFamily } from '../types.js';
import { categoryFromClause, readFromContext } from './context.js';
import { readIndicator, withOutcomeVerb } from './indicators.js';
import { readLabel } from './labels.js';
import { isNonFigure } from './non-figures.js';
import { chineseRunStarts, type NumberToken, readNumber, skipSpaces } from './numbers.js';
import { prefixQualifier, suffixQualifier } from './qualifiers.js';
import { readRespectively } from './respectively.js';
import { markRestatements } from './restates.js';
import { matchUnit, unitKey } from './units.js';

/**
 * Figures: number + magnitude + unit, with qualifiers, ranges (3萬至4萬戶) and 百分之三十, one pass over the text;
 * each with what it counts (label, role), its indicator and category, and whether it restates an earlier one.
 * `folded` is `text` folded to Simplified (same length); `shields` are sorted spans (titles, brand terms) where
 * nothing is a figure.
 */

/** Units that may start a number, as a table: scanning with a regex allocated a match for every 一 in the text. */
const NUMBER_START = new Uint8Array(0x10000);
for (const ch of '0123456789０１２３４５６７８９〇零一二兩两三四五六七八九十')
  NUMBER_START[ch.charCodeAt(0)] = 1;

function nextNumberStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (NUMBER_START[text.charCodeAt(i)] === 1) return i;
  return -1;
}
const RANGE_JOIN = /[至到~～\-－—–]/y;
const PERCENT_WORD = '百分之';

interface Reading {
  number: NumberToken;
  unit: string;
  family: UnitFamily;
  /** End of the unit (or of the number when the unit is shared with a range's upper end). */
  end: number;
}

function readFigure(text: string, folded: string, at: number, lexicon: Lexicon): Reading | null | 'no-unit' {
  const number = readNumber(text, at);
  if (number === null) return null;
  const unit = matchUnit(text, folded, skipSpaces(text, number.end), lexicon);
  if (unit === null) return 'no-unit';
  return { number, unit: unit.unit, family: unit.family, end: unit.end };
}

const SMALL_NUMERALS = new Set(Array.from('〇零一二兩两三四五六七八九', (c) => c.charCodeAt(0)));
/** What may follow a numeral that is part of something bigger: more numerals, 余/多, a magnitude, a space, 至. */
const CONTINUES = new Set(
  Array.from('〇零一二兩两三四五六七八九十百千萬万億亿余餘多 　至到~～-－—–', (c) => c.charCodeAt(0)),
);

function isLoneSmallNumeral(text: string, at: number): boolean {
  return SMALL_NUMERALS.has(text.charCodeAt(at)) && !CONTINUES.has(text.charCodeAt(at + 1));
}

const isArabicStart = (code: number): boolean =>
  (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);

export function findMetrics(
  text: string,
  folded: string,
  shields: readonly Span[],
  lexicon: Lexicon,
): Metric[] {
  const metrics: Metric[] = [];
  /** Figures whose label is the noun after them: they name their own thing (see readLabel). */
  const named = new Set<Metric>();
  let shieldIndex = 0;
  let floor = 0;
  let run: { start: number; end: number; valid: Uint8Array } = { start: 0, end: 0, valid: new Uint8Array(0) };
  /** Where the search for the next number goes on from. */
  let cursor = 0;
  for (let at = nextNumberStart(text, 0); at !== -1; at = nextNumberStart(text, cursor)) {
    cursor = at + 1;
    // Most Chinese numerals in prose stand alone (進一步, 一批, 三個重點): skip them before any parsing.
    if (isLoneSmallNumeral(text, at)) continue;
    while (shieldIndex < shields.length && (shields[shieldIndex]?.[1] ?? 0) <= at) shieldIndex++;
    const shield = shields[shieldIndex];
    // In a run of Chinese numerals where a read failed, only the positions that begin a valid numeral are read.
    if (at < run.end && !run.valid[at - run.start]) continue;
    const number = readNumber(text, at);
    if (number === null) {
      if (at >= run.end && !isArabicStart(text.charCodeAt(at)))
        run = { start: at, ...chineseRunStarts(text, at) };
      continue;
    }
    cursor = number.end;
    if (shield && shield[0] <= at) continue;
    if (isNonFigure(text, number)) continue;

    let start = at;
    let unit: string | null = null;
    let family: UnitFamily = 'other';
    let end = number.end;
    let valueMax: number | null = null;
    let qualifier: Qualifier = number.more ? 'more_than' : 'exact';

    if (text.startsWith(PERCENT_WORD, at - PERCENT_WORD.length)) {
      start = at - PERCENT_WORD.length; // 百分之三十
      unit = '%';
      family = 'rate';
    } else {
      const unitMatch = matchUnit(text, folded, skipSpaces(text, number.end), lexicon);
      if (unitMatch !== null) {
        unit = unitMatch.unit;
        family = unitMatch.family;
        end = unitMatch.end;
      }
    }

    // A range: 3萬至4萬戶, 10-15名, 30%至40%.
    const joinAt = skipSpaces(text, end);
    RANGE_JOIN.lastIndex = joinAt;
    if (RANGE_JOIN.test(text)) {
      const upper = readFigure(text, folded, skipSpaces(text, joinAt + 1), lexicon);
      if (upper !== null && upper !== 'no-unit' && (unit === null || unit === upper.unit)) {
        if (upper.number.value > number.value && !isNonFigure(text, upper.number)) {
          valueMax = upper.number.value;
          unit = upper.unit;
          family = upper.family;
          end = upper.end;
          qualifier = 'range';
          cursor = end;
        }
      }
    }
    if (unit === null) continue;
    // Chinese numerals as bare as 一 or 三 are rhetoric (一批, 三個重點), not counts.
    if (
      number.kind === 'chinese' &&
      number.value < 10 &&
      !number.magnitude &&
      !number.more &&
      valueMax === null
    )
      continue;

    if (qualifier !== 'range') {
      const prefix = prefixQualifier(text, start);
      const suffix = suffixQualifier(text, end);
      if (prefix !== null) {
        qualifier = prefix.qualifier;
        start = prefix.at;
      } else if (suffix !== null) {
        qualifier = suffix.qualifier;
      }
      if (suffix !== null) end = suffix.at;
    }
    cursor = Math.max(cursor, end);

    const {
      label,
      role,
      named: ownNoun,
      nounEnd,
    } = readLabel(text, folded, start, end, floor, family, lexicon);
    const key = unitKey(unit, foldToHans);
    const { indicator, category } = readIndicator(foldToHans(label), family, role, key, lexicon);
    metrics.push({
      value: number.value,
      valueMax,
      unit,
      family,
      qualifier,
      label,
      role,
      indicator,
      category,
      restates: null,
      text: text.slice(start, end),
      span: [start, end],
    });
    if (ownNoun) named.add(metrics[metrics.length - 1] as Metric);
    floor = nounEnd !== undefined && nounEnd > end ? nounEnd : end;
  }
  readFromContext(text, metrics, lexicon, named);
  readRespectively(text, folded, metrics, lexicon);
  categoryFromClause(folded, metrics, lexicon);
  // A figure nothing names, not even a neighbour, is labelled by itself rather than left blank.
  for (const metric of metrics) {
    if (metric.label === '') metric.label = metric.text.replace(/\s+/g, '');
    withOutcomeVerb(metric, lexicon);
  }
  return markRestatements(metrics);
}
