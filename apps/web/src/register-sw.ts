let ready: Promise<void> = Promise.resolve();

/**
 * Registers the service worker (sw.ts) that lets the page reload and work offline after a first use. Only in a
 * production build (the dev server's modules are not hashed) and on a secure origin (https, or localhost): a
 * browser offers no service worker on a plain-http intranet host, and the page then simply works online.
 */
export function registerServiceWorker(): void {
  // MODE, not PROD: a build made under the test runner (NODE_ENV=test) is still a production build.
  if (import.meta.env.MODE !== 'production' || !window.isSecureContext || !('serviceWorker' in navigator))
    return;
  const container = navigator.serviceWorker;
  // A refused registration (a private window, a policy) only means no offline use: the page works as before.
  const registering = container.register('./sw.js');
  ready = new Promise((resolve) => {
    if (container.controller) return resolve();
    container.addEventListener('controllerchange', () => resolve(), { once: true });
    // Already installed but not serving this load (a forced reload): there is nothing to wait for.
    registering.then((registration) => {
      if (!registration.installing && !registration.waiting) resolve();
    }, resolve);
    // An install that hangs never holds the page up for long.
    setTimeout(resolve, 3000);
  });
}

/**
 * Resolves once the service worker serves the page (or there is none, or it is slow): the page's workers are
 * started after it, so that their scripts pass through it and are kept for offline use.
 */
export function serviceWorkerReady(): Promise<void> {
  return ready;
}
