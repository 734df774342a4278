/**
 * Node-only helpers: find installed fonts and render with them. The main entry (`@jianbao/pdf`) never
 * touches the file system, so it also runs in browsers.
 * @module @jianbao/pdf/node
 */
import type { BriefingDocument } from '@jianbao/core/document';
import { readsDone } from './node/font-files.js';
import { type ResolveFontsOptions, resolveFonts } from './node/resolve-fonts.js';
import { reuseParsedFonts } from './node/reuse-parsed-fonts.js';
import { RENDER_PDF_OPTIONS, type RenderPdfOptions, refuseUnknownOptions } from './options.js';
import { renderPdf } from './render.js';

export type { FontPlace } from './node/font-places.js';
export { fontPlaces } from './node/font-places.js';
export type { PrefetchFontsOptions, ResolveFontsOptions } from './node/resolve-fonts.js';
export { prefetchFonts, resolveFonts } from './node/resolve-fonts.js';
export { reuseParsedFonts } from './node/reuse-parsed-fonts.js';

export interface RenderPdfNodeOptions extends Omit<RenderPdfOptions, 'fonts'> {
  /** Fonts to use instead of found ones (per role). */
  fonts?: ResolveFontsOptions['fonts'];
  /** Where and how to look for fonts. */
  resolve?: Omit<ResolveFontsOptions, 'fonts'>;
}

/** The options `renderPdfNode` knows; any other is refused (`USAGE`) rather than silently ignored. */
export const RENDER_PDF_NODE_OPTIONS = [
  ...RENDER_PDF_OPTIONS,
  'resolve',
] as const satisfies readonly (keyof RenderPdfNodeOptions)[];
const RESOLVE_OPTIONS = [
  'script',
  'searchFrom',
  'windowsDir',
  'system',
  'places',
  'onWarning',
] as const satisfies readonly (keyof ResolveFontsOptions)[];

/** `renderPdf` with fonts found on this machine (see `resolveFonts`). */
export async function renderPdfNode(
  doc: BriefingDocument,
  options: RenderPdfNodeOptions = {},
): Promise<Uint8Array> {
  refuseUnknownOptions('renderPdfNode', options, RENDER_PDF_NODE_OPTIONS);
  if (options.resolve)
    refuseUnknownOptions('renderPdfNode resolve', options.resolve, RESOLVE_OPTIONS, 'options.resolve');
  reuseParsedFonts();
  // Font files a caller began reading ahead (prefetchFonts) are waited for, not read a second time.
  await readsDone();
  const { fonts, resolve, ...rest } = options;
  const found = resolveFonts({
    script: doc.meta.script,
    ...(rest.onWarning ? { onWarning: rest.onWarning } : {}),
    ...resolve,
    ...(fonts ? { fonts } : {}),
  });
  return renderPdf(doc, { ...rest, fonts: found });
}
