import type { EditorsNoteNode } from '../../document/schema.js';
import { normalize } from '../../normalize/normalize.js';
import { paragraph, text } from '../nodes.js';
import { bodyOf, topicOf } from '../topic.js';
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
    .flatMap((p) => normalize(p.text).text.split('\n'))
    // The label opens the note's first line, which a compilation's title may precede.
    .map((line) => line.replace(LABEL, '').trim())
    .filter((line) => line !== '' && !TITLE_LINE.test(line));
  const paragraphs = options.editorsNote ?? (own.length > 0 ? own : [written(context)]);
  return { type: 'editorsNote', label: '编者按：', children: paragraphs.map((p) => paragraph([text(p)])) };
}

function written({ summary, lexicon }: PartContext): string {
  const cities = summary.cities.filter((c) => c.reported).map((c) => cityName(c.city));
  const topic = topicOf(summary, lexicon);
  const body = bodyOf(summary);
  const what = topic ? `深入开展“${topic.brand}”${topic.tail}` : `${body}工作`;
  const who = cities.length > 3 ? `${cityList(cities)}` : cities.join('、');
  // What most cities did alike, as the data shows it (measures half the cities or more share).
  const shared = summary.measures
    .filter((m) => m.cities.length >= 3 && m.cities.length * 2 >= cities.length)
    .slice(0, 3)
    .map((m) => m.phrase);
  const alike = shared.length > 0 ? `多数市${shared.join('，')}。` : '';
  return `本期摘编${who}${what}的做法和成效。${alike}供参阅。`;
}
