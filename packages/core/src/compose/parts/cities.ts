import type { Inline } from '../../document/schema.js';
import { foldToHans } from '../../lexicon/fold.js';
import { alternation, type Lexicon, memo } from '../../lexicon/lexicon.js';
import type { CitySummary } from '../../summarize/types.js';
import { type DraftBlock, excerptRun, type FigureStyle, heading, paragraph, text } from '../nodes.js';
import { cityName } from '../vocabulary.js';
import type { PartContext } from './context.js';

/**
 * 各地做法 (各地情况 for reports of a state of things): every city in input order, headed by its name (or, when
 * every report has one, its own title), its own key sentences lightly trimmed (see `selectExcerpt`), closed by its
 * attribution in parentheses. A briefing of one city's work has no 各地 (places) to tell apart: its part is 主要做法
 * (主要情况), with no heading of the city's under it (the title already names it, often in the same words).
 */
export function cities({ summary, figures, lexicon, subject }: PartContext): DraftBlock[] {
  const parts = summary.cities.filter((city) => city.reported && city.excerpt.length > 0);
  // Reports of a state of things (经济运行情况) tell 情况, not 做法.
  const told = subject?.work === false ? '情况' : '做法';
  const [only] = parts;
  if (parts.length === 1 && only) {
    return [heading(1, `主要${told}`), paragraph(cityPart(only, figures, lexicon))];
  }
  const blocks: DraftBlock[] = [heading(1, `各地${told}`)];
  // Headed all one way: by the reports' own titles when every part has one that reads as a heading, else by name.
  const c = compile(lexicon);
  const titled = parts.every((city) => city.title && !c.reportName.test(foldToHans(city.title)));
  for (const city of parts) {
    blocks.push(
      heading(2, titled && city.title ? city.title : cityName(city.city)),
      paragraph(cityPart(city, figures, lexicon)),
    );
  }
  return blocks.length > 1 ? blocks : [];
}

/** The runs of a city's part: its pieces joined as the sentences they came from, then its attribution. */
export function cityPart(city: CitySummary, style: FigureStyle, lexicon: Lexicon): Inline[] {
  const c = compile(lexicon);
  const runs: Inline[] = [];
  const name = cityName(city.city);
  const [first] = city.excerpt;
  // The city as subject where the first sentence has none — not before a word that leans on what came before.
  if (first && !hasSubject(first.text, city.city, c) && !c.noCityBefore.test(foldToHans(first.text)))
    runs.push(text(name));
  city.excerpt.forEach((piece, index) => {
    const next = city.excerpt[index + 1];
    runs.push(excerptRun(piece, city.city, city.origins[0] ?? city.origin, style));
    const ends = /[。！？!?]$/.test(piece.text);
    if (next && next.sentence === piece.sentence) runs.push(text('，'));
    else if (!ends) {
      // A sentence trimmed at its end, or closed by ；, ends with 。 here.
      const last = runs.at(-1);
      if (last?.type === 'excerpt') dropTrailingMark(last);
      runs.push(text('。'));
    }
  });
  if (city.source) runs.push(text(`（${city.source}）`));
  return runs;
}

interface Compiled {
  /** Who a sentence is about, opening it: the city, an office, a body of people (市人大常委会, 各级人大, 全市 …). */
  subject: RegExp;
  /** The same, right at the start: after an opening clause (一季度，全市……), where 组织代表 is no subject. */
  subjectFirst: RegExp;
  /** Openers the city's name is not put before (此前, 对此, 截至 …). */
  noCityBefore: RegExp;
  /** A title that names its document (…工作综述, …情况报告): no heading. */
  reportName: RegExp;
}

function compile(lexicon: Lexicon): Compiled {
  return memo(lexicon, 'city-part', (lex) => ({
    subject: new RegExp(`^(?:[^，。]{0,4}?(?:${alternation(lex.excerpt.SUBJECT_HEADS)}))`),
    subjectFirst: new RegExp(`^(?:${alternation(lex.excerpt.SUBJECT_HEADS)})`),
    noCityBefore: new RegExp(`^(?:${alternation(lex.excerpt.NO_CITY_BEFORE)})`),
    reportName: new RegExp(`(?:${alternation(lex.excerpt.REPORT_NAME_ENDINGS)})$`),
  }));
}

/** An opening adverbial clause (今年以来，, 2023年11月3日，) the city may follow as the sentence's subject. */
const OPENING_CLAUSE = /^[^，。]{1,12}，/;

function hasSubject(words: string, city: string, c: Compiled): boolean {
  const folded = foldToHans(words);
  const name = foldToHans(city);
  if (folded.startsWith(name) || c.subject.test(folded.slice(0, 8))) return true;
  // 今年以来，常州市人大常委会……, 一季度，全市实现……: the sentence's subject (the city, 全市, 市人大 …) follows the
  // opening clause; no 常州市 before 今年以来.
  const opening = OPENING_CLAUSE.exec(folded)?.[0];
  if (opening === undefined) return false;
  const rest = folded.slice(opening.length);
  return rest.startsWith(name) || c.subjectFirst.test(rest);
}

function dropTrailingMark(run: Inline & { type: 'excerpt' }): void {
  const last = run.children.at(-1);
  if (last?.type === 'text') last.value = last.value.replace(/[；;，,、：:]$/u, '');
}
