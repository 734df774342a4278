import type { ChartNode } from '@jianbao/core';
import { AlignmentType, type FileChild, LineRuleType, Paragraph } from 'docx';
import { ChartRun } from 'docx/charts';
import type { RenderContext } from '../context.js';
import { TEXT_BLOCK_PX } from '../layout.js';
import { STYLE } from '../styles.js';

const BAR_PX = 26;
const CHROME_PX = 110;

/**
 * A native Word chart built from the node's data, so a reviewer can edit the figures in Word's own chart editor.
 * Bars list the first category at the top (Word's default puts it at the bottom); the unit names the value axis.
 */
export function chart(node: ChartNode, ctx: RenderContext): FileChild[] {
  const font = { name: ctx.fonts.heading1[0] ?? 'SimHei' };
  const height =
    node.kind === 'bar'
      ? Math.max(240, node.categories.length * node.series.length * BAR_PX + CHROME_PX)
      : 320;
  const run = new ChartRun({
    type: node.kind,
    title: { text: node.title, font: { ...font, size: 12 } },
    categories: node.categories,
    series: node.series.map((series) => ({ name: series.name, values: series.values })),
    categoryAxis: { reverseOrder: node.kind === 'bar', font: { ...font, size: 9 } },
    valueAxis: {
      title: { text: node.unit, font: { ...font, size: 9 } },
      font: { ...font, size: 9 },
      // Reversed categories would carry the value axis to the top; keep it at the bottom.
      ...(node.kind === 'bar' ? { crossesAt: 'maximum' as const } : {}),
    },
    dataLabels: { value: true, font: { ...font, size: 8 } },
    legend: node.series.length > 1 ? { position: 'bottom', font: { ...font, size: 9 } } : false,
    font,
    transformation: { width: TEXT_BLOCK_PX, height },
    altText: { id: String(ctx.nextDrawingId++), name: node.title, title: node.title },
  });
  const blocks: FileChild[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      indent: { firstLineChars: 0, firstLine: 0 },
      spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
      keepNext: node.note !== null,
      children: [run],
    }),
  ];
  if (node.note) blocks.push(new Paragraph({ style: STYLE.chartNote, text: node.note }));
  return blocks;
}
