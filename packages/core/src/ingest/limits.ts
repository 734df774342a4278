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
