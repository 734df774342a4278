import type { Font } from 'fontkit';

/** What fontkit's `layout` returns, as far as this file touches it. */
interface GlyphRun {
  positions: object[];
}
type Layout = (this: Font, text: string, ...rest: unknown[]) => GlyphRun;

/**
 * A font keeps at most this many laid-out strings, then starts again. pdfmake lays out word by word (a Chinese
 * word is a character or two): the 13-city briefing lays out 340 strings of 2,777 characters in all.
 */
const MAX_KEPT = 20_000;

/**
 * Every document lays out its strings afresh (pdfkit keeps a layout cache per document; fontkit's shaping through
 * GSUB and GPOS is 6 ms of a warm 13-city render), though a font parsed once per process (reuse-parsed-fonts.ts)
 * shapes the same string the same way every time: shaping reads only the font and the string. So such a font keeps
 * what `layout(text)` returned, and each call gets a copy of it: the run and its glyph positions are new objects
 * (pdfkit scales the positions it is given in place), the glyphs are fontkit's own, shared as fontkit shares them.
 * Calls with features, script, language or direction are shaped as before.
 */
export function keepLayouts(font: Font): void {
  const own = font as unknown as { layout: Layout };
  if (Object.hasOwn(own, 'layout') || typeof own.layout !== 'function') return;
  const layout = own.layout;
  const kept = new Map<string, GlyphRun>();
  own.layout = function keptLayout(this: Font, text: string, ...rest: unknown[]): GlyphRun {
    if (rest.some((arg) => arg !== undefined)) return layout.call(this, text, ...rest);
    let run = kept.get(text);
    if (!run) {
      if (kept.size >= MAX_KEPT) kept.clear();
      run = layout.call(this, text);
      kept.set(text, run);
    }
    return copyRun(run);
  };
}

/** The run with its own array of its own positions; everything else (glyphs, script, features) as it is. */
function copyRun(run: GlyphRun): GlyphRun {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(run)) as GlyphRun, run);
  copy.positions = run.positions.map((position) =>
    Object.assign(Object.create(Object.getPrototypeOf(position)) as object, position),
  );
  return copy;
}
