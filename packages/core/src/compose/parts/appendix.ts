import type { SourceNoteNode } from '../../document/schema.js';
import { type DraftBlock, heading, paragraph, text } from '../nodes.js';
import { cityName } from '../vocabulary.js';
import type { PartContext } from './context.js';

/** 附: how the figures were read and added, and where every city's material came from. */
export function appendix({ summary }: PartContext): DraftBlock[] {
  const notes: SourceNoteNode[] = summary.cities.map((c) => ({
    type: 'sourceNote',
    children: [
      text(
        `（${cityName(c.city)}　${c.reported ? `来源：${c.source ?? '材料未署来源'}` : '本期未报送材料'}）`,
      ),
    ],
  }));
  return [
    heading(1, '附：数据说明与来源', false, 'appendix'),
    paragraph([
      text('本期数字均摘自各市报送材料，每个数字都保留其城市、在原文中的位置和所在语句，可逐项核对。'),
    ]),
    paragraph([
      text(
        '汇总时只把同一类别、同一计量单位的数字相加，“名”与“人次”等不同单位分列；同一市重复提及的同一数字只计一次。' +
          '带“余”“多”“超”“以上”的数字按所列数字计入，合计为下限，记作“逾”；带“近”“约”的数字使合计成为约数，记作“约”；' +
          '区间按下限计入；比率不相加。',
      ),
    ]),
    ...notes,
  ];
}
