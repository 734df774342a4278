import { JianbaoError } from '@jianbao/core';
import { create, type Font, type FontCollection } from 'fontkit';
import type { FontFile } from '../options.js';

/**
 * A font file parsed once per process, with what layout needs from it. The parsed font itself stays
 * inside `@jianbao/pdf`: this type names no third-party type, so a project without fontkit's typings
 * compiles against it.
 */
export interface LoadedFont {
  /** Stable name of the bytes in pdfmake's virtual file system (and the pdfmake font family name). */
  key: string;
  file: FontFile;
  /** Line height pdfkit gives this font at 1 pt (ascent − descent, hhea), to turn a line pitch into a factor. */
  lineHeightPerPt: number;
  has(char: string): boolean;
  /** Advance width of `text` in points at `size`. */
  widthOf(text: string, size: number): number;
}

/** A `LoadedFont` with its fontkit parse: internal to the package, never in a public signature. */
export interface ParsedFont extends LoadedFont {
  font: Font;
}

// Parsed fonts are kept for the life of the process: a CJK font is 10–20 MB, and hashing and parsing it
// on every render would dominate the render time.
const byBytes = new WeakMap<Uint8Array, Map<string, ParsedFont>>();
const byDigest = new Map<string, ParsedFont>();

/** Parses `file` (or returns the cached parse of the same bytes and face). */
export function loadFont(file: FontFile): Promise<LoadedFont> {
  return loadParsedFont(file);
}

/** `loadFont` with the fontkit parse, for the package's own layout and chart code. */
export function loadParsedFont(file: FontFile): Promise<ParsedFont> {
  return Promise.resolve().then(() => loadParsedFontNow(file));
}

function loadParsedFontNow(file: FontFile): ParsedFont {
  const face = file.postscriptName ?? '';
  const cached = byBytes.get(file.data)?.get(face);
  if (cached) return cached;
  const identity = file.id === undefined ? file.data : new TextEncoder().encode(file.id);
  const key = `jianbao-font-${hashBytes(identity)}${face ? `-${face}` : ''}.ttf`;
  let loaded = byDigest.get(key);
  if (!loaded) {
    loaded = parse(file, key);
    byDigest.set(key, loaded);
  }
  let faces = byBytes.get(file.data);
  if (!faces) {
    faces = new Map();
    byBytes.set(file.data, faces);
  }
  faces.set(face, loaded);
  return loaded;
}

function parse(file: FontFile, key: string): ParsedFont {
  let parsed: Font | FontCollection;
  try {
    // fontkit reads any Uint8Array; its typings say Buffer.
    parsed = create(file.data as Buffer, file.postscriptName);
  } catch (error) {
    throw new JianbaoError(
      'FONT_NOT_FOUND',
      `Cannot read font ${file.origin}: ${(error as Error).message}`,
      {
        where: file.origin,
      },
      { cause: error },
    );
  }
  if (!('unitsPerEm' in parsed) || !('hasGlyphForCodePoint' in parsed)) {
    const faces = 'fonts' in parsed ? parsed.fonts.map((f) => f.postscriptName).join(', ') : '';
    throw new JianbaoError(
      'FONT_NOT_FOUND',
      `Font ${file.origin} is a collection: pass postscriptName (one of ${faces || 'its faces'})`,
      { where: file.origin },
    );
  }
  const font = parsed;
  deferGlyphNames(font, file.data);
  // fontkit reads tables lazily: a truncated file parses, then throws a TypeError at the first lookup.
  try {
    font.hasGlyphForCodePoint(0x4e2d);
    for (const glyph of font.glyphsForString('中 1')) void glyph.advanceWidth;
  } catch (error) {
    throw new JianbaoError(
      'FONT_NOT_FOUND',
      `Cannot read font ${file.origin}: a damaged or truncated font file (${(error as Error).message})`,
      { where: file.origin },
      { cause: error },
    );
  }
  const unitsPerEm = font.unitsPerEm;
  const coverage = new Map<number, boolean>();
  return {
    key,
    file,
    font,
    lineHeightPerPt: (font.ascent - font.descent) / unitsPerEm,
    has(char) {
      const codePoint = char.codePointAt(0) ?? 0;
      let known = coverage.get(codePoint);
      if (known === undefined) {
        known = font.hasGlyphForCodePoint(codePoint);
        coverage.set(codePoint, known);
      }
      return known;
    },
    widthOf(text, size) {
      let units = 0;
      for (const glyph of font.glyphsForString(text)) units += glyph.advanceWidth;
      return (units * size) / unitsPerEm;
    },
  };
}

/**
 * pdfkit asks every embedded font for its italic angle and fixed pitch, which are in the 32-byte header of the
 * `post` table; fontkit then decodes the whole table, and a version 2 table also names each of the font's glyphs
 * (29 000 in LXGW WenKai: 30–80 ms of a cold render). Fill fontkit's table cache with the header read from the
 * bytes, and decode the glyph names only if something asks for them. Any font not so, or a fontkit without
 * the `_tables` cache, is left to fontkit.
 */
function deferGlyphNames(font: Font, data: Uint8Array): void {
  const internals = font as unknown as {
    _tables?: Record<string, unknown>;
    _decodeTable?: (entry: unknown) => Record<string, unknown>;
    directory?: { tables?: Record<string, { offset: number; length: number } | undefined> };
  };
  const entry = internals.directory?.tables?.post;
  const tables = internals._tables;
  const decode = internals._decodeTable;
  if (!entry || !tables || typeof decode !== 'function' || 'post' in tables || entry.length < 32) return;
  if (entry.offset + 32 > data.byteLength) return;
  const view = new DataView(data.buffer, data.byteOffset + entry.offset, 32);
  const version = view.getInt32(0) / 0x10000;
  if (version !== 2) return;
  let full: Record<string, unknown> | undefined;
  const whole = () => {
    full ??= decode.call(font, entry);
    return full;
  };
  tables.post = {
    version,
    italicAngle: view.getInt32(4) / 0x10000,
    underlinePosition: view.getInt16(8),
    underlineThickness: view.getInt16(10),
    isFixedPitch: view.getUint32(12),
    minMemType42: view.getUint32(16),
    maxMemType42: view.getUint32(20),
    minMemType1: view.getUint32(24),
    maxMemType1: view.getUint32(28),
    get numberOfGlyphs() {
      return whole().numberOfGlyphs;
    },
    get glyphNameIndex() {
      return whole().glyphNameIndex;
    },
    get names() {
      return whole().names;
    },
  };
}

/**
 * A 64-bit non-cryptographic hash of the bytes (two multiply-xor lanes over every byte, seeded with the
 * length, mixed at the end), hex. Plain JS: Web Crypto's `crypto.subtle` is undefined on plain-http pages
 * and the cache only needs a stable name, not resistance to forgery. About 2 ns a byte (45 ms for a 26 MB
 * TTC, once per font per process; SHA-1 through Web Crypto took 170 ms on the same machine).
 */
export function hashBytes(data: Uint8Array): string {
  let h1 = 0xdeadbeef ^ data.length;
  let h2 = 0x41c6ce57 ^ data.length;
  for (let i = 0; i < data.length; i++) {
    const byte = data[i] as number;
    h1 = Math.imul(h1 ^ byte, 2654435761);
    h2 = Math.imul(h2 ^ byte, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}
