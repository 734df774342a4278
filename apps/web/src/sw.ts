/// <reference lib="webworker" />
// The page's service worker: after a first use the page reloads and makes a PDF and a Word file with the
// network cut. Built as `sw.js` beside index.html (vite.config.ts writes the shell list into it); registered
// by register-sw.ts in production builds on secure origins only.

/**
 * What the page loaded before this worker existed (index.html, its entry script and style), written in by
 * the build. Everything else (the workers, the renderers, the fonts) is kept as it is first fetched, so a
 * visit never downloads what it does not use (a Word file never fetches the PDF engine nor a font).
 */
declare const __JIANBAO_SHELL__: string[];

const sw = self as unknown as ServiceWorkerGlobalScope;
const SHELL = __JIANBAO_SHELL__;
// The shell's file names carry content hashes: a new build is a new cache, and the old one is dropped.
const CACHE = `jianbao-app-${hash(SHELL.join('\n'))}`;
const PREFIX = 'jianbao-app-';
/** fonts.ts keeps the fetched fonts in its own cache; this worker serves them from it but does not copy them. */
const FONT = /\.ttf$/i;
const INDEX = new URL('./', sw.registration.scope).href;

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(
        SHELL.map(async (path) => {
          // index.html as the page was loaded (the folder's URL), so that it is found in the browser's cache.
          const url = path === 'index.html' ? INDEX : new URL(path, sw.registration.scope).href;
          // `force-cache`: the page has just loaded these; taken from the browser's cache, not downloaded twice.
          const response = await fetch(new Request(url, { cache: 'force-cache' }));
          if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
          await cache.put(url, response);
        }),
      ),
    ),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys())
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      // The page that registered this worker (and the workers it starts from now on) is served by it at once.
      await sw.clients.claim();
    })(),
  );
});

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== sw.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(page(request));
    return;
  }
  if (!url.href.startsWith(new URL('./assets/', sw.registration.scope).href)) return;
  event.respondWith(asset(event));
});

/** The page from the network (a new build shows at once), else as last kept. */
async function page(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(INDEX, response.clone());
    return response;
  } catch (error) {
    const kept = await cache.match(INDEX);
    if (kept) return kept;
    throw error;
  }
}

/** A hashed asset never changes: from any of the page's caches (fonts.ts's too), else fetched and kept. */
async function asset(event: FetchEvent): Promise<Response> {
  const { request } = event;
  const kept = await caches.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok && !FONT.test(new URL(request.url).pathname)) {
    const copy = response.clone();
    // Kept in the background: the page's request does not wait for the cache write.
    event.waitUntil(
      caches
        .open(CACHE)
        .then((cache) => cache.put(request, copy))
        .catch(() => undefined),
    );
  }
  return response;
}

/** A short, stable name for a list of file names (FNV-1a). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}
