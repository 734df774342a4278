import type { HeadingNode } from '@jianbao/core/document';
import { pdfRole } from '../layout/context.js';
import { MARK } from '../layout/style.js';
import type { FontRole } from '../options.js';
import type { Handler } from './types.js';

const ROLE: Record<HeadingNode['level'], FontRole> = { 1: 'heading1', 2: 'heading2', 3: 'body', 4: 'body' };
const SIZE = { 1: 'heading1', 2: 'heading2', 3: 'heading3', 4: 'heading4' } as const;

/**
 * Headings by level: 一、 in 黑體, (一) in 楷體, 1. and (1) in the body face, at the theme's sizes, indents and
 * spacing. Each is a PDF bookmark nested under the heading above it, and never ends a page (`headlineLevel`,
 * see layout/keep.ts).
 */
export const heading: Handler<'heading'> = (node, ctx, where) => {
  const { theme } = ctx;
  const role = pdfRole(ROLE[node.level]);
  const size = ctx.gridSize(theme.sizes[SIZE[node.level]]);
  const indent = theme.indent.headingChars * size;
  const label = `${node.numbering}${node.text}`;
  const parent = ctx.enterHeading(node.level, node.id);
  return [
    {
      ...ctx.inlineText([{ type: 'text', value: label }], role, `${where}.text`, size, ctx.width - indent),
      fontSize: size,
      lineHeight: ctx.lineHeight(role, size),
      color: node.level === 1 ? theme.colors.heading : theme.colors.text,
      leadingIndent: indent,
      margin: [0, theme.spacing.headingBeforePt[node.level - 1] ?? 0, 0, theme.spacing.headingAfterPt],
      headlineLevel: node.level,
      style: [MARK.line, MARK.heading],
      id: node.id,
      outline: true,
      outlineText: label,
      outlineExpanded: node.level === 1,
      ...(parent ? { outlineParentId: parent } : {}),
    },
  ];
};
