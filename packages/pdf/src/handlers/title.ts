import { titleCharsPerLine, titleLines } from '@jianbao/core/document';
import type { Content } from 'pdfmake/interfaces';
import type { Handler } from './types.js';

/**
 * The title (2號 小標宋 centred, official) on the lines core's titleLines chooses (words whole, lines balanced),
 * its subtitle, then the theme's space before the body.
 */
export const title: Handler<'title'> = (node, ctx, where) => {
  const { theme } = ctx;
  const size = theme.sizes.title;
  const after = theme.spacing.titleAfterLines * ctx.page.linePitch;
  const lines = titleLines(node.text, titleCharsPerLine(theme)).map((line, i, all) => {
    const runs = ctx.runs(line, 'title', `${where}.text`) as { text: string }[];
    const last = runs.at(-1);
    if (last && i < all.length - 1) last.text += '\n';
    return runs;
  });
  const out: Content[] = [
    {
      text: lines.flat() as Content[],
      fontSize: size,
      alignment: 'center',
      lineHeight: ctx.lineHeight('title', size, size * theme.spacing.titleLineHeight),
      color: theme.colors.text,
      margin: [0, 0, 0, node.subtitle ? 0 : after],
      headlineLevel: 1,
    },
  ];
  if (node.subtitle) {
    const subtitle = theme.sizes.subtitle;
    out.push({
      text: ctx.runs(node.subtitle, 'heading2', `${where}.subtitle`),
      fontSize: subtitle,
      alignment: 'center',
      lineHeight: ctx.lineHeight('heading2', subtitle),
      color: theme.colors.muted,
      margin: [0, 0, 0, after],
      headlineLevel: 1,
    });
  }
  return out;
};
