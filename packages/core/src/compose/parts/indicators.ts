import type { ChartNode, Inline, TableCell, TableNode } from '../../document/schema.js';
import { foldToHans } from '../../lexicon/fold.js';
import type { ProvincialTotal } from '../../summarize/types.js';
import { amountRun, type DraftBlock, emphasis, text, totalRun } from '../nodes.js';
import { cityName } from '../vocabulary.js';
import type { PartContext } from './context.js';
import { SHARED_BY } from './overview.js';

/** How many indicator columns the table has at most: a city name and five numbers fit the text block. */
const MAX_COLUMNS = 5;

/**
 * The indicators worth a table: those that three or more cities counted the same way (one indicator), not
 * `other` and not mere head counts of participants, most-reported first, at most five, in category order.
 */
export function mainIndicators(totals: readonly ProvincialTotal[]): ProvincialTotal[] {
  // Two columns never share a name (意见建议 collected, 意见建议 listed): the one more cities report stays.
  const named = new Set<string>();
  return totals
    .map((total, index) => ({ total, index }))
    .filter(
      ({ total }) =>
        total.cities.length >= SHARED_BY && total.category !== 'other' && total.role !== 'participants',
    )
    .sort((a, b) => b.total.cities.length - a.total.cities.length || a.index - b.index)
    .filter(({ total }) => {
      if (named.has(total.name)) return false;
      named.add(total.name);
      return true;
    })
    .slice(0, MAX_COLUMNS)
    .sort((a, b) => a.index - b.index)
    .map((c) => c.total);
}

/**
 * The table of cities × shared indicators with its 合计 row, and a chart of the most-reported one; nothing at all
 * when no indicator is shared (never a blank table). Placed inside the overview.
 */
export function indicators({ summary, figures, options }: PartContext): DraftBlock[] {
  const columns = mainIndicators(summary.totals);
  if (columns.length === 0) return [];
  const cell = (children: Inline[]): TableCell => ({ children });
  const rows = summary.cities.filter((c) => columns.some((t) => t.cities.includes(c.city)));
  const table: TableNode = {
    type: 'table',
    caption: '表1　各市主要工作数据',
    // Each column as wide as its header's name (the unit goes under it) and the city column as its longest name,
    // relative widths the renderers scale to the text block: 推动解决问题 stays on one line, not 推动解决问/题.
    columns: [
      { align: 'left', width: Math.max(2, ...rows.map((city) => cityName(city.city).length)) },
      ...columns.map((total) => ({ align: 'right' as const, width: Math.max(4, total.name.length) })),
    ],
    header: [[cell([text('城市')]), ...columns.map((t) => cell([text(`${t.name}（${t.unit}）`)]))]],
    rows: [
      ...rows.map((city) => [
        cell([text(cityName(city.city))]),
        ...columns.map((total) => {
          const amount = total.byCity.find((a) => a.city === city.city);
          // A city that counted in another unit of the family (场 in a column of 次) says so in its cell.
          if (!amount) return cell([text('—')]);
          const own = new Set(amount.figures.map((f) => foldToHans(f.metric.unit)));
          const [unit] = own;
          // A city's sum of two units of the family (3132件次 + 125条) is in the column's plain unit.
          if (own.size > 1) return cell([amountRun(amount, figures, true, total.unit)]);
          return cell([amountRun(amount, figures, unit !== total.unit)]);
        }),
      ]),
      [cell([emphasis('合计')]), ...columns.map((total) => cell([totalRun(total, figures, false)]))],
    ],
    notes: [],
  };
  const chartOf = [...columns].sort((a, b) => b.cities.length - a.cities.length)[0];
  const blocks: DraftBlock[] = [table];
  if (chartOf && options.parts.chart) {
    const chart: ChartNode = {
      type: 'chart',
      kind: 'bar',
      title: `图1　各市${chartOf.name}（${chartOf.unit}）`,
      unit: chartOf.unit,
      categories: chartOf.byCity.map((a) => cityName(a.city)),
      series: [{ name: chartOf.name, values: chartOf.byCity.map((a) => a.value) }],
      note: null,
    };
    blocks.push(chart);
  }
  return blocks;
}
