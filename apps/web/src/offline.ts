import { loadScriptConverter } from '@jianbao/core';
import { type FontProgress, loadFonts } from './fonts';

/**
 * Fetches now what the page would otherwise fetch on first use — the fonts, and the script converters
 * core imports lazily — so that from then on a briefing can be made with no network at all.
 */
export async function prepareOffline(onFontProgress?: FontProgress): Promise<void> {
  await Promise.all([loadFonts(onFontProgress), loadScriptConverter('hans'), loadScriptConverter('hant')]);
}
