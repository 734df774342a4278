/**
 * Registers the service worker (sw.ts) that lets the page reload and work offline after a first use. Only in a
 * production build (the dev server's modules are not hashed) and on a secure origin (https, or localhost): a
 * browser offers no service worker on a plain-http intranet host, and the page then simply works online.
 */
export function registerServiceWorker(): void {
  // MODE, not PROD: a build made under the test runner (NODE_ENV=test) is still a production build.
  if (import.meta.env.MODE !== 'production' || !window.isSecureContext || !('serviceWorker' in navigator))
    return;
  // A refused registration (a private window, a policy) only means no offline use: the page works as before.
  navigator.serviceWorker.register('./sw.js').catch(() => undefined);
}
