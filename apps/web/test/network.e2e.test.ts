import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, hasBrowser, SKIP_REASON, startHarness } from './harness';

const JIANGSU = fileURLToPath(new URL('../../demo/data/jiangsu/', import.meta.url));
const MB = 1_000_000;

if (!hasBrowser) console.warn(`apps/web network test skipped: ${SKIP_REASON}`);

describe.skipIf(!hasBrowser)(
  hasBrowser ? 'light on the network' : `light on the network — SKIPPED: ${SKIP_REASON}`,
  () => {
    let harness: Harness;
    beforeAll(async () => {
      harness = await startHarness();
    }, 240_000);
    afterAll(async () => harness?.close());

    async function open(): Promise<Page> {
      const context = await harness.browser.newContext({ locale: 'zh-CN', acceptDownloads: true });
      const page = await context.newPage();
      await page.goto(harness.server.url);
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
      return page;
    }

    async function download(page: Page, button: string): Promise<Buffer> {
      const [file] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
      return readFile(await file.path());
    }

    it('fetches at most 1.5 MB before the first Word file and 16 MB before the first PDF; fonts are kept', async () => {
      const from = harness.server.bytesSent();
      const page = await open();
      expect((await download(page, '#download-docx')).subarray(0, 2).toString()).toBe('PK');
      const beforeWord = harness.server.bytesSent() - from;
      expect(beforeWord).toBeLessThanOrEqual(1.5 * MB);
      expect(harness.server.requests.some((path) => path.endsWith('.ttf'))).toBe(false);

      expect((await download(page, '#download-pdf')).subarray(0, 5).toString()).toBe('%PDF-');
      const beforePdf = harness.server.bytesSent() - from;
      expect(beforePdf).toBeLessThanOrEqual(16 * MB);
      // Only the faces the document uses: no chart in the official style, so no chart face.
      const fonts = harness.server.requests.filter((path) => path.endsWith('.ttf'));
      expect(fonts).toHaveLength(3);
      expect(fonts.some((path) => path.includes('NotoSansSC-Regular'))).toBe(false);
      // The fonts are in the Cache API, for the next visit (and offline).
      const cached = await page.evaluate(
        async () => (await (await caches.open('jianbao-fonts-v1')).keys()).length,
      );
      expect(cached).toBe(3);
      console.log(`bytes before the first Word file: ${beforeWord}; before the first PDF: ${beforePdf}`);
      await page.context().close();
    });

    it('offline before the fonts came: a Chinese message and 重试, never INTERNAL; the Word file still works', async () => {
      const page = await open();
      await download(page, '#download-docx');
      await page.context().setOffline(true);
      await page.click('#download-pdf');
      const item = page.locator('#error-panel .error-panel__item');
      await item.waitFor();
      expect(['NETWORK', 'FONT_NOT_FOUND']).toContain(await item.getAttribute('data-code'));
      expect(await item.locator('.error-panel__message').textContent()).toContain('网络');
      // A Word file needs no font: it is still made offline.
      expect((await download(page, '#download-docx')).subarray(0, 2).toString()).toBe('PK');
      // Still offline, the PDF again fails; back online, its 重试 makes it.
      await page.click('#download-pdf');
      const retry = page.locator('#error-panel .error-panel__retry');
      await retry.waitFor();
      await page.context().setOffline(false);
      const [file] = await Promise.all([page.waitForEvent('download'), retry.click()]);
      expect((await readFile(await file.path())).subarray(0, 5).toString()).toBe('%PDF-');
      expect(await page.locator('#error-panel').isHidden()).toBe(true);
      await page.context().close();
    });
  },
);
