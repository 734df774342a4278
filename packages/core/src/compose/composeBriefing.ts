import { BRIEFING_DOCUMENT_VERSION, type BriefingDocument } from '../document/schema.js';
import { validateDocument } from '../document/validate.js';
import { checkOptions, checkRecordWith } from '../guard.js';
import { defaultLexicon, type Lexicon } from '../lexicon/lexicon.js';
import { loadScriptConverter } from '../script/convert.js';
import type { ProvincialSummary } from '../summarize/types.js';
import { convertDocument } from './convertDocument.js';
import type { ComposeOptions } from './options.js';

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
  // The parts load on first use: reading and extracting, and the renderers, do not carry them.
  const { draftBriefing } = await import('./draft.js');
  const simplified: BriefingDocument = {
    type: 'briefing',
    version: BRIEFING_DOCUMENT_VERSION,
    ...draftBriefing(summary, options, lexicon),
  };
  // City names and quoted words come in the input's script, so even a Simplified briefing is converted.
  const convert = await loadScriptConverter(simplified.meta.script);
  const limits = options.maxTableRows === undefined ? {} : { maxTableRows: options.maxTableRows };
  return validateDocument(convertDocument(simplified, convert), limits);
}
