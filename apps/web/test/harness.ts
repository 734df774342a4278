import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { build } from 'vite';
import { type StaticServer, serveStatic } from './static-server';

export const CHROMIUM = '/usr/bin/chromium';
export const hasBrowser = existsSync(CHROMIUM);
/** Why a browser test is skipped, for its title (and a line on stderr, so a skip is never silent). */
export const SKIP_REASON = `${CHROMIUM} not found (apt-get install chromium to run it)`;

const APP = fileURLToPath(new URL('..', import.meta.url));

export interface Harness {
  server: StaticServer;
  browser: Browser;
  close(): Promise<void>;
}

/** Builds the page with Vite, serves the build on localhost and starts headless Chromium. */
export async function startHarness(): Promise<Harness> {
  const work = await mkdtemp(join(tmpdir(), 'jianbao-web-e2e-'));
  const dist = join(work, 'dist');
  await build({
    root: APP,
    configFile: join(APP, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: dist, emptyOutDir: true },
  });
  const server = await serveStatic(dist);
  // launch() gives every run a fresh temporary profile; the flags keep Chromium's own traffic off the network.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=zh-CN',
    ],
  });
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
      await rm(work, { recursive: true, force: true });
    },
  };
}
