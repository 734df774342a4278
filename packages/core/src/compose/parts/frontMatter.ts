import type { MastheadNode, TitleNode } from '../../document/schema.js';
import { bodyOf, briefingTitleOf, compilationTitle, topicOf } from '../topic.js';
import { cityList, cityName, dateText } from '../vocabulary.js';
import type { PartContext } from './context.js';

/** The masthead (报头) and the title: name, 第N期, compiling office, date, classification. */
export function frontMatter(context: PartContext): [MastheadNode, TitleNode] {
  const { options } = context;
  return [
    {
      type: 'masthead',
      name: options.name,
      issue: options.issue,
      office: `${options.office}编`,
      date: dateText(options.date),
      classification: options.classification,
    },
    { type: 'title', text: options.title ?? titleOf(context), subtitle: options.subtitle },
  ];
}

/**
 * A title that states the topic: the title of the one compilation every city came from (its editors' own words,
 * less the 汇编 it may end with), else the campaign most cities share (各地人大深入开展“牢记嘱托、感恩奋进”学习实践
 * 活动), else a lone city's own report title, else the cities and what their titles are all about (人大代表工作做法,
 * 经济运行情况: see subjectOf), else the cities and their work.
 */
export function titleOf({ summary, lexicon, subject }: PartContext): string {
  const compilation = compilationTitle(summary);
  if (compilation) return briefingTitleOf(compilation, lexicon);
  const body = bodyOf(summary);
  const topic = topicOf(summary, lexicon);
  if (topic) return `各地${body}深入开展“${topic.brand}”${topic.tail}`;
  const reported = summary.cities.filter((c) => c.reported);
  const [only] = reported;
  if (reported.length === 1 && only?.title) return briefingTitleOf(only.title, lexicon);
  const names = reported.map((c) => cityName(c.city));
  if (subject && !subject.work) return `${cityList(names)}${subject.text}情况`;
  const work = subject?.text ?? '工作';
  return `${cityList(names)}${work.startsWith(body) ? '' : body}${work}做法`;
}
