import type { MastheadNode, TitleNode } from '../../document/schema.js';
import { dateText } from '../vocabulary.js';
import type { PartContext } from './context.js';

/** The masthead (报头) and the title: name, 第N期, compiling office, date, classification. */
export function frontMatter({ options }: PartContext): [MastheadNode, TitleNode] {
  return [
    {
      type: 'masthead',
      name: options.name,
      issue: options.issue,
      office: `${options.office}编`,
      date: dateText(options.date),
      classification: options.classification,
    },
    { type: 'title', text: options.title, subtitle: options.subtitle },
  ];
}
