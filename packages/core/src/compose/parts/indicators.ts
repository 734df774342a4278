import type { ChartNode, FigureRun, Inline, TableCell, TableNode } from '../../document/schema.js';
import { foldToHans } from '../../lexicon/fold.js';
import type { ProvincialTotal } from '../../summarize/types.js';
import { figureText, scaleOf } from '../figureText.js';
import { amountRun, type DraftBlock, emphasis, type FigureStyle, text, totalRun } from '../nodes.js';
import { cityName } from '../vocabulary.js';
import type { PartContext } from './context.js';
import { isSharedTotal } from './overview.js';

/** How many indicator columns the table has at most: a city name and five numbers fit the text block. */
const MAX_COLUMNS = 5;

/**
 * The indicators worth a table: the shared totals (isSharedTotal: three or more cities counting one thing the same
 * way), most-reported first, at most five, in category order.
 */
export function mainIndicators(totals: readonly ProvincialTotal[]): ProvincialTotal[] {
  // Two columns never share a name (意见建议 collected, 意见建议 listed): the one more cities report stays.
  const named = new Set<string>();
  return totals
    .map((total, index) => ({ total, index }))
    .filter(({ total }) => isSharedTotal(total))
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

/** The words of scale a column may be headed in, largest first, as its figures may be written (folded). */
const SCALES = [
  { word: '亿', factor: 1e8 },
  { word: '万', factor: 1e4 },
] as const;

/**
 * 万元 or 亿元 (亿千瓦时, 万人次) when every figure of a column was written in it: the column is headed and printed in
 * that unit, as an office's own table is (32000, 28500.5 under 万元), not in 元 with each cell scaled its own way
 * (3.2亿 beside 28500.5万), nor 210亿 under 千瓦时.
 */
function writtenScale({ contributions, unit }: ProvincialTotal): { unit: string; factor: number } | null {
  // Each figure as written and the unit, folded once: a column is tried against each word of scale.
  const written = contributions.map((c) => foldToHans(c.metric.text));
  const folded = foldToHans(unit);
  const scale = SCALES.find(
    ({ word }) => written.length > 0 && written.every((text) => text.endsWith(`${word}${folded}`)),
  );
  return scale ? { unit: `${scale.word}${unit}`, factor: scale.factor } : null;
}

/** A figure run printed in a column's scale: its number over the factor, in plain digits, without a unit. */
function inScale(run: FigureRun, factor: number, style: FigureStyle): FigureRun {
  const value = figureText(
    {
      value: run.number / factor,
      valueMax: run.numberMax === null ? null : run.numberMax / factor,
      unit: '',
      qualifier: run.qualifier,
    },
    { withUnit: false, grouping: false, lowerBound: style.lowerBound },
  );
  return { ...run, value };
}

/** Below this, a sum of money reads well in full (98000 元), and a column of such sums is written all in full. */
const MONEY_IN_FULL = 1e6;

/**
 * A column of counts writes its numbers all one way, as an office's table does: with 万/亿 only when every one of
 * them (its cities' and its 合计) takes the same word (2.1万 beside 1.3万), else all in full (21000 beside 15600,
 * not 2.1万). So does a column of money whose sums are all under a million (11800 beside 12000, not 1.2万); larger
 * money keeps 万/亿 cell by cell (3.2亿 beside 28500.5万 reads; 320000000 does not), or its written scale
 * (writtenScale).
 */
function columnStyle(total: ProvincialTotal, style: FigureStyle): FigureStyle {
  if (total.family === 'money' && Math.abs(total.value) >= MONEY_IN_FULL) return style;
  const numbers = [
    total.value,
    ...total.byCity.flatMap((a) => (a.valueMax === null ? [a.value] : [a.value, a.valueMax])),
  ];
  const first = scaleOf(total.value);
  return numbers.every((n) => scaleOf(n) === first) ? style : { ...style, grouping: false };
}

/**
 * The table of cities × shared indicators with its 合计 row, and a chart of the most-reported one; nothing at all
 * when no indicator is shared (never a blank table). Placed inside the overview.
 */
export function indicators({ summary, figures, options, subject }: PartContext): DraftBlock[] {
  const columns = mainIndicators(summary.totals);
  if (columns.length === 0) return [];
  const scales = new Map(columns.map((total) => [total, writtenScale(total)]));
  const headerUnit = (total: ProvincialTotal) => scales.get(total)?.unit ?? total.unit;
  // A name that counts in its unit (立法件数, 接待人次) says it already: 立法件数（件） would say it twice. One
  // character alone is no such sign: 代表之家 counts in 家 and is headed 代表之家（家）.
  const headerText = (name: string, unit: string) =>
    name.endsWith(`${unit}数`) || name.endsWith(`${unit}數`) || (unit.length > 1 && name.endsWith(unit))
      ? name
      : `${name}（${unit}）`;
  const styles = new Map(columns.map((total) => [total, columnStyle(total, figures)]));
  const styleOf = (total: ProvincialTotal): FigureStyle => styles.get(total) ?? figures;
  const scaled = (total: ProvincialTotal, run: FigureRun): FigureRun => {
    const scale = scales.get(total);
    return scale ? inScale(run, scale.factor, figures) : run;
  };
  const cell = (children: Inline[]): TableCell => ({ children });
  const rows = summary.cities.filter((c) => columns.some((t) => t.cities.includes(c.city)));
  const table: TableNode = {
    type: 'table',
    // Reports of a state of things (经济运行情况) give data, not data of work: the caption says so, as the heading does.
    caption: subject?.work === false ? '表1　各市主要数据' : '表1　各市主要工作数据',
    // Each column as wide as its header's name (the unit goes under it) and the city column as its longest name,
    // relative widths the renderers scale to the text block: 推动解决问题 stays on one line, not 推动解决问/题.
    columns: [
      { align: 'left', width: Math.max(2, ...rows.map((city) => cityName(city.city).length)) },
      ...columns.map((total) => ({ align: 'right' as const, width: Math.max(4, total.name.length) })),
    ],
    header: [[cell([text('城市')]), ...columns.map((t) => cell([text(headerText(t.name, headerUnit(t)))]))]],
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
          if (own.size > 1) return cell([scaled(total, amountRun(amount, styleOf(total), true, total.unit))]);
          return cell([scaled(total, amountRun(amount, styleOf(total), unit !== total.unit))]);
        }),
      ]),
      [
        cell([emphasis('合计')]),
        ...columns.map((total) => cell([scaled(total, totalRun(total, styleOf(total), false))])),
      ],
    ],
    notes: [],
  };
  const chartOf = [...columns].sort((a, b) => b.cities.length - a.cities.length)[0];
  const blocks: DraftBlock[] = [table];
  if (chartOf && options.parts.chart) {
    const chart: ChartNode = {
      type: 'chart',
      kind: 'bar',
      title: `图1　各市${headerText(chartOf.name, headerUnit(chartOf))}`,
      unit: headerUnit(chartOf),
      categories: chartOf.byCity.map((a) => cityName(a.city)),
      series: [
        {
          name: chartOf.name,
          values: chartOf.byCity.map((a) => a.value / (scales.get(chartOf)?.factor ?? 1)),
        },
      ],
      note: null,
    };
    blocks.push(chart);
  }
  return blocks;
}
