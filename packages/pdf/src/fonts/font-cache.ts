import { JianbaoError } from '@jianbao/core/document';
import type { Font, FontCollection } from 'fontkit';
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

/** fontkit's `create`, as the package's font parser. */
type CreateFont = (buffer: Buffer, postscriptName?: string) => Font | FontCollection;

let createFont: CreateFont | null = null;

/**
 * Parses fonts with this fontkit from now on, unless one already did: in Node, the CommonJS fontkit pdfkit itself
 * loaded (see reuseParsedFonts), so a process holds one fontkit, one unicode-properties and one restructure, not
 * an ES module copy of each beside them (~40–90 ms of a cold CLI render). Elsewhere fontkit is imported on first use.
 */
export function useFontkit(create: CreateFont): void {
  createFont ??= create;
}

function fontkitCreate(): Promise<CreateFont> {
  if (createFont) return Promise.resolve(createFont);
  return import('fontkit').then((fontkit) => {
    createFont ??= fontkit.create as CreateFont;
    return createFont;
  });
}

/** Parses `file` (or returns the cached parse of the same bytes and face). */
export function loadFont(file: FontFile): Promise<LoadedFont> {
  return loadParsedFont(file);
}

/** `loadFont` with the fontkit parse, for the package's own layout and chart code. */
export function loadParsedFont(file: FontFile): Promise<ParsedFont> {
  return fontkitCreate().then((create) => loadParsedFontNow(file, create));
}

function loadParsedFontNow(file: FontFile, create: CreateFont): ParsedFont {
  const face = file.postscriptName ?? '';
  const cached = byBytes.get(file.data)?.get(face);
  if (cached) return cached;
  const identity = file.id === undefined ? file.data : new TextEncoder().encode(file.id);
  const key = `jianbao-font-${hashBytes(identity)}${face ? `-${face}` : ''}.ttf`;
  let loaded = byDigest.get(key);
  if (!loaded) {
    loaded = parse(file, key, create);
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

function parse(file: FontFile, key: string, create: CreateFont): ParsedFont {
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
  // A collection without the face asked for: fontkit gives null, not an error.
  if (!parsed && file.postscriptName) {
    const collection = create(file.data as Buffer);
    const faces =
      collection && 'fonts' in collection ? collection.fonts.map((f) => f.postscriptName).join(', ') : '';
    throw new JianbaoError(
      'FONT_NOT_FOUND',
      `Font ${file.origin} has no face ${file.postscriptName}${faces ? ` (its faces: ${faces})` : ''}`,
      { where: file.origin },
    );
  }
  if (!parsed || !('unitsPerEm' in parsed) || !('hasGlyphForCodePoint' in parsed)) {
    const faces = parsed && 'fonts' in parsed ? parsed.fonts.map((f) => f.postscriptName).join(', ') : '';
    throw new JianbaoError(
      'FONT_NOT_FOUND',
      `Font ${file.origin} is a collection: pass postscriptName (one of ${faces || 'its faces'})`,
      { where: file.origin },
    );
  }
  const font = parsed;
  prefillTables(font, file.data);
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

interface FontkitInternals {
  _tables?: Record<string, unknown>;
  _decodeTable?: (entry: unknown) => Record<string, unknown>;
  directory?: { tables?: Record<string, { offset: number; length: number } | undefined> };
}

/**
 * Two of fontkit's table decodes cost a cold render far more than the bytes they read, through its generic
 * struct decoder: `loca` (an offset per glyph: 30 000–65 000 numbers, decoded at the first glyph's metrics) and
 * `post` (pdfkit asks every embedded font for its italic angle and fixed pitch, in a 32-byte header, and a version 2
 * table also names every glyph: 29 000 names in LXGW WenKai). Fill fontkit's table cache with the same values
 * read straight from the bytes; the glyph names are decoded only if something asks for them. A table not as
 * expected, or a fontkit without these internals, is left to fontkit.
 */
function prefillTables(font: Font, data: Uint8Array): void {
  const internals = font as unknown as FontkitInternals;
  const entries = internals.directory?.tables;
  const tables = internals._tables;
  const decode = internals._decodeTable;
  if (!entries || !tables || typeof decode !== 'function') return;
  const view = (entry: { offset: number; length: number }) =>
    entry.offset + entry.length <= data.byteLength
      ? new DataView(data.buffer, data.byteOffset + entry.offset, entry.length)
      : null;
  const head = entries.head && view(entries.head);
  const loca = entries.loca && view(entries.loca);
  if (head && loca && head.byteLength >= 54 && !('loca' in tables)) {
    const version = head.getInt16(50);
    if (version === 0 || version === 1) {
      const size = version === 0 ? 2 : 4;
      const offsets = new Array<number>(Math.floor(loca.byteLength / size));
      for (let i = 0; i < offsets.length; i++) {
        // Format 0 stores offset / 2; fontkit hands its users the doubled offsets.
        offsets[i] = version === 0 ? loca.getUint16(i * 2) << 1 : loca.getUint32(i * 4);
      }
      tables.loca = { version, offsets, _processed: version === 0 };
    }
  }
  const postEntry = entries.post;
  const post = postEntry && view(postEntry);
  if (postEntry && post && post.byteLength >= 32 && !('post' in tables) && post.getInt32(0) === 0x20000) {
    let full: Record<string, unknown> | undefined;
    const whole = () => {
      full ??= decode.call(font, postEntry);
      return full;
    };
    tables.post = {
      version: 2,
      italicAngle: post.getInt32(4) / 0x10000,
      underlinePosition: post.getInt16(8),
      underlineThickness: post.getInt16(10),
      isFixedPitch: post.getUint32(12),
      minMemType42: post.getUint32(16),
      maxMemType42: post.getUint32(20),
      minMemType1: post.getUint32(24),
      maxMemType1: post.getUint32(28),
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
