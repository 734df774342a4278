import type { Content } from 'pdfmake/interfaces';
import type { Handler } from './types.js';

/** The title: 2號 小標宋 (22 pt heavy serif), centred, a blank line after it. */
export const title: Handler<'title'> = (node, ctx, where) => {
  const { style } = ctx;
  const size = style.titleSize;
  const out: Content[] = [
    {
      text: ctx.runs(node.text, 'title', `${where}.text`),
      fontSize: size,
      alignment: 'center',
      lineHeight: ctx.lineHeight('title', size, size * 1.5),
      color: style.text,
      margin: [0, 0, 0, node.subtitle ? 6 : style.linePitch * 0.8],
      headlineLevel: 1,
    },
  ];
  if (node.subtitle) {
    out.push({
      text: ctx.runs(node.subtitle, 'heading2', `${where}.subtitle`),
      fontSize: style.bodySize,
      alignment: 'center',
      lineHeight: ctx.lineHeight('heading2', style.bodySize),
      color: style.name === 'modern' ? style.muted : style.text,
      margin: [0, 0, 0, style.linePitch * 0.6],
    });
  }
  return out;
};
