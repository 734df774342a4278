import { type DraftBlock, emphasis, heading, paragraph, text } from '../nodes.js';
import { cityName } from '../vocabulary.js';
import type { PartContext } from './context.js';

/** 五、立法与决定: the laws and decisions each city's report names, city by city. */
export function laws({ summary }: PartContext): DraftBlock[] {
  const withLaws = summary.cities.filter((c) => c.laws.length > 0);
  const blocks: DraftBlock[] = [heading(1, '立法与决定')];
  if (withLaws.length === 0) return [...blocks, paragraph([text('各市材料未涉及具体法规和决定。')])];
  const count = withLaws.reduce((n, c) => n + c.laws.length, 0);
  blocks.push(paragraph([text(`${withLaws.length}个市的材料涉及法规和决定${count}件，按城市列出如下。`)]), {
    type: 'list',
    ordered: false,
    items: withLaws.map((c) => [
      emphasis(`${cityName(c.city)}：`),
      text(c.laws.map((l) => `《${l.text}》`).join('、')),
    ]),
  });
  const others = summary.cities.length - withLaws.length;
  if (others > 0) blocks.push(paragraph([text(`其余${others}个市材料未涉及具体法规和决定。`)]));
  return blocks;
}
