import type { BlockNode, BriefingDocument } from '../document/schema.js';
import { BRIEFING_DOCUMENT_VERSION } from '../document/schema.js';
import { validateDocument } from '../document/validate.js';
import { checkOptions, checkRecordWith } from '../guard.js';
import { loadScriptConverter } from '../script/convert.js';
import type { ProvincialSummary } from '../summarize/types.js';
import { convertDocument } from './convertDocument.js';
import type { DraftBlock } from './nodes.js';
import { type ComposeOptions, resolveOptions } from './options.js';
import { numberHeadings } from './outline.js';
import { appendix } from './parts/appendix.js';
import { closing } from './parts/closing.js';
import type { PartContext } from './parts/context.js';
import { editorsNote } from './parts/editorsNote.js';
import { firsts } from './parts/firsts.js';
import { frontMatter } from './parts/frontMatter.js';
import { highlights } from './parts/highlights.js';
import { indicators } from './parts/indicators.js';
import { laws } from './parts/laws.js';
import { overview } from './parts/overview.js';
import { cityName } from './vocabulary.js';

/**
 * Writes the provincial briefing from a summary: masthead, title, 编者按, 一、总体情况 … 五、立法与决定,
 * 附 and the closing block, every figure a run citing its sources. Composed in Simplified script, then
 * every visible string is converted to the target script (the converter loads on first use). Same summary
 * and options → the same document: the date comes from the options or the data, never the clock.
 */
export async function composeBriefing(
  summary: ProvincialSummary,
  options: ComposeOptions = {},
): Promise<BriefingDocument> {
  checkRecordWith('composeBriefing', 'summary', summary, 'cities');
  checkOptions('composeBriefing', options);
  const resolved = resolveOptions(summary, options);
  const context: PartContext = { summary, options: resolved, figures: { lowerBound: resolved.lowerBound } };
  const { parts } = resolved;
  const draft: DraftBlock[] = [
    ...frontMatter(context),
    ...(parts.editorsNote ? [editorsNote(context)] : []),
    ...(parts.overview ? overview(context) : []),
    ...(parts.indicators ? indicators(context) : []),
    ...(parts.highlights ? highlights(context) : []),
    ...(parts.firsts ? firsts(context) : []),
    ...(parts.laws ? laws(context) : []),
    ...(parts.appendix ? appendix(context) : []),
    ...(parts.closing ? [closing(context)] : []),
  ];
  const children: BlockNode[] = numberHeadings(draft);
  const simplified: BriefingDocument = {
    type: 'briefing',
    version: BRIEFING_DOCUMENT_VERSION,
    meta: {
      title: resolved.title,
      subject: resolved.subtitle ? `${resolved.title}${resolved.subtitle}` : resolved.title,
      keywords: [resolved.name, ...summary.cities.map((c) => cityName(c.city))],
      author: resolved.office,
      language: resolved.script === 'hant' ? 'zh-TW' : 'zh-CN',
      script: resolved.script,
      style: resolved.style,
      date: resolved.date,
    },
    children,
  };
  // City names and labels come in the input's script, so even a Simplified briefing is converted.
  const convert = await loadScriptConverter(resolved.script);
  const limits = options.maxTableRows === undefined ? {} : { maxTableRows: options.maxTableRows };
  return validateDocument(convertDocument(simplified, convert), limits);
}
