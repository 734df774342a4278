import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, type Harness, hasBrowser, SKIP_REASON, startHarness } from './harness';

const JIANGSU = fileURLToPath(new URL('../../demo/data/jiangsu/', import.meta.url));

if (!hasBrowser) console.warn(`apps/web offline test skipped: ${SKIP_REASON}`);

describe.skipIf(!hasBrowser)(
  hasBrowser ? 'offline after first use' : `offline after first use — SKIPPED: ${SKIP_REASON}`,
  () => {
    let harness: Harness;
    beforeAll(async () => {
      harness = await startHarness();
    }, 240_000);
    afterAll(async () => harness?.close());

    async function addFiles(page: Page): Promise<void> {
      const files = ['01-nanjing.md', '02-wuxi.md', '03-xuzhou.md'];
      await page.locator('#file-input').setInputFiles(
        await Promise.all(
          files.map(async (name) => ({
            name,
            mimeType: 'text/markdown',
            buffer: await readFile(join(JIANGSU, name)),
          })),
        ),
      );
      await page.locator('.chips .chip[data-city]').first().waitFor();
    }

    async function download(page: Page, button: string): Promise<Buffer> {
      const [file] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
      return readFile(await file.path());
    }

    it('reloads with the network cut and makes a PDF and a Word file', async () => {
      const context = await harness.browser.newContext({ locale: 'zh-CN', acceptDownloads: true });
      const page = await context.newPage();
      await page.goto(harness.server.url);
      await addFiles(page);
      expect((await download(page, '#download-pdf')).subarray(0, 5).toString()).toBe('%PDF-');
      // The service worker serves the page from its first load on.
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

      // The browser's offline switch does not cover a service worker's own requests (its update check): the
      // server is cut off too, so that nothing can come from it.
      await context.setOffline(true);
      harness.server.setDown(true);
      await page.reload();
      await addFiles(page);
      expect((await download(page, '#download-pdf')).subarray(0, 5).toString()).toBe('%PDF-');
      expect((await download(page, '#download-docx')).subarray(0, 2).toString()).toBe('PK');
      expect(await page.locator('#error-panel').isHidden()).toBe(true);
      harness.server.setDown(false);
      await context.close();
    });

    it('on a plain-http intranet host (no service worker there) the page still works online', async () => {
      // A name other than localhost over http is not a secure context: the browser offers no service worker.
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP jianbao.intranet 127.0.0.1'],
      });
      try {
        const page = await browser.newPage({ acceptDownloads: true });
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        const asked = harness.server.requests.length;
        await page.goto(harness.server.url.replace('127.0.0.1', 'jianbao.intranet'));
        expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
        await addFiles(page);
        expect((await download(page, '#download-docx')).subarray(0, 2).toString()).toBe('PK');
        expect(harness.server.requests.slice(asked)).not.toContain('/sw.js');
        expect(errors).toEqual([]);
      } finally {
        await browser.close();
      }
    });
  },
);
