import type { Content } from 'pdfmake/interfaces';
import { chartSvg } from '../chart/chart-svg.js';
import type { Handler } from './types.js';

const PALETTE = {
  official: ['#C00000', '#7F7F7F', '#404040', '#E6A0A0'],
  modern: ['#1F4E79', '#5B9BD5', '#A5A5A5', '#ED7D31'],
};

/**
 * A bar or column chart: the drawing as SVG, its labels as real text laid over it, the title above and the
 * note below, kept together on one page.
 */
export const chart: Handler<'chart'> = (node, ctx, where) => {
  const { style } = ctx;
  const official = style.name === 'official';
  const drawn = chartSvg(node, ctx.fonts, `${where}.categories`, ctx.width, style.chartSize, {
    series: PALETTE[style.name],
    axis: '#404040',
    grid: '#D9D9D9',
    text: '#1A1A1A',
    muted: '#595959',
  });
  const chartFont = ctx.font('chart').font;
  const block: Content[] = [];
  if (node.title) {
    block.push({
      text: ctx.runs(node.title, 'heading1', `${where}.title`),
      fontSize: official ? 14 : style.tableSize + 1,
      alignment: official ? 'center' : 'left',
      color: official ? style.text : style.accent,
      margin: [0, 6, 0, 4],
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
      fontSize: official ? 12 : style.tableSize - 0.5,
      color: style.muted,
      margin: [0, 2, 0, 0],
    });
  }
  return [{ stack: block, unbreakable: true, margin: [0, 0, 0, official ? style.linePitch * 0.5 : 10] }];
};
