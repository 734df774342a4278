import type { ChartNode, Inline, TableCell, TableNode } from '../../document/schema.js';
import type { ProvincialTotal } from '../../summarize/types.js';
import { amountRun, type DraftBlock, emphasis, heading, paragraph, text, totalRun } from '../nodes.js';
import { CATEGORY_NAMES, cityName } from '../vocabulary.js';
import type { PartContext } from './context.js';

/** How many indicator columns the table has at most: a city name and five numbers fit the text block. */
const MAX_COLUMNS = 5;

/** The notes under the table: how the numbers were read and added. */
const TABLE_NOTES = [
  '注：1. 表中数字摘自各市报送材料，空白表示该市材料未列此项数字。',
  '2. 一市同类同单位的数字相加；带“余”“多”“超”“以上”的数字按所列数字计入，合计记作“逾”，为下限；带“近”“约”的数字使合计成为约数，记作“约”；区间按下限计入。',
  '3. “名”“人次”等不同计量单位分列，不相加。',
];

/**
 * The main indicators: the (category, unit) totals most cities reported, at most five, in category
 * order. The first of them — the one most cities reported — is the chart's indicator.
 */
export function mainIndicators(totals: readonly ProvincialTotal[]): ProvincialTotal[] {
  const chosen = [...totals]
    .map((total, index) => ({ total, index }))
    .sort((a, b) => b.total.cities.length - a.total.cities.length || a.index - b.index)
    .slice(0, MAX_COLUMNS);
  return chosen.map((c) => c.total);
}

const columnName = (t: ProvincialTotal) => `${CATEGORY_NAMES[t.category]}（${t.unit}）`;

/** 二、主要指标: a table of cities × main indicators with a province row, and a chart of the first. */
export function indicators({ summary, figures }: PartContext): DraftBlock[] {
  const byReach = mainIndicators(summary.totals);
  if (byReach.length === 0) {
    return [heading(1, '主要指标'), paragraph([text('各市材料未列出可以汇总的数字。')])];
  }
  const columns = [...byReach].sort((a, b) => summary.totals.indexOf(a) - summary.totals.indexOf(b));
  const cell = (children: Inline[]): TableCell => ({ children });
  const table: TableNode = {
    type: 'table',
    caption: '表1　各市主要指标',
    columns: [{ align: 'left', width: 2 }, ...columns.map(() => ({ align: 'right' as const, width: 2 }))],
    header: [[cell([text('城市')]), ...columns.map((t) => cell([text(columnName(t))]))]],
    rows: [
      ...summary.cities.map((city) => [
        cell([text(cityName(city.city))]),
        ...columns.map((total) => {
          const amount = total.byCity.find((a) => a.city === city.city);
          return cell(amount ? [amountRun(amount, figures, false)] : []);
        }),
      ]),
      [cell([emphasis('合计')]), ...columns.map((total) => cell([totalRun(total, figures, false)]))],
    ],
    notes: TABLE_NOTES,
  };
  const [first] = byReach;
  const blocks: DraftBlock[] = [heading(1, '主要指标'), table];
  if (first) {
    const chart: ChartNode = {
      type: 'chart',
      kind: 'bar',
      title: `图1　各市${CATEGORY_NAMES[first.category]}（${first.unit}）`,
      unit: first.unit,
      categories: summary.cities.map((c) => cityName(c.city)),
      series: [
        {
          name: CATEGORY_NAMES[first.category],
          values: summary.cities.map((c) => first.byCity.find((a) => a.city === c.city)?.value ?? null),
        },
      ],
      note: '注：带“余”“多”“超”的数字按所列数字绘制，空缺表示该市未报送。',
    };
    blocks.push(chart);
  }
  return blocks;
}
