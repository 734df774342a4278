import type { Inline } from '../../document/schema.js';
import type { FactRef } from '../../summarize/types.js';
import { tellingFirsts } from '../facts.js';
import { type DraftBlock, emphasis, heading, paragraph, text } from '../nodes.js';
import { cityName } from '../vocabulary.js';
import type { PartContext } from './context.js';

/** Groups of firsts, by the word that makes them a first; the first group that matches wins. */
const GROUPS: ReadonlyArray<{ title: string; test: RegExp }> = [
  { title: '首部法规和首个平台', test: /首部|首个|首家|首批|首支|首座|首份|首条/ },
  { title: '率先推出的举措', test: /率先|领先|先行/ },
  { title: '首次开展的工作', test: /首次|首创|首开|第一次|开创/ },
  { title: '其他创新做法', test: /./ },
];

/** 四、创新与首创: every first, grouped by kind, each with its city. */
export function firsts({ summary }: PartContext): DraftBlock[] {
  const all = summary.cities.flatMap((c) => tellingFirsts(c.firsts));
  const blocks: DraftBlock[] = [heading(1, '创新与首创')];
  if (all.length === 0) return [...blocks, paragraph([text('各市材料未提及首创性举措。')])];
  const cities = new Set(all.map((f) => f.city));
  blocks.push(paragraph([text(`${cities.size}个市的材料提及首创性举措${all.length}项，按类别列出如下。`)]));
  const placed = new Set<FactRef>();
  for (const group of GROUPS) {
    const members = all.filter((f) => !placed.has(f) && group.test.test(f.text));
    if (members.length === 0) continue;
    for (const m of members) placed.add(m);
    blocks.push(heading(2, group.title), {
      type: 'list',
      ordered: false,
      items: members.map((f): Inline[] => [emphasis(`${cityName(f.city ?? '')}：`), text(f.text)]),
    });
  }
  return blocks;
}
