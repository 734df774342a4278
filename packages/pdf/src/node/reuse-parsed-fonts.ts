import { createRequire } from 'node:module';
import type { Font } from 'fontkit';
import { setFontStubs } from '../engine.js';
import { type ParsedFont as JianbaoFont, useFontkit } from '../fonts/font-cache.js';
import { keepDecodedGlyphs } from './keep-decoded-glyphs.js';
import { keepLayouts } from './keep-layouts.js';

const MAGIC = 'JBFK';

let installed = false;

/**
 * pdfkit (under pdfmake) parses every font afresh for each document, and a CJK font's first layout costs
 * 50–150 ms (30 000 glyph metrics, GSUB/GPOS). In Node we can reach the fontkit module pdfkit uses and
 * register a font format with it (fontkit's own `registerFormat` API): pdfmake is then handed a small stub
 * (`JBFK` + the font's key) instead of the bytes, and the format answers with the font jianbao already
 * parsed. A font is thus parsed once per process. Browsers load pdfmake as one bundle; there pdfmake gets
 * the real bytes and parses per document (correct, only slower).
 */
export function reuseParsedFonts(): void {
  if (installed) return;
  installed = true;
  let fontkit: { registerFormat(format: unknown): void; create: Parameters<typeof useFontkit>[0] };
  try {
    const fromHere = createRequire(import.meta.url);
    const fromPdfkit = createRequire(createRequire(fromHere.resolve('pdfmake')).resolve('pdfkit'));
    fontkit = fromPdfkit('fontkit');
  } catch {
    return; // An install layout we do not recognise: pdfkit keeps parsing per document.
  }
  const byKey = new Map<string, Font>();
  const stubs = new Map<string, Uint8Array>();
  const keyOf = (buffer: Uint8Array): string | null => {
    if (buffer.length < MAGIC.length || String.fromCharCode(...buffer.subarray(0, MAGIC.length)) !== MAGIC) {
      return null;
    }
    return new TextDecoder().decode(buffer.subarray(MAGIC.length));
  };
  class ParsedFont {
    static probe(buffer: Uint8Array): boolean {
      const key = keyOf(buffer);
      return key !== null && byKey.has(key);
    }
    constructor(stream: { buffer: Uint8Array }) {
      // A constructor may return another object: fontkit then uses the font parsed before.
      // biome-ignore lint/correctness/noConstructorReturn: this is how a fontkit format hands back a font
      return byKey.get(keyOf(stream.buffer) ?? '') as unknown as ParsedFont;
    }
  }
  fontkit.registerFormat(ParsedFont);
  // jianbao's own parses by the same fontkit: one copy of it in the process, not an ES module one beside it.
  useFontkit(fontkit.create);
  setFontStubs((font: JianbaoFont) => {
    let stub = stubs.get(font.key);
    if (!stub) {
      byKey.set(font.key, font.font);
      // Parsed once, used by every document: what its glyphs decode to and how its strings are shaped are kept too.
      keepDecodedGlyphs(font.font);
      keepLayouts(font.font);
      stub = new TextEncoder().encode(`${MAGIC}${font.key}`);
      stubs.set(font.key, stub);
    }
    return stub;
  });
}
