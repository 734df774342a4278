import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { JianbaoError } from '@jianbao/core';
import type { FontFile, PdfFonts } from '@jianbao/pdf';

const require = createRequire(import.meta.url);

/** The free fonts bundled with the CLI (Noto, OFL), one per role of the official style. */
const BUNDLED: Record<'body' | 'title' | 'heading1' | 'chart', string> = {
  body: '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  title: '@expo-google-fonts/noto-serif-sc/900Black/NotoSerifSC_900Black.ttf',
  heading1: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  chart: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
};

const ROLES = ['body', 'title', 'heading1', 'heading2', 'chart'] as const;
type Role = (typeof ROLES)[number];

// Font files are 10–20 MB: read each once per process (or worker thread), so every briefing of a batch hands
// the PDF renderer the same bytes and its parsed-font cache hits.
const loaded = new Map<string, Promise<FontFile>>();

function loadFont(path: string, origin = path): Promise<FontFile> {
  const key = `${path}\n${origin}`;
  let font = loaded.get(key);
  if (!font) {
    font = readFont(path, origin);
    // A failed read is not cached: the next briefing reports it again rather than a stale rejection.
    font.catch(() => loaded.delete(key));
    loaded.set(key, font);
  }
  return font;
}

async function readFont(path: string, origin: string): Promise<FontFile> {
  try {
    return { data: new Uint8Array(await readFile(path)), origin };
  } catch (error) {
    throw new JianbaoError(
      'FONT_NOT_FOUND',
      `cannot read font file ${path}`,
      { where: path },
      { cause: error },
    );
  }
}

/**
 * `--font` values: `ROLE=PATH` sets one role (body, title, heading1, heading2, chart); a bare PATH sets the
 * body the first time and is a fallback after that. Roles not given keep the bundled Noto fonts.
 */
export async function loadFonts(specs: readonly string[]): Promise<PdfFonts> {
  const given: Partial<Record<Role, FontFile>> = {};
  const fallbacks: FontFile[] = [];
  for (const spec of specs) {
    const match = /^([a-z0-9]+)=(.+)$/.exec(spec);
    const role = match?.[1] as Role | undefined;
    if (match && role && (ROLES as readonly string[]).includes(role)) {
      given[role] = await loadFont(match[2] as string);
    } else if (!given.body) {
      given.body = await loadFont(spec);
    } else {
      fallbacks.push(await loadFont(spec));
    }
  }
  const bundled = async (role: keyof typeof BUNDLED) =>
    loadFont(require.resolve(BUNDLED[role]), BUNDLED[role]);
  const fonts: PdfFonts = {
    body: given.body ?? (await bundled('body')),
    title: given.title ?? (await bundled('title')),
    heading1: given.heading1 ?? (await bundled('heading1')),
    chart: given.chart ?? (await bundled('chart')),
  };
  if (given.heading2) fonts.heading2 = given.heading2;
  // A user's own body font may lack glyphs the bundled serif has: keep the bundled one as the last resort.
  if (given.body) fallbacks.push(await bundled('body'));
  if (fallbacks.length) fonts.fallbacks = fallbacks;
  return fonts;
}

export const FONT_HELP = `ROLE=PATH or PATH; roles: ${ROLES.join(', ')}`;
