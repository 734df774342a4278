import type { SourceRef } from '@jianbao/core/document';
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Paragraph,
  type ParagraphChild,
  TextRun,
} from 'docx';
import type { RenderContext } from './context.js';
import { STYLE } from './styles.js';

/** Provenance in Word: a comment over the runs, citing where each of their sources stands. */
export function commented(
  runs: ParagraphChild[],
  sources: readonly SourceRef[],
  ctx: RenderContext,
): ParagraphChild[] {
  const id = ctx.comments.length;
  ctx.comments.push({
    id,
    author: ctx.commentAuthor,
    initials: ctx.commentAuthor.slice(0, 2).toUpperCase(),
    date: ctx.date,
    children:
      sources.length <= FULL_SOURCES
        ? sources.flatMap((source) => sourceParagraphs(source))
        : sourceList(sources),
  });
  return [
    new CommentRangeStart(id),
    ...runs,
    new CommentRangeEnd(id),
    new TextRun({ children: [new CommentReference(id)] }),
  ];
}

/**
 * Beyond this many sources a comment cites each in a line of one paragraph, without its sentence: a sum over
 * hundreds of cities would otherwise hang thousands of paragraphs on one figure (a balloon no one reads, and half
 * the memory of a 2,000-city file). Each city's own figure keeps its sentence in a comment of its own.
 */
const FULL_SOURCES = 20;

/** Where a person finds a source: city · file · 第N行. */
const whereOf = (source: SourceRef): string =>
  [source.city, source.origin, `第${source.line}行`]
    .filter((part): part is string => Boolean(part))
    .join(' · ');

/** Many sources: each as where · the figure as written, in one paragraph. */
function sourceList(sources: readonly SourceRef[]): Paragraph[] {
  const text = sources.map((source) => `${whereOf(source)}：${source.text}`).join('；');
  return [new Paragraph({ style: STYLE.comment, children: [new TextRun(text)] })];
}

/** One source: the sentence as written, then where a person finds it (city · file · 第N行). */
function sourceParagraphs(source: SourceRef): Paragraph[] {
  const where = whereOf(source);
  return [
    new Paragraph({ style: STYLE.comment, children: [new TextRun(source.quote)] }),
    new Paragraph({ style: STYLE.comment, children: [new TextRun({ text: where, italics: true })] }),
  ];
}
