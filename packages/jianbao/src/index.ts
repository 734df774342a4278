/**
 * jianbao in one call: `await brief(inputs, options?)` → `{ document, pdf?, docx?, data, warnings }`.
 * This entry runs in browsers and Node alike; a PDF needs `options.pdf.fonts` here (`jianbao/node` finds them).
 * @module jianbao
 */
import type { RenderPdfOptions } from '@jianbao/pdf';
import { type BriefResult, briefWith, fontsNeeded } from './brief.js';
import type { BriefInput } from './inputs.js';
import type { BriefOptions } from './options.js';

export type {
  BriefingDocument,
  BriefingWarning,
  BriefingWarningCode,
  CityRecord,
  ComposeOptions,
  JianbaoErrorCode,
} from '@jianbao/core';
export { BRIEFING_WARNING_CODES, fromRecords, isJianbaoError, JianbaoError } from '@jianbao/core';
export type { BriefData, BriefResult } from './brief.js';
export type { BriefFile, BriefInput } from './inputs.js';
export type { BriefFormat, BriefOptions } from './options.js';
export { BRIEF_FORMATS, BRIEF_OPTIONS } from './options.js';

/**
 * One briefing from city reports: files (`{ name, bytes }`), texts or city records in, the document tree, the
 * PDF and the Word document (by default both), what was read (`data`) and coded warnings out. Options are
 * optional and checked: an unknown one is refused (`USAGE`), never ignored. Errors are `JianbaoError`s with a code.
 */
export function brief(inputs: readonly BriefInput[], options?: BriefOptions): Promise<BriefResult> {
  return briefWith<RenderPdfOptions>(inputs, options, {
    check: (pdf) => {
      if (!pdf?.fonts) throw fontsNeeded();
    },
    render: async (document, pdf) => {
      const { renderPdf } = await import('@jianbao/pdf');
      return renderPdf(document, pdf);
    },
  });
}
