import type { EditorsNoteNode } from '../../document/schema.js';
import { normalize } from '../../normalize/normalize.js';
import { paragraph, text } from '../nodes.js';
import { bodyOf, type Topic, topicOf } from '../topic.js';
import { cityList, cityName } from '../vocabulary.js';
import type { PartContext } from './context.js';

/** The label the input may open its preface with, in either script; the note prints its own label. */
const LABEL = /^\s*[编編]者按\s*[:：]?\s*/;
/**
 * A compilation's title before its first city (全省各市人大工作情况汇编): a short line with no sentence mark. It is
 * the input's heading, not a note to the reader; a preface of nothing else leaves the note to be written.
 */
const TITLE_LINE = /^[^。！？!?；;]{1,40}$/;

/**
 * 编者按: the caller's, or the input's own preface when it has one (its words, paragraph by paragraph, normalized
 * as the rest of the briefing is), otherwise what this issue brings together — never how it counts.
 */
export function editorsNote(context: PartContext): EditorsNoteNode {
  const { summary, options } = context;
  const own = summary.prefaces
    .flatMap((p) => noteLines(normalize(p.text).text.split('\n')))
    // The label opens the note's first line, which a compilation's title may precede.
    .map((line) => line.replace(LABEL, '').trim())
    .filter((line) => line !== '' && !TITLE_LINE.test(line));
  const paragraphs = options.editorsNote ?? (own.length > 0 ? own : [written(context)]);
  return { type: 'editorsNote', label: '编者按：', children: paragraphs.map((p) => paragraph([text(p)])) };
}

/** A briefing's own part heading (一、总体情况, （一）南京市): where its editor's note has ended. */
const PART_HEADING = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/;

/**
 * The lines of a preface that are its note: from its 编者按 to the first part heading after it, when it has the
 * label (a printed 简报 fed back: its overview and table follow the note and are worked out afresh here); else all.
 */
function noteLines(lines: string[]): string[] {
  const from = lines.findIndex((line) => LABEL.test(line));
  if (from < 0) return lines;
  const to = lines.findIndex((line, i) => i > from && PART_HEADING.test(line));
  return lines.slice(from, to < 0 ? lines.length : to);
}

/**
 * What the issue brings together: the campaign most cities name, else the work the compilation's own title names,
 * else what the reports' titles are about — a work's 做法和成效, a state of things' 情况 (经济运行情况).
 */
function subjectPhrase({ subject }: PartContext, topic: Topic | null, body: string): string {
  if (topic) return `深入开展“${topic.brand}”${topic.tail}的做法和成效`;
  if (subject && !subject.work) return `${subject.text}情况`;
  // The compilation's own words stand as they are; the reports' field takes the body they share (人大代表工作).
  if (subject?.compiled) return `${subject.text}的做法和成效`;
  const work = subject?.text ?? '工作';
  return `${work.startsWith(body) ? '' : body}${work}的做法和成效`;
}

function written(context: PartContext): string {
  const { summary, lexicon } = context;
  const cities = summary.cities.filter((c) => c.reported).map((c) => cityName(c.city));
  const topic = topicOf(summary, lexicon);
  const body = bodyOf(summary);
  const what = subjectPhrase(context, topic, body);
  const who = cities.length > 3 ? `${cityList(cities)}` : cities.join('、');
  // What most cities did alike, as the data shows it (measures half the cities or more share): 各市 for what every
  // city did, as the overview says it, 多数市 for the rest.
  const shared = summary.measures
    .filter((m) => m.cities.length >= 3 && m.cities.length * 2 >= cities.length)
    .slice(0, 3);
  const phrases = (every: boolean) =>
    shared.filter((m) => (m.cities.length === cities.length) === every).map((m) => m.phrase);
  const alike = (
    [
      ['各市', phrases(true)],
      ['多数市', phrases(false)],
    ] as const
  )
    .filter(([, list]) => list.length > 0)
    .map(([some, list]) => `${some}${list.join('，')}。`)
    .join('');
  return `本期摘编${who}${what}。${alike}供参阅。`;
}
