import { stat } from 'node:fs/promises';
import { type BriefingDocument, JianbaoError } from '@jianbao/core';
import type { FontFile, FontRole, PdfFonts } from '@jianbao/pdf';
import type { FontPlace, fontPlaces as FontPlacesFn } from '@jianbao/pdf/node';
import { FONT_ROLE_NAMES } from './font-roles.js';
import { readRegularFile } from './io/inputs.js';

/** A font file larger than this is refused (the biggest CJK fonts are about 30 MB). */
export const MAX_FONT_BYTES = 128 * 1024 * 1024;

async function loadFont(path: string): Promise<FontFile> {
  try {
    const data = await readRegularFile(path, path, MAX_FONT_BYTES);
    // An identity for @jianbao/pdf's parsed-font cache, which otherwise hashes the bytes (a 16 MB font: ~45 ms).
    const modified = await stat(path).then(
      (info) => info.mtimeMs,
      () => null,
    );
    return modified === null
      ? { data, origin: path }
      : { data, origin: path, id: `${path}:${data.byteLength}:${modified}` };
  } catch (error) {
    throw new JianbaoError(
      'FONT_NOT_FOUND',
      `cannot read font file ${path}${error instanceof Error && 'code' in error && String(error.code).startsWith('INPUT_') ? ` (${error.message})` : ''}`,
      { where: path },
      { cause: error },
    );
  }
}

/** One `--font` value: `ROLE=PATH` names its role; anything else is a bare PATH (role null). */
function parseFontSpec(spec: string): { role: FontRole | null; path: string } {
  const match = /^([a-z0-9]+)=(.+)$/.exec(spec);
  const role = match?.[1];
  return match?.[2] && role && (FONT_ROLE_NAMES as readonly string[]).includes(role)
    ? { role: role as FontRole, path: match[2] }
    : { role: null, path: spec };
}

/**
 * `--font` values: `ROLE=PATH` sets one role (body, title, heading1, heading2, chart); a bare PATH sets the
 * body the first time and is a fallback after that. Roles not given are found by `@jianbao/pdf/node`
 * (the bundled Noto fonts, then the system's).
 */
export async function loadFontOptions(specs: readonly string[]): Promise<Partial<PdfFonts>> {
  const fonts: Partial<PdfFonts> = {};
  const fallbacks: FontFile[] = [];
  for (const spec of specs) {
    const { role, path } = parseFontSpec(spec);
    if (role) {
      fonts[role] = await loadFont(path);
    } else if (!fonts.body) {
      fonts.body = await loadFont(spec);
    } else {
      fallbacks.push(await loadFont(spec));
    }
  }
  if (fallbacks.length) fonts.fallbacks = fallbacks;
  return fonts;
}

type Places = (role: FontRole, script: 'hans' | 'hant') => FontPlace[];

/** `fontPlaces`' order, with the bundled subsets of `@jianbao/fonts` standing in for the full Noto packages. */
async function subsetPlaces(fontPlaces: typeof FontPlacesFn): Promise<Places> {
  const { FACES, facePath } = await import('@jianbao/fonts/node');
  const env = { windowsDir: process.env.WINDIR ?? 'C:\\Windows' };
  const subsetOf = (place: FontPlace): FontPlace => {
    if (place.kind !== 'package') return place;
    const face = FACES.find((f) => f.source.package === place.name && f.source.file === place.file);
    return face ? { kind: 'system', path: facePath(face.role), shapes: 'sc' } : place;
  };
  return (role, script) => fontPlaces(role, script, env).map(subsetOf);
}

/**
 * Where `--format pdf` looks for each role's font: `fontPlaces`' order, with the bundled subsets of
 * `@jianbao/fonts` (a third of the bytes to read and parse) standing in for the full Noto packages they were cut
 * from — when the subsets cover every character of the document. A document with a character outside them is
 * set in the full fonts as before, so no character is ever lost to the subsetting.
 */
export async function bundledFontPlaces(
  document: BriefingDocument,
  fontPlaces: typeof FontPlacesFn,
): Promise<Places | undefined> {
  const { uncovered } = await import('@jianbao/fonts/node');
  if (uncovered(JSON.stringify(document)).length > 0) return undefined;
  return subsetPlaces(fontPlaces);
}

/**
 * Starts reading, in the background, the font files a `--format pdf` run will most likely set the briefing in —
 * the bundled subsets and the system's Kai, for the roles `--font` does not give — so that they are read while the
 * briefing is composed (32 MB, ~0.1 s here), not after. Only a head start: the render still finds and
 * checks its fonts as always, and reads what this did not.
 */
export async function prefetchPdfFonts(
  specs: readonly string[],
  script: 'hans' | 'hant',
  searchFrom: string[],
): Promise<void> {
  const { prefetchFonts, fontPlaces } = await import('@jianbao/pdf/node');
  // A bare PATH is the body (the first one) or a fallback: either way the body is given.
  const given = new Set(specs.map((spec) => parseFontSpec(spec).role ?? 'body'));
  prefetchFonts({
    roles: FONT_ROLE_NAMES.filter((role) => !given.has(role)),
    script,
    places: await subsetPlaces(fontPlaces),
    searchFrom,
  });
}
