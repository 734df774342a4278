import type { ChartNode } from '@jianbao/core/document';
import type { FontSet } from '../fonts/font-set.js';

export type Anchor = 'start' | 'middle' | 'end';

/** A piece of chart text, set by the handler as real PDF text over the drawing (searchable, copyable). */
export interface ChartLabel {
  text: string;
  /** Left edge of the text, pt from the chart's left. */
  x: number;
  /** Baseline, pt from the chart's top. */
  baseline: number;
  size: number;
  color: string;
}

/** Round for compact, deterministic SVG numbers. */
const fmt = (value: number): string => String(Math.round(value * 100) / 100);

/** Measures and places chart text; widths come from the same fonts (and fallbacks) the text is set in. */
class Labels {
  readonly placed: ChartLabel[] = [];
  constructor(
    private readonly fonts: FontSet,
    private readonly where: string,
  ) {}

  width(text: string, size: number): number {
    let width = 0;
    for (const run of this.fonts.runs(text, 'chart', this.where)) width += run.font.widthOf(run.text, size);
    return width;
  }

  draw(text: string, x: number, baseline: number, size: number, anchor: Anchor, color: string): void {
    const width = this.width(text, size);
    const left = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width;
    this.placed.push({ text, x: left, baseline, size, color });
  }
}

export interface ChartPalette {
  series: string[];
  axis: string;
  grid: string;
  text: string;
  muted: string;
  /** Height of a column chart's plot, pt. */
  plotHeight: number;
}

export interface ChartSvg {
  /** Axes, grid, bars and legend swatches. */
  svg: string;
  /** Category names, values, ticks, unit and legend names. */
  labels: ChartLabel[];
  width: number;
  height: number;
}

/** A "nice" step (1, 2 or 5 × 10ⁿ) that splits `max` into about `count` intervals. */
export function niceStep(max: number, count: number): number {
  if (!(max > 0)) return 1;
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

/** Numbers as printed in Chinese documents: no thousands separators, at most two decimals. */
export function formatValue(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * A bar (horizontal) or column (vertical) chart: an SVG string with the axes, grid, bars and legend swatches,
 * and the labels to set over it (category names, tick values, the value at each bar's end, the unit, legend
 * names). Text is set by pdfmake rather than inside the SVG: pdfmake's SVG text can only load fonts from
 * disk, and real text can be searched and copied.
 */
export function chartSvg(
  node: ChartNode,
  fonts: FontSet,
  where: string,
  width: number,
  size: number,
  palette: ChartPalette,
): ChartSvg {
  const text = new Labels(fonts, where);
  const values = node.series.flatMap((series) => series.values.filter((v): v is number => v !== null));
  const max = Math.max(0, ...values);
  const step = niceStep(max, 4);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks: number[] = [];
  for (let tick = 0; tick <= top + step / 2; tick += step) ticks.push(tick);
  // The unit in brackets, as on Chinese chart axes; the renderer adds no words of its own (no 单位/單位).
  const unitLabel = node.unit ? `（${node.unit}）` : '';
  const legend = node.series.length > 1;
  const color = (index: number) => palette.series[index % palette.series.length] ?? '#000000';
  const parts: string[] = [];
  const line = (x1: number, y1: number, x2: number, y2: number, stroke: string, w: number) =>
    `<line x1="${fmt(x1)}" y1="${fmt(y1)}" x2="${fmt(x2)}" y2="${fmt(y2)}" stroke="${stroke}" stroke-width="${w}"/>`;
  const rect = (x: number, y: number, w: number, h: number, fill: string) =>
    `<rect x="${fmt(x)}" y="${fmt(y)}" width="${fmt(w)}" height="${fmt(h)}" fill="${fill}"/>`;

  const lineGap = size * 1.6;
  let headerHeight = unitLabel || legend ? lineGap : size * 0.5;
  if (unitLabel) text.draw(unitLabel, width, size, size, 'end', palette.muted);
  if (legend) {
    let x = 0;
    node.series.forEach((series, index) => {
      parts.push(rect(x, size * 0.15, size * 0.8, size * 0.8, color(index)));
      text.draw(series.name, x + size, size * 0.9, size, 'start', palette.text);
      x += size * 2 + text.width(series.name, size);
    });
  }
  headerHeight += size * 0.4;

  const seriesCount = node.series.length;
  let height: number;
  if (node.kind === 'bar') {
    const labelWidth =
      node.categories.reduce((w, c) => Math.max(w, text.width(c, size)), Number.NEGATIVE_INFINITY) +
      size * 0.6;
    const valueRoom =
      values.reduce((w, v) => Math.max(w, text.width(formatValue(v), size)), size) + size * 0.5;
    const plotX = labelWidth;
    const plotWidth = Math.max(size * 4, width - labelWidth - valueRoom);
    const band = Math.max(size * 1.5, seriesCount * size * 1.1 + size * 0.5);
    const plotTop = headerHeight;
    const plotHeight = band * node.categories.length;
    const scale = plotWidth / top;
    for (const tick of ticks) {
      const x = plotX + tick * scale;
      if (tick > 0) parts.push(line(x, plotTop, x, plotTop + plotHeight, palette.grid, 0.5));
      parts.push(line(x, plotTop + plotHeight, x, plotTop + plotHeight + 3, palette.axis, 0.75));
      text.draw(
        formatValue(tick),
        x,
        plotTop + plotHeight + size * 1.35,
        size * 0.9,
        'middle',
        palette.muted,
      );
    }
    const barHeight = (band - size * 0.5) / seriesCount;
    node.categories.forEach((category, row) => {
      const bandTop = plotTop + row * band;
      text.draw(category, plotX - size * 0.4, bandTop + band / 2 + size * 0.35, size, 'end', palette.text);
      node.series.forEach((series, index) => {
        const value = series.values[row];
        if (value === null || value === undefined) return;
        const y = bandTop + size * 0.25 + index * barHeight;
        const w = Math.max(value * scale, 0);
        parts.push(rect(plotX, y, w, barHeight * 0.85, color(index)));
        text.draw(
          formatValue(value),
          plotX + w + size * 0.25,
          y + barHeight * 0.425 + size * 0.33,
          size * 0.9,
          'start',
          palette.text,
        );
      });
    });
    parts.push(line(plotX, plotTop, plotX, plotTop + plotHeight, palette.axis, 0.75));
    parts.push(
      line(plotX, plotTop + plotHeight, plotX + plotWidth, plotTop + plotHeight, palette.axis, 0.75),
    );
    height = plotTop + plotHeight + size * 1.8;
  } else {
    const tickWidth =
      ticks.reduce((w, t) => Math.max(w, text.width(formatValue(t), size * 0.9)), Number.NEGATIVE_INFINITY) +
      size * 0.5;
    const plotX = tickWidth;
    const plotWidth = width - plotX;
    const plotTop = headerHeight + size * 1.2;
    const plotHeight = palette.plotHeight;
    const scale = plotHeight / top;
    const band = plotWidth / node.categories.length;
    const bottom = plotTop + plotHeight;
    for (const tick of ticks) {
      const y = bottom - tick * scale;
      if (tick > 0) parts.push(line(plotX, y, plotX + plotWidth, y, palette.grid, 0.5));
      text.draw(formatValue(tick), plotX - size * 0.3, y + size * 0.3, size * 0.9, 'end', palette.muted);
    }
    const columnWidth = (band * 0.7) / seriesCount;
    let labelRows = 1;
    node.categories.forEach((category, col) => {
      const bandLeft = plotX + col * band;
      const labelWidth = text.width(category, size);
      // Long category names go on two staggered rows rather than overlap.
      const row = labelWidth > band * 0.95 && col % 2 === 1 ? 1 : 0;
      labelRows = Math.max(labelRows, row + 1);
      text.draw(
        category,
        bandLeft + band / 2,
        bottom + size * 1.3 + row * size * 1.2,
        size,
        'middle',
        palette.text,
      );
      node.series.forEach((series, index) => {
        const value = series.values[col];
        if (value === null || value === undefined) return;
        const x = bandLeft + band * 0.15 + index * columnWidth;
        const h = Math.max(value * scale, 0);
        parts.push(rect(x, bottom - h, columnWidth * 0.9, h, color(index)));
        text.draw(
          formatValue(value),
          x + columnWidth * 0.45,
          bottom - h - size * 0.3,
          size * 0.8,
          'middle',
          palette.text,
        );
      });
    });
    parts.push(line(plotX, plotTop - size * 0.5, plotX, bottom, palette.axis, 0.75));
    parts.push(line(plotX, bottom, plotX + plotWidth, bottom, palette.axis, 0.75));
    height = bottom + size * 1.6 + labelRows * size * 1.2;
  }

  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${fmt(width)}" height="${fmt(height)}" viewBox="0 0 ${fmt(width)} ${fmt(height)}">${parts.join('')}</svg>`;
  return { svg, labels: text.placed, width, height };
}
