import type { BlockNode, BriefingDocument } from '../document/schema.js';
import { BRIEFING_DOCUMENT_VERSION } from '../document/schema.js';
import { validateDocument } from '../document/validate.js';
import { checkOptions, checkRecordWith } from '../guard.js';
import { defaultLexicon, type Lexicon } from '../lexicon/lexicon.js';
import { loadScriptConverter } from '../script/convert.js';
import type { ProvincialSummary } from '../summarize/types.js';
import { convertDocument } from './convertDocument.js';
import type { DraftBlock } from './nodes.js';
import { type BriefingPart, type ComposeOptions, resolveOptions } from './options.js';
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
import { subjectOf } from './topic.js';
import { cityName } from './vocabulary.js';

/**
 * Writes the briefing (简报) from a summary, as an excerpt compilation (摘编): masthead, a title stating the topic,
 * 编者按, 一、总体情况 (what cities share, with a table only where they counted the same thing), 二、各地做法 (each
 * city's own key sentences, closed by its attribution), 三、创新与首创, 四、立法与决定, and the 版记. Composed in
 * Simplified, then every visible string is converted to the target script. Same summary and options → the same
 * document (pass `date`; the default is today).
 */
export async function composeBriefing(
  summary: ProvincialSummary,
  options: ComposeOptions = {},
  lexicon: Lexicon = defaultLexicon,
): Promise<BriefingDocument> {
  checkRecordWith('composeBriefing', 'summary', summary, 'cities');
  checkOptions('composeBriefing', options);
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
  const simplified: BriefingDocument = {
    type: 'briefing',
    version: BRIEFING_DOCUMENT_VERSION,
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
  // City names and quoted words come in the input's script, so even a Simplified briefing is converted.
  const convert = await loadScriptConverter(resolved.script);
  const limits = options.maxTableRows === undefined ? {} : { maxTableRows: options.maxTableRows };
  return validateDocument(convertDocument(simplified, convert), limits);
}
