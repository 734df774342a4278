// The briefing's fonts are @jianbao/fonts' subsets (bundled as the app's own assets: no CDN), fetched only when
// a PDF is made, only the roles the document uses, and kept in the Cache API so a PDF can be made offline later.

import type { BriefingDocument } from '@jianbao/core';
import { JianbaoError } from '@jianbao/core';
import { type FaceRole, face, faceUrl } from '@jianbao/fonts';

export interface FontFile {
  data: Uint8Array;
  origin: string;
}

/** The briefing's faces by role, in the shape @jianbao/pdf's `fonts` option takes (a role left out uses body). */
export type BriefingFonts = { body: FontFile } & Partial<Record<FaceRole, FontFile>>;

/** Where the fonts are kept between visits; a new name when the subsets change. */
const CACHE = 'jianbao-fonts-v1';

/**
 * The roles a document is set in: body, title and 黑体 (headings, table headers, emphasis) always; the chart
 * face only when the document has a chart (the official style has none).
 */
export function rolesFor(doc: BriefingDocument): FaceRole[] {
  const roles: FaceRole[] = ['body', 'title', 'heading1'];
  if (doc.children.some((node) => node.type === 'chart')) roles.push('chart');
  return roles;
}

export type FontProgress = (loadedBytes: number, totalBytes: number | null) => void;

const loaded = new Map<FaceRole, Promise<FontFile>>();

/**
 * The fonts of these roles, each fetched once per worker (later calls share the first fetch), bytes reported as
 * they arrive. A failed fetch is forgotten, so the next call tries again.
 */
export async function loadFonts(
  roles: readonly FaceRole[],
  onProgress?: FontProgress,
): Promise<BriefingFonts> {
  const received = new Map<FaceRole, number>();
  const sizes = new Map<FaceRole, number | null>();
  const report = () => {
    let done = 0;
    for (const bytes of received.values()) done += bytes;
    let total: number | null = sizes.size === roles.length ? 0 : null;
    for (const size of sizes.values()) total = total === null || size === null ? null : total + size;
    onProgress?.(done, total);
  };
  const files = await Promise.all(
    roles.map(async (role) => {
      let file = loaded.get(role);
      if (!file) {
        file = fetchFace(role, (bytes, total) => {
          received.set(role, bytes);
          sizes.set(role, total);
          report();
        });
        loaded.set(role, file);
        file.catch(() => loaded.delete(role));
      }
      const font = await file;
      received.set(role, font.data.byteLength);
      sizes.set(role, font.data.byteLength);
      report();
      return [role, font] as const;
    }),
  );
  const fonts = Object.fromEntries(files) as Partial<Record<FaceRole, FontFile>>;
  if (!fonts.body) throw new Error('loadFonts: the body role is required');
  return { ...fonts, body: fonts.body };
}

async function fetchFace(
  role: FaceRole,
  onBytes: (bytes: number, total: number | null) => void,
): Promise<FontFile> {
  const url = faceUrl(role).href;
  const name = face(role).file;
  const cache = typeof caches === 'undefined' ? null : await caches.open(CACHE).catch(() => null);
  const cached = await cache?.match(url).catch(() => undefined);
  if (cached) return { data: new Uint8Array(await cached.arrayBuffer()), origin: name };
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new JianbaoError(
      'FONT_NOT_FOUND',
      `could not fetch font ${name}: ${(error as Error).message}`,
      { where: url },
      { cause: error },
    );
  }
  if (!response.ok || !response.body) {
    throw new JianbaoError('FONT_NOT_FOUND', `could not fetch font ${name}: HTTP ${response.status}`, {
      where: url,
    });
  }
  const data = await readAll(response, onBytes);
  // Kept for offline use; a full or refused cache only means the font is fetched again next time.
  await cache
    ?.put(url, new Response(data as Uint8Array<ArrayBuffer>, { headers: { 'content-type': 'font/ttf' } }))
    .catch(() => undefined);
  return { data, origin: name };
}

async function readAll(
  response: Response,
  onBytes: (bytes: number, total: number | null) => void,
): Promise<Uint8Array> {
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onBytes(received, total);
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
