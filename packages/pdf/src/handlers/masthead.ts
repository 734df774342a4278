import type { Content } from 'pdfmake/interfaces';
import type { Handler } from './types.js';

/**
 * The 簡報 masthead: the briefing's name large and red, 第N期 under it, compiling office left and date
 * right on one line, then a red rule the width of the text block (official); a compact header (modern).
 */
export const masthead: Handler<'masthead'> = (node, ctx, where) => {
  const { style } = ctx;
  const official = style.name === 'official';
  const out: Content[] = [];
  if (node.classification) {
    out.push({
      text: ctx.runs(node.classification, 'heading1', `${where}.classification`),
      fontSize: official ? 16 : 9,
      color: official ? style.text : style.muted,
      margin: [0, 0, 0, official ? 8 : 4],
    });
  }
  const nameFont = ctx.font('title');
  const naturalWidth = nameFont.widthOf(node.name, 1);
  if (official) {
    // 初號 (42 pt) name, shrunk to fit a long name on one line.
    const size = Math.min(42, (ctx.width * 0.92) / Math.max(naturalWidth, 1));
    out.push(
      {
        text: ctx.runs(node.name, 'title', `${where}.name`),
        fontSize: size,
        color: style.red,
        alignment: 'center',
        margin: [0, node.classification ? 6 : 28, 0, 10],
      },
      {
        text: ctx.runs(node.issue, 'body', `${where}.issue`),
        fontSize: 16,
        alignment: 'center',
        margin: [0, 0, 0, 22],
      },
      {
        columns: [
          { text: ctx.runs(node.office, 'body', `${where}.office`), fontSize: 16, width: '*' },
          {
            text: ctx.runs(node.date, 'body', `${where}.date`),
            fontSize: 16,
            width: 'auto',
            alignment: 'right',
          },
        ],
        margin: [0, 0, 0, 6],
      },
      {
        canvas: [{ type: 'line', x1: 0, y1: 0, x2: ctx.width, y2: 0, lineWidth: 2, lineColor: style.red }],
        margin: [0, 0, 0, 30],
      },
    );
    return out;
  }
  out.push(
    {
      text: ctx.runs(node.name, 'title', `${where}.name`),
      fontSize: Math.min(24, (ctx.width * 0.9) / Math.max(naturalWidth, 1)),
      color: style.red,
      margin: [0, 0, 0, 4],
    },
    {
      columns: [
        {
          text: [
            ...ctx.runs(node.issue, 'body', `${where}.issue`),
            ...ctx.runs('　', 'body', `${where}.issue`),
            ...ctx.runs(node.office, 'body', `${where}.office`),
          ],
          width: '*',
        },
        { text: ctx.runs(node.date, 'body', `${where}.date`), width: 'auto', alignment: 'right' },
      ],
      fontSize: 9.5,
      color: style.muted,
      margin: [0, 0, 0, 6],
    },
    {
      canvas: [{ type: 'line', x1: 0, y1: 0, x2: ctx.width, y2: 0, lineWidth: 1.5, lineColor: style.red }],
      margin: [0, 0, 0, 18],
    },
  );
  return out;
};
