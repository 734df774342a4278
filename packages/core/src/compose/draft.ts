import type { BlockNode, BriefingDocument } from '../document/schema.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { ProvincialSummary } from '../summarize/types.js';
import type { DraftBlock } from './nodes.js';
import type { BriefingPart, ComposeOptions } from './options.js';
import { numberHeadings } from './outline.js';
import { cities } from './parts/cities.js';
import { closing } from './parts/closing.js';
import type { PartContext } from './parts/context.js';
import { editorsNote } from './parts/editorsNote.js';
import { firsts } from './parts/firsts.js';
import { frontMatter } from './parts/frontMatter.js';
import { indicators } from './parts/indicators.js';
import { laws } from './parts/laws.js';
import { method } from './parts/method.js';
import { overview } from './parts/overview.js';
import { resolveOptions } from './resolve-options.js';
import { subjectOf } from './topic.js';
import { cityName } from './vocabulary.js';

/**
 * The briefing as composed, in Simplified, before its words are converted to the briefing's script: composeBriefing's
 * parts, loaded on its first call (an app that reads and extracts, or a renderer's bundle, carries none of them).
 */
export function draftBriefing(
  summary: ProvincialSummary,
  options: ComposeOptions,
  lexicon: Lexicon,
): Pick<BriefingDocument, 'meta' | 'children'> {
  const resolved = resolveOptions(summary, options, lexicon);
  const context: PartContext = {
    summary,
    options: resolved,
    figures: { lowerBound: resolved.lowerBound },
    lexicon,
    subject: subjectOf(summary, lexicon),
  };
  const { parts } = resolved;
  const [masthead, title] = frontMatter(context);
  const overviewBlocks = parts.overview ? overview(context) : [];
  // Every block of a part carries its name: the anchors insertSection places a caller's section by.
  const tag = (name: BriefingPart, blocks: readonly DraftBlock[]): DraftBlock[] =>
    blocks.map((block) => ({ ...block, part: name }));
  const table = parts.indicators ? indicators(context) : [];
  const draft: DraftBlock[] = [
    masthead,
    title,
    ...(parts.editorsNote ? tag('editorsNote', [editorsNote(context)]) : []),
    ...tag('overview', overviewBlocks),
    ...tag(
      'indicators',
      table.filter((block) => block.type !== 'chart'),
    ),
    ...tag(
      'chart',
      table.filter((block) => block.type === 'chart'),
    ),
    ...(parts.cities ? tag('cities', cities(context)) : []),
    ...(parts.firsts ? tag('firsts', firsts(context)) : []),
    ...(parts.laws ? tag('laws', laws(context)) : []),
    ...(parts.method ? tag('method', method(context)) : []),
    ...(parts.closing ? tag('closing', [closing(context)]) : []),
  ];
  const children: BlockNode[] = numberHeadings(draft);
  return {
    meta: {
      title: title.text,
      subject: title.subtitle ? `${title.text}${title.subtitle}` : title.text,
      keywords: [resolved.name, ...summary.cities.map((c) => cityName(c.city))],
      author: resolved.office,
      language: resolved.script === 'hant' ? 'zh-TW' : 'zh-CN',
      script: resolved.script,
      style: resolved.style,
      date: resolved.date,
    },
    children,
  };
}
