import { isChinese } from '../normalize/chars.js';

/** Share of UTF-16 code units that must read as text for BOM-less bytes to count as UTF-16. */
const TEXT_SHARE = 0.9;

/**
 * Tells UTF-16 without a byte order mark by what it decodes to: in one byte order at least 90% of the code
 * units must be Chinese characters and punctuation, printable ASCII or line breaks. Binary data, UTF-8 and
 * GB18030 Chinese read as UTF-16 give mostly Hangul, private-use and unassigned units, so they never pass.
 * ASCII read in the wrong order turns into Han (`N` 0x4E → U+4E00), so when both orders pass the one with
 * more ASCII wins. Returns null when unsure.
 */
export function bareUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  const le = read(bytes, 1);
  const be = read(bytes, 0);
  const lePasses = le.text >= TEXT_SHARE * le.units;
  const bePasses = be.text >= TEXT_SHARE * be.units;
  if (lePasses && (!bePasses || le.ascii > be.ascii)) return 'utf-16le';
  if (bePasses && (!lePasses || be.ascii > le.ascii)) return 'utf-16be';
  return null;
}

/** Counts the code units (high byte at `high` of each pair) that are text, and those that are ASCII. */
function read(bytes: Uint8Array, high: 0 | 1): { units: number; text: number; ascii: number } {
  let text = 0;
  let ascii = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    const unit = ((bytes[i + high] as number) << 8) | (bytes[i + 1 - high] as number);
    if (isTextUnit(unit)) text += 1;
    if (unit < 0x80) ascii += 1;
  }
  return { units: bytes.length / 2, text, ascii };
}

function isTextUnit(unit: number): boolean {
  if (unit === 0x09 || unit === 0x0a || unit === 0x0d) return true;
  if (unit >= 0x20 && unit < 0x7f) return true;
  // Surrogates: rare Han (Extension B and later) written as pairs; the strict decoder checks the pairing.
  if (unit >= 0xd800 && unit <= 0xdfff) return true;
  return isChinese(String.fromCharCode(unit));
}
