import type { Font } from 'fontkit';

type Decode = (this: object) => unknown;
interface GlyphPrototype {
  _decode?: Decode;
}

/** The fonts whose glyphs keep their decoded outlines (fonts parsed once per process). */
const kept = new WeakSet<object>();
/** Each kept glyph's decoded outline (null: an empty glyph). */
const decoded = new WeakMap<object, unknown>();
/** The glyph classes whose `_decode` already looks here. */
const patched = new WeakSet<GlyphPrototype>();

/**
 * Every document's font subset decodes each glyph it includes afresh (fontkit's TTFSubset calls `glyph._decode()`
 * to find compound glyphs): 12 ms of a warm 13-city render, for outlines that never change. A font parsed once
 * per process (reuse-parsed-fonts.ts) keeps its glyph objects, so their outlines are kept with them and decoded
 * once per process (TrueType outlines). `_decode` reads only the font's own bytes (its variation, if any, is fixed
 * per font object), and nothing changes what it returns. A fontkit without `_decode` is left as it is; other fonts
 * decode as before.
 */
export function keepDecodedGlyphs(font: Font): void {
  // TrueType outlines only: a CFF glyph's decoding also records the subroutines its subset needs.
  const tables = (font as unknown as { directory?: { tables?: Record<string, unknown> } }).directory?.tables;
  if (!tables?.glyf || tables['CFF '] || tables.CFF2) return;
  const glyph = font.numGlyphs > 0 ? (font.getGlyph(0) as unknown as object) : null;
  const prototype = glyph ? (Object.getPrototypeOf(glyph) as GlyphPrototype) : null;
  const decode = prototype?._decode;
  if (!prototype || typeof decode !== 'function') return;
  kept.add(font);
  if (patched.has(prototype)) return;
  patched.add(prototype);
  prototype._decode = function keptDecode(this: { _font?: object }) {
    if (!this._font || !kept.has(this._font)) return decode.call(this);
    if (!decoded.has(this)) decoded.set(this, decode.call(this));
    return decoded.get(this);
  };
}
