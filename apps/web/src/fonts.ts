// The fonts are the app's own assets (bundled by Vite from the @expo-google-fonts packages): no CDN, and
// once fetched they stay in memory, so rendering works offline after the page has loaded.

import sansRegularUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import sansBoldUrl from '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf?url';
import serifRegularUrl from '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf?url';
import serifBlackUrl from '@expo-google-fonts/noto-serif-sc/900Black/NotoSerifSC_900Black.ttf?url';
import { JianbaoError } from '@jianbao/core';

export interface FontFile {
  data: Uint8Array;
  origin: string;
}

/** The briefing's faces by role, in the shape @jianbao/pdf's `fonts` option takes. */
export interface BriefingFonts {
  /** 仿宋's stand-in: a regular serif. */
  body: FontFile;
  /** 小标宋's stand-in: a heavy serif. */
  title: FontFile;
  /** 黑体's stand-in: a bold sans. */
  heading1: FontFile;
  /** Chart labels: a regular sans. */
  chart: FontFile;
}

const FILES: Record<keyof BriefingFonts, { url: string; name: string }> = {
  body: { url: serifRegularUrl, name: 'NotoSerifSC_400Regular.ttf' },
  title: { url: serifBlackUrl, name: 'NotoSerifSC_900Black.ttf' },
  heading1: { url: sansBoldUrl, name: 'NotoSansSC_700Bold.ttf' },
  chart: { url: sansRegularUrl, name: 'NotoSansSC_400Regular.ttf' },
};

export type FontProgress = (loadedBytes: number, totalBytes: number | null) => void;

let loading: Promise<BriefingFonts> | null = null;
const listeners = new Set<FontProgress>();

/**
 * Fetches every font once per page (later calls share the first fetch) and reports bytes as they arrive.
 * A failed fetch is forgotten, so the next call tries again.
 */
export function loadFonts(onProgress?: FontProgress): Promise<BriefingFonts> {
  if (onProgress) listeners.add(onProgress);
  loading ??= fetchAll().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading.finally(() => {
    if (onProgress) listeners.delete(onProgress);
  });
}

async function fetchAll(): Promise<BriefingFonts> {
  const roles = Object.keys(FILES) as (keyof BriefingFonts)[];
  const loaded = new Map<string, number>();
  const totals = new Map<string, number | null>();
  const report = () => {
    const sum = (values: Iterable<number | null>) => {
      let total = 0;
      for (const value of values) {
        if (value === null) return null;
        total += value;
      }
      return total;
    };
    const done = sum(loaded.values()) ?? 0;
    const total = totals.size === roles.length ? sum(totals.values()) : null;
    for (const listener of listeners) listener(done, total);
  };
  const files = await Promise.all(
    roles.map(async (role) => {
      const { url, name } = FILES[role];
      const data = await fetchBytes(url, name, (bytes, total) => {
        loaded.set(role, bytes);
        totals.set(role, total);
        report();
      });
      return [role, { data, origin: name }] as const;
    }),
  );
  return Object.fromEntries(files) as unknown as BriefingFonts;
}

async function fetchBytes(
  url: string,
  name: string,
  onBytes: (bytes: number, total: number | null) => void,
): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new JianbaoError(
      'FONT_NOT_FOUND',
      `无法加载字体 ${name}：${(error as Error).message}`,
      { where: url },
      { cause: error },
    );
  }
  if (!response.ok || !response.body) {
    throw new JianbaoError('FONT_NOT_FOUND', `无法加载字体 ${name}：HTTP ${response.status}`, { where: url });
  }
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = response.body.getReader();
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
  onBytes(received, received);
  return bytes;
}
