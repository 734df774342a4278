import type {
  BlockNode,
  BriefingDocument,
  ExcerptRun,
  FigureRun,
  Inline,
} from '../../src/document/schema.js';
import { inlinesText } from '../../src/document/text.js';

/** Reading a composed document the way its tests do: plain text, blocks by kind, sections, runs. */

export const plain = (runs: readonly Inline[]) => inlinesText(runs);

export const of = <T extends BlockNode['type']>(doc: BriefingDocument, type: T) =>
  doc.children.filter((b): b is Extract<BlockNode, { type: T }> => b.type === type);

/** Every inline of the document's body, in order (excerpts as they stand, not opened). */
export const allRuns = (doc: BriefingDocument): Inline[] =>
  doc.children.flatMap((b) => {
    if (b.type === 'paragraph' || b.type === 'sourceNote') return b.children;
    if (b.type === 'list') return b.items.flat();
    if (b.type === 'table') return [...b.header, ...b.rows].flat().flatMap((c) => c.children);
    if (b.type === 'editorsNote') return b.children.flatMap((p) => p.children);
    return [];
  });

/** Every figure run, those quoted inside excerpts included. */
export const figures = (doc: BriefingDocument): FigureRun[] =>
  allRuns(doc).flatMap((r) =>
    r.type === 'figure' ? [r] : r.type === 'excerpt' ? r.children.filter((c) => c.type === 'figure') : [],
  );

export const excerpts = (doc: BriefingDocument): ExcerptRun[] =>
  allRuns(doc).filter((r): r is ExcerptRun => r.type === 'excerpt');

/** The blocks a heading opens: up to the next heading of the same or a higher level. */
export function section(doc: BriefingDocument, text: string): BlockNode[] {
  const start = doc.children.findIndex((b) => b.type === 'heading' && b.text === text);
  if (start < 0) throw new Error(`no heading ${text}`);
  const level = (doc.children[start] as { level: number }).level;
  const end = doc.children.findIndex((b, i) => i > start && b.type === 'heading' && b.level <= level);
  return doc.children.slice(start + 1, end < 0 ? undefined : end);
}

/** The whole visible text of a document, block by block, one line each. */
export function documentText(doc: BriefingDocument): string {
  return doc.children
    .map((b) => {
      switch (b.type) {
        case 'masthead':
          return `${b.name} ${b.issue} ${b.office} ${b.date}`;
        case 'title':
          return `${b.text}${b.subtitle ?? ''}`;
        case 'heading':
          return `${b.numbering}${b.text}`;
        case 'paragraph':
        case 'sourceNote':
          return plain(b.children);
        case 'editorsNote':
          return `${b.label}${b.children.map((p) => plain(p.children)).join('\n')}`;
        case 'list':
          return b.items.map(plain).join('\n');
        case 'table':
          return [
            b.caption ?? '',
            ...[...b.header, ...b.rows].map((r) => r.map((c) => plain(c.children)).join(' | ')),
            ...b.notes,
          ].join('\n');
        case 'chart':
          return `${b.title}\n${b.note ?? ''}`;
        case 'closing':
          return [
            ...b.recipients.map((r) => `${r.label}${r.text}`),
            b.office,
            b.printDate,
            b.copies ?? '',
          ].join('\n');
        default:
          return '';
      }
    })
    .join('\n');
}

/** Phrases about "the material" or the method that no briefing sentence may hold (EDITORIAL.md). */
export const ABOUT_THE_MATERIAL = [
  '材料',
  '列出数字',
  '未报送',
  '不作合计',
  '不作全省合计',
  '汇总如下',
  '计量单位',
  '按“',
  '未列出统计数字',
  '数据说明',
  '本期汇总',
  '报送的工作情况',
  '品牌和抓手',
  '下限',
];
