import { foldTable } from '../lexicon/fold.js';
import type { Span } from '../types.js';
import { CITY_TABLE, FOLD_FROM, FOLD_TO, PROVINCE_TABLE } from './cities.data.js';

/** A name in both scripts. */
export interface ScriptForms {
  hans: string;
  hant: string;
}

/** A prefecture-level division of China (GB/T 2260); municipalities are listed under their own name. */
export interface City {
  /** GB/T 2260 code: 4 digits (3207), or the province's 2 digits for a municipality (11 北京). */
  code: string;
  /** Short name: 南京, 連雲港/连云港, 延邊/延边 (without 市/地區/盟/…自治州). */
  name: ScriptForms;
  /** Full name: 連雲港市, 大興安嶺地區, 延邊朝鮮族自治州. */
  fullName: ScriptForms;
  province: ScriptForms;
}

/** Where a city is named in a text. */
export interface CityMention {
  city: City;
  span: Span;
  /** As written (連云港市). */
  text: string;
  /** Written with its suffix (南京市) rather than the bare short name (南京). */
  full: boolean;
}

/** A cell of the generated tables: its code, its name in both scripts, its suffix's length (see cities.data.ts). */
const CELL = /^(\d+)([^,;]+)(?:,([^;]+))?(?:;(\d))?$/;

function cells(table: string): { code: string; forms: ScriptForms; suffix: number }[] {
  return table.split(' ').map((cell) => {
    const [, code = '', hans = '', hant, suffix] = CELL.exec(cell) ?? [];
    return { code, forms: { hans, hant: hant ?? hans }, suffix: suffix === undefined ? 1 : Number(suffix) };
  });
}

const PROVINCES = new Map(cells(PROVINCE_TABLE).map(({ code, forms }) => [code, forms]));

export const CITIES: readonly City[] = cells(CITY_TABLE).map(({ code, forms, suffix }) => ({
  code,
  // The short name is the full name less its suffix (市, 地区, 朝鲜族自治州), as long in either script.
  name: { hans: forms.hans.slice(0, -suffix), hant: forms.hant.slice(0, -suffix) },
  fullName: forms,
  province: PROVINCES.get(code.slice(0, 2)) as ScriptForms,
}));

/** Traditional → Simplified for the characters of city names, by UTF-16 unit (0: unchanged). */
const FOLD = foldTable(FOLD_FROM, FOLD_TO);

const foldAt = (text: string, i: number): number => {
  const code = text.charCodeAt(i);
  return FOLD[code] || code;
};

/**
 * Folds the Traditional characters of city names to Simplified, one UTF-16 unit for one, so that
 * 連雲港, 連云港 and 连云港 compare equal and offsets in the folded text are offsets in the original.
 */
function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldAt(text, i));
  return out;
}

/** Suffixed spellings besides the full name: 南京市, and 延边州 for 延边朝鲜族自治州. */
function suffixed(city: City): string[] {
  const forms = [`${city.name.hans}市`];
  if (city.fullName.hans.endsWith('自治州')) forms.push(`${city.name.hans}州`);
  return forms;
}

interface Pattern {
  folded: string;
  city: City;
  full: boolean;
}

/** Patterns by their first character; longest first so that 连云港市 wins over 连云港. */
const patternsByFirst = new Map<number, Pattern[]>();
/** 1 where a pattern may start: most characters start none, and skip the map. */
const STARTS = new Uint8Array(0x10000);
const byName = new Map<string, City>();
for (const city of CITIES) {
  const forms: Pattern[] = [{ folded: fold(city.fullName.hans), city, full: true }];
  for (const form of suffixed(city)) forms.push({ folded: form, city, full: true });
  forms.push({ folded: city.name.hans, city, full: false });
  for (const pattern of forms) {
    const first = pattern.folded.charCodeAt(0);
    STARTS[first] = 1;
    const list = patternsByFirst.get(first) ?? [];
    if (!list.some((p) => p.folded === pattern.folded)) list.push(pattern);
    patternsByFirst.set(first, list);
    if (!byName.has(pattern.folded)) byName.set(pattern.folded, city);
  }
}
for (const list of patternsByFirst.values()) list.sort((a, b) => b.folded.length - a.folded.length);
/**
 * The first two (folded) units of every pattern: common characters start some name (大, 上, 长 …), and a look at
 * the next unit rules most of them out before the patterns are tried. Every pattern is at least two units long.
 */
const PAIRS = new Set<number>();
let everyPatternPaired = true;
for (const list of patternsByFirst.values()) {
  for (const p of list) {
    if (p.folded.length < 2) everyPatternPaired = false;
    PAIRS.add(p.folded.charCodeAt(0) * 0x10000 + p.folded.charCodeAt(1));
  }
}
const mayStartAt = (text: string, i: number, first: number): boolean =>
  !everyPatternPaired || (i + 1 < text.length && PAIRS.has(first * 0x10000 + foldAt(text, i + 1)));

/**
 * The city a name denotes, in either script and with or without its suffix: 連雲港, 连云港, 連云港市 → 連雲港.
 * Returns null when the name is not a prefecture-level division.
 */
export function normalizeCityName(name: string): City | null {
  return byName.get(fold(name.trim())) ?? null;
}

/** Every city named in `text`, left to right, longest spelling first, never overlapping. */
export function findCityMentions(text: string): CityMention[] {
  const mentions: CityMention[] = [];
  let i = 0;
  while (i < text.length) {
    const first = foldAt(text, i);
    let match: Pattern | undefined;
    if (STARTS[first] && mayStartAt(text, i, first)) {
      for (const pattern of patternsByFirst.get(first) ?? []) {
        if (matchesAt(text, i, pattern.folded)) {
          match = pattern;
          break;
        }
      }
    }
    if (!match) {
      i += 1;
      continue;
    }
    const end = i + match.folded.length;
    mentions.push({ city: match.city, span: [i, end], text: text.slice(i, end), full: match.full });
    i = end;
  }
  return mentions;
}

/** Whether `text` at `at`, folded, reads `folded` (compared unit by unit, without folding the whole text). */
function matchesAt(text: string, at: number, folded: string): boolean {
  if (at + folded.length > text.length) return false;
  for (let k = 0; k < folded.length; k++) if (foldAt(text, at + k) !== folded.charCodeAt(k)) return false;
  return true;
}

/** The one city a name names, however often (南京市, 南京市人大常委会代表工作统计), as first written; null for none or several. */
export function onlyCityIn(name: string): CityMention | null {
  const mentions = findCityMentions(name);
  const [first] = mentions;
  return first !== undefined && mentions.every((m) => m.city === first.city) ? first : null;
}

/** A file's name without its folders and its extension (data/徐州市统计.xlsx → 徐州市统计). */
export const fileStem = (origin: string): string =>
  (origin.split(/[\\/]/).pop() ?? '').replace(/\.[A-Za-z0-9]{1,5}$/, '');
