import { type ExcerptRun, type FigureRun, type Inline, JianbaoError } from '@jianbao/core/document';
import { type ParagraphChild, TextRun } from 'docx';
import { commented } from './comments.js';
import type { RenderContext } from './context.js';
import { STYLE } from './styles.js';

/** Inline runs: text as is, emphasis in the Emphasis style (the theme's face), figures in the `Figure` character style with their sources as a comment. */
export function renderInlines(inlines: readonly Inline[], ctx: RenderContext): ParagraphChild[] {
  return inlines.flatMap((inline): ParagraphChild[] => {
    switch (inline.type) {
      case 'text':
        return [new TextRun(inline.value)];
      case 'emphasis':
        return [new TextRun({ text: inline.value, style: STYLE.emphasis })];
      case 'figure':
        return renderFigure(inline, ctx);
      case 'excerpt':
        return renderExcerpt(inline, ctx);
      default: {
        const unknown: never = inline;
        throw new JianbaoError('DOCUMENT_INVALID', 'No Word handler for this inline kind', {
          where: 'inline.type',
          snippet: JSON.stringify(unknown).slice(0, 80),
        });
      }
    }
  });
}

function renderFigure(figure: FigureRun, ctx: RenderContext): ParagraphChild[] {
  const run = new TextRun({ text: figure.value, style: STYLE.figure });
  return ctx.provenance ? commented([run], figure.sources, ctx) : [run];
}

/**
 * A quoted sentence: its words as body text, the figures inside it in the `Figure` style; with provenance, one
 * comment over the whole excerpt cites the sentence it was cut from (the figures inside need no comment of their own).
 */
function renderExcerpt(excerpt: ExcerptRun, ctx: RenderContext): ParagraphChild[] {
  const runs = excerpt.children.map((child) =>
    child.type === 'figure'
      ? new TextRun({ text: child.value, style: STYLE.figure })
      : new TextRun(child.value),
  );
  return ctx.provenance ? commented(runs, [excerpt.source], ctx) : runs;
}
