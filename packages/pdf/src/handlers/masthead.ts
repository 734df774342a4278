import { mastheadNameSize } from '@jianbao/core/document';
import type { Content } from 'pdfmake/interfaces';
import type { Handler } from './types.js';

/**
 * The 簡報 masthead as the theme lays it out: `banner` — the name large and red, 第N期 under it, compiling office
 * left and date right on one line, then a rule the width of the text block; `compact` — the name, then issue,
 * office and date on one small line over the rule.
 */
export const masthead: Handler<'masthead'> = (node, ctx, where) => {
  const { theme } = ctx;
  const { sizes, spacing, colors } = theme;
  const out: Content[] = [];
  const banner = theme.masthead.layout === 'banner';
  if (node.classification) {
    out.push({
      text: ctx.runs(node.classification, 'heading1', `${where}.classification`),
      fontSize: sizes.classification,
      color: banner ? colors.text : colors.muted,
      margin: [0, 0, 0, spacing.mastheadLineAfterPt],
    });
  }
  const name: Content = {
    text: ctx.runs(node.name, 'title', `${where}.name`),
    fontSize: mastheadNameSize(theme, node.name),
    color: colors.masthead,
    alignment: banner ? 'center' : 'left',
    margin: [0, node.classification ? 0 : spacing.mastheadTopPt, 0, spacing.mastheadNameAfterPt],
  };
  const rule: Content = {
    canvas: [
      {
        type: 'line',
        x1: 0,
        y1: 0,
        x2: ctx.width,
        y2: 0,
        lineWidth: theme.rules.mastheadPt,
        lineColor: colors.mastheadRule,
      },
    ],
    margin: [0, 0, 0, spacing.mastheadRuleAfterPt],
  };
  const date = {
    text: ctx.runs(node.date, 'body', `${where}.date`),
    width: 'auto',
    alignment: 'right',
  } as const;
  if (banner) {
    out.push(
      name,
      {
        text: ctx.runs(node.issue, 'body', `${where}.issue`),
        fontSize: sizes.mastheadIssue,
        alignment: 'center',
        margin: [0, 0, 0, spacing.mastheadIssueAfterPt],
      },
      {
        columns: [{ text: ctx.runs(node.office, 'body', `${where}.office`), width: '*' }, date],
        fontSize: sizes.mastheadLine,
        margin: [0, 0, 0, spacing.mastheadLineAfterPt],
      },
      rule,
    );
    return out;
  }
  out.push(
    name,
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
        date,
      ],
      fontSize: sizes.mastheadLine,
      color: colors.muted,
      margin: [0, 0, 0, spacing.mastheadLineAfterPt],
    },
    rule,
  );
  return out;
};
