import type { Content } from 'pdfmake/interfaces';
import { chartSvg } from '../chart/chart-svg.js';
import type { Handler } from './types.js';

/**
 * A bar or column chart: the drawing as SVG, its labels as real text laid over it, the title above and the
 * note below, kept together on one page. Colours and sizes are the theme's.
 */
export const chart: Handler<'chart'> = (node, ctx, where) => {
  const { theme } = ctx;
  const { colors, spacing, sizes } = theme;
  const drawn = chartSvg(node, ctx.fonts, `${where}.categories`, ctx.width, sizes.chart, {
    series: colors.chartSeries,
    axis: colors.chartAxis,
    grid: colors.chartGrid,
    text: colors.chartText,
    muted: colors.chartMuted,
    plotHeight: Math.min(ctx.width * spacing.chartHeightRatio, spacing.chartMaxHeightPt),
  });
  const chartFont = ctx.font('chart').font;
  const block: Content[] = [];
  if (node.title) {
    block.push({
      text: ctx.runs(node.title, 'heading1', `${where}.title`),
      fontSize: sizes.chartTitle,
      alignment: theme.table.captionAlign,
      color: colors.heading,
      margin: [0, spacing.captionBeforePt, 0, spacing.captionAfterPt],
    });
  }
  // Labels first, each detached at its place relative to the chart's top-left; then the drawing, which
  // is what moves the flow down.
  for (const label of drawn.labels) {
    block.push({
      text: ctx.runs(label.text, 'chart', `${where}.categories`),
      fontSize: label.size,
      lineHeight: 1,
      color: label.color,
      relativePosition: {
        x: label.x,
        y: label.baseline - (chartFont.ascent / chartFont.unitsPerEm) * label.size,
      },
    });
  }
  block.push({ svg: drawn.svg, width: drawn.width, height: drawn.height });
  if (node.note) {
    block.push({
      text: ctx.runs(node.note, 'body', `${where}.note`),
      fontSize: sizes.tableNote,
      color: colors.muted,
    });
  }
  return [{ stack: block, unbreakable: true, margin: [0, 0, 0, spacing.blockAfterPt] }];
};
