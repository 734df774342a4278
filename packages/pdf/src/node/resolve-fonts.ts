import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JianbaoError } from '@jianbao/core/document';
import { FONT_ROLES, type FontFile, type FontRole, type PdfFonts } from '../options.js';
import { readAhead, readOnce } from './font-files.js';
import { type FontPlace, fontPlaces, traditionalPackage } from './font-places.js';

export interface ResolveFontsOptions {
  /** Fonts the caller already has; they win over anything found. */
  fonts?: Partial<PdfFonts>;
  /** Picks the Traditional (tc) face of system collections that have one. Default `hans`. */
  script?: 'hans' | 'hant';
  /** Folders whose node_modules are searched for the font packages (default: this package, then cwd). */
  searchFrom?: string[];
  /** Windows folder (default %WINDIR% or C:\Windows). */
  windowsDir?: string;
  /** Look at system font folders (default true); false to use only the packages and the caller's fonts. */
  system?: boolean;
  /** Where to look for a role, best first (default `fontPlaces`): e.g. to add an office's own font folder. */
  places?: (role: FontRole, script: 'hans' | 'hant') => FontPlace[];
  /** Told when a Traditional briefing has to be set in a Simplified-shaped face, and in which. */
  onWarning?: (message: string) => void;
}

/** A file's identity without hashing its 10–20 MB: path, size and modification time. */
function fileIdentity(path: string, data: Uint8Array): string {
  let mtime = 0;
  try {
    mtime = statSync(path).mtimeMs;
  } catch {
    // read a moment ago; a failed stat only makes the identity coarser
  }
  return `${path}:${data.byteLength}:${mtime}`;
}

function packageFile(place: Extract<FontPlace, { kind: 'package' }>, searchFrom: string[]): string | null {
  for (const from of searchFrom) {
    try {
      // The packages' own entry points import React Native code; resolve their package.json instead.
      const manifest = createRequire(join(from, 'noop.js')).resolve(`${place.name}/package.json`);
      return join(dirname(manifest), place.file);
    } catch {
      // Not installed there: try the next folder.
    }
  }
  return null;
}

/**
 * Finds a font for every role: the caller's fonts first, then the Noto font packages, then system fonts.
 * Roles other than `body` fall back to the body font. FONT_NOT_FOUND (listing every place tried) when not
 * even a body font is found.
 */
export function resolveFonts(options: ResolveFontsOptions = {}): PdfFonts {
  const script = options.script ?? 'hans';
  const tried: string[] = [];
  const simplified: string[] = [];
  const wanting = new Set<string>();
  const find = (role: FontRole): FontFile | undefined => {
    const given = options.fonts?.[role];
    if (given) return given;
    for (const { place, path } of placesOf(role, script, options)) {
      const label =
        place.kind === 'package'
          ? `${place.name}/${place.file}`
          : `${place.path}${place.postscriptName ? `#${place.postscriptName}` : ''}`;
      const data = path ? readOnce(path) : null;
      tried.push(`${role}: ${label}${path ? '' : ' (package not installed)'}`);
      if (data && path) {
        const id = fileIdentity(path, data);
        if (script === 'hant' && place.shapes !== 'tc') {
          simplified.push(`${role} (${label})`);
          wanting.add(traditionalPackage(role));
        }
        return place.kind === 'system' && place.postscriptName
          ? { data, origin: path, id, postscriptName: place.postscriptName }
          : { data, origin: path, id };
      }
    }
    return undefined;
  };
  const body = find('body');
  if (!body) {
    throw new JianbaoError(
      'FONT_NOT_FOUND',
      `No Chinese body font found. Install @expo-google-fonts/noto-serif-sc and @expo-google-fonts/noto-sans-sc, or fonts-noto-cjk, or pass options.fonts. Tried: ${tried.join('; ')}`,
      { where: 'fonts.body', tried },
    );
  }
  const fonts: PdfFonts = { body };
  for (const role of FONT_ROLES) {
    if (role === 'body') continue;
    const found = find(role);
    if (found) fonts[role] = found;
  }
  if (options.fonts?.fallbacks) fonts.fallbacks = options.fonts.fallbacks;
  if (simplified.length > 0) {
    options.onWarning?.(
      `No Traditional-shaped face found for ${simplified.join(', ')}: the Traditional briefing is set in Simplified shapes there (install ${[...wanting].join(' and ')}, or pass --font)`,
    );
  }
  return fonts;
}

/** Where `resolveFonts` looks for `role`'s font, best first, each with its file when there is one to read. */
function placesOf(
  role: FontRole,
  script: 'hans' | 'hant',
  options: ResolveFontsOptions,
): Array<{ place: FontPlace; path: string | null }> {
  const searchFrom = options.searchFrom ?? [dirname(moduleFile()), process.cwd()];
  const env = { windowsDir: options.windowsDir ?? process.env.WINDIR ?? 'C:\\Windows' };
  const places = options.places ?? ((r: FontRole, s: 'hans' | 'hant') => fontPlaces(r, s, env));
  return places(role, script)
    .filter((place) => !(place.kind === 'system' && options.system === false))
    .map((place) => ({
      place,
      path: place.kind === 'package' ? packageFile(place, searchFrom) : place.path,
    }));
}

export interface PrefetchFontsOptions extends Omit<ResolveFontsOptions, 'onWarning'> {
  /** The scripts the document may be in (default: `script`, else `hans`). */
  scripts?: ReadonlyArray<'hans' | 'hant'>;
  /** The roles to read ahead (default: every role `fonts` does not give). */
  roles?: readonly FontRole[];
}

/**
 * Starts reading, in the background, the font files `resolveFonts` will pick with these options (for each script
 * given): the first file found for each role. A caller that has other work first (the CLI reads and extracts its
 * inputs) calls it early, and the later render finds the 10–20 MB files read. It changes nothing about which fonts
 * are used.
 */
export function prefetchFonts(options: PrefetchFontsOptions = {}): void {
  const scripts = options.scripts ?? [options.script ?? 'hans'];
  const roles = options.roles ?? FONT_ROLES.filter((role) => !options.fonts?.[role]);
  for (const script of scripts)
    for (const role of roles) {
      const found = placesOf(role, script, options).find(({ path }) => path !== null && existsSync(path));
      if (found?.path) readAhead(found.path);
    }
}

function moduleFile(): string {
  // tsup shims import.meta.url in the CommonJS build.
  return fileURLToPath(import.meta.url);
}
