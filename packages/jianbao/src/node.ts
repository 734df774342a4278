/**
 * `brief` for Node: the same as the main entry, and a PDF without `options.pdf.fonts` is set in fonts found on
 * this machine (the Noto Serif/Sans SC packages where installed, then system fonts; see `@jianbao/pdf/node`).
 * @module jianbao/node
 */
import type { RenderPdfNodeOptions } from '@jianbao/pdf/node';
import { type BriefResult, briefWith } from './brief.js';
import type { BriefInput } from './inputs.js';
import type { BriefOptions } from './options.js';

export * from './index.js';

/** `brief` (see the main entry) with fonts found on disk unless `options.pdf.fonts` gives them. */
export function brief(
  inputs: readonly BriefInput[],
  options?: BriefOptions<RenderPdfNodeOptions>,
): Promise<BriefResult> {
  return briefWith<RenderPdfNodeOptions>(inputs, options, {
    render: async (document, pdf) => {
      const { renderPdfNode } = await import('@jianbao/pdf/node');
      return renderPdfNode(document, pdf ?? {});
    },
  });
}
