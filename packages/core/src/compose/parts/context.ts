import type { Lexicon } from '../../lexicon/lexicon.js';
import type { ProvincialSummary } from '../../summarize/types.js';
import type { FigureStyle } from '../nodes.js';
import type { ResolvedOptions } from '../options.js';
import type { Subject } from '../topic.js';

/** What every part is written from. */
export interface PartContext {
  summary: ProvincialSummary;
  options: ResolvedOptions;
  figures: FigureStyle;
  lexicon: Lexicon;
  /** What the briefing is about (subjectOf), read once for the title, the note, the parts' heading and the table. */
  subject: Subject | null;
}
