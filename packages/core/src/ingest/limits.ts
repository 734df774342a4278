import { JianbaoError } from '../errors.js';

/** Default input size limit: 20 MB, far above any city report, low enough to refuse a stray binary. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Throws INPUT_TOO_LARGE when `size` bytes exceed `maxBytes`. */
export function checkSize(size: number, maxBytes: number, where: string, what = 'input'): void {
  if (size > maxBytes) {
    throw new JianbaoError(
      'INPUT_TOO_LARGE',
      `${where}: ${what} is ${size} bytes, over the limit of ${maxBytes} bytes (option maxBytes)`,
      { where, snippet: `${size} bytes`, size, maxBytes },
    );
  }
}

/** A name for the input in messages. */
export const describeOrigin = (origin: string | null | undefined): string => origin ?? 'input';

/**
 * The largest figure jianbao reads: 10^15 (a thousand trillion 元). A number beyond it — 400 digits, or two
 * 1.7e308s that add up to Infinity — is a serial number or a mistake, not a count: in prose it is not a figure,
 * in structured input it is INPUT_SCHEMA. Totals of figures within it stay finite.
 */
export const MAX_FIGURE_VALUE = 1e15;

/** Whether `value` is a figure jianbao can add up: finite and within ±MAX_FIGURE_VALUE. */
export const isFigureValue = (value: number): boolean =>
  Number.isFinite(value) && Math.abs(value) <= MAX_FIGURE_VALUE;

/**
 * The longest city name accepted in structured input and front matter: 40 characters. The longest real ones
 * (autonomous prefectures) are under 20; a 32,000-character "city" made the PDF layout take half a minute.
 */
export const MAX_CITY_NAME = 40;

/** Deeper than any page a browser would lay out (Chromium's parser stops nesting at 512). */
export const MAX_HTML_DEPTH = 512;

/** A city report is a few pages; a briefing's worth of inputs a few hundred. */
export const DEFAULT_MAX_PDF_PAGES = 500;
