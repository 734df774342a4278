import type { ChartNode } from '@jianbao/core/document';
import { AlignmentType, type FileChild, LineRuleType, Paragraph } from 'docx';
import { ChartRun } from 'docx/charts';
import type { RenderContext } from '../context.js';
import { SINGLE_LINE, wordColour } from '../layout.js';
import { STYLE } from '../styles.js';

/**
 * A native Word chart built from the node's data, so a reviewer can edit the figures in Word's own chart editor.
 * Bars list the first category at the top (Word's default puts it at the bottom); the unit names the value axis.
 * Its faces, sizes and height are the theme's.
 */
export function chart(node: ChartNode, ctx: RenderContext): FileChild[] {
  const { theme } = ctx;
  const { sizes } = theme;
  const font = { name: ctx.fonts.chart[0] ?? ctx.fonts.heading1[0] ?? ctx.fonts.latin };
  const text = { ...font, size: sizes.chart };
  const px = theme.chart;
  const height =
    node.kind === 'bar'
      ? Math.max(px.minHeightPx, node.categories.length * node.series.length * px.barPx + px.chromePx)
      : px.columnHeightPx;
  const run = new ChartRun({
    type: node.kind,
    title: { text: node.title, font: { ...font, size: sizes.chartTitle } },
    categories: node.categories,
    series: node.series.map((series, index) => ({
      name: series.name,
      values: series.values,
      color: wordColour(
        theme.colors.chartSeries[index % theme.colors.chartSeries.length] ?? theme.colors.text,
      ),
    })),
    categoryAxis: { reverseOrder: node.kind === 'bar', font: text },
    valueAxis: {
      title: { text: node.unit, font: text },
      font: text,
      // Reversed categories would carry the value axis to the top; keep it at the bottom.
      ...(node.kind === 'bar' ? { crossesAt: 'maximum' as const } : {}),
    },
    dataLabels: { value: true, font: text },
    legend: node.series.length > 1 ? { position: 'bottom', font: text } : false,
    font,
    transformation: { width: ctx.geometry.textWidthPx, height },
    altText: { id: String(ctx.nextDrawingId++), name: node.title, title: node.title },
  });
  const blocks: FileChild[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      indent: { firstLineChars: 0, firstLine: 0 },
      spacing: { before: 0, after: 0, line: SINGLE_LINE, lineRule: LineRuleType.AUTO },
      keepNext: node.note !== null,
      children: [run],
    }),
  ];
  if (node.note) blocks.push(new Paragraph({ style: STYLE.chartNote, text: node.note }));
  return blocks;
}
