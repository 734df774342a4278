import type { FontRole } from '../options.js';
import type { Handler } from './types.js';

const ROLE: Record<1 | 2 | 3 | 4, FontRole> = { 1: 'heading1', 2: 'heading2', 3: 'body', 4: 'body' };

/**
 * Headings by level: 一、 in 黑體, (一) in 楷體, 1. and (1) in the body face; indented two characters like
 * body text (official). Each is a PDF bookmark nested under the heading above it.
 */
export const heading: Handler<'heading'> = (node, ctx, where) => {
  const { style } = ctx;
  const role = ROLE[node.level];
  const size = ctx.gridSize(style.headingSizes[node.level - 1] ?? style.bodySize);
  const official = style.name === 'official';
  const label = `${node.numbering}${node.text}`;
  const parent = ctx.enterHeading(node.level, node.id);
  return [
    {
      ...ctx.inlineText(
        [{ type: 'text', value: label }],
        role,
        `${where}.text`,
        size,
        ctx.width - (official ? 2 * size : 0),
      ),
      fontSize: size,
      lineHeight: ctx.lineHeight(role, size),
      color: official ? style.text : node.level === 1 ? style.accent : style.text,
      ...(official ? { leadingIndent: 2 * size } : {}),
      margin: official ? [0, 0, 0, 0] : [0, node.level === 1 ? 10 : 6, 0, 4],
      headlineLevel: node.level,
      id: node.id,
      outline: true,
      outlineText: label,
      outlineExpanded: node.level === 1,
      ...(parent ? { outlineParentId: parent } : {}),
    },
  ];
};
