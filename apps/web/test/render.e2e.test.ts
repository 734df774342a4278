import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, hasBrowser, SKIP_REASON, startHarness } from './harness';

const JIANGSU = fileURLToPath(new URL('../../demo/data/jiangsu/', import.meta.url));

if (!hasBrowser) console.warn(`apps/web render test skipped: ${SKIP_REASON}`);

describe.skipIf(!hasBrowser)(
  hasBrowser ? 'rendering off the main thread' : `rendering off the main thread — SKIPPED: ${SKIP_REASON}`,
  () => {
    let harness: Harness;
    beforeAll(async () => {
      harness = await startHarness();
    }, 240_000);
    afterAll(async () => harness?.close());

    async function open(): Promise<Page> {
      const context = await harness.browser.newContext({ locale: 'zh-CN', acceptDownloads: true });
      // Every long task (> 50 ms) of the page's main thread, from the first script on.
      await context.addInitScript(() => {
        const tasks: { start: number; duration: number }[] = [];
        (window as unknown as { longTasks: typeof tasks }).longTasks = tasks;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries())
            tasks.push({ start: entry.startTime, duration: entry.duration });
        }).observe({ type: 'longtask', buffered: true });
        // What ran in a long frame, so that a failure says which script it was.
        type Frame = PerformanceEntry & { scripts: { invoker: string; duration: number }[] };
        const frames: unknown[] = [];
        (window as unknown as { longFrames: unknown[] }).longFrames = frames;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Frame[])
            frames.push({
              start: Math.round(entry.startTime),
              duration: Math.round(entry.duration),
              scripts: entry.scripts.map((script) => `${script.invoker} ${Math.round(script.duration)} ms`),
              longestScript: Math.max(0, ...entry.scripts.map((script) => script.duration)),
            });
        }).observe({ type: 'long-animation-frame', buffered: true });
      });
      const page = await context.newPage();
      await page.goto(harness.server.url);
      return page;
    }

    async function addFiles(page: Page): Promise<void> {
      await page.locator('#folder-input').setInputFiles(JIANGSU);
      await page.locator('.chips .chip[data-city]').first().waitFor();
      await page.locator('#options-form input[name="date"]').fill('2024-06-30');
    }

    it('reads the files in a worker (no page script over 100 ms) and renders the PDF (no main-thread task over 100 ms)', async () => {
      const page = await open();
      // The observer is live: a 200 ms task of our own is seen (else an empty list would prove nothing).
      const busyFrom = await page.evaluate(() => {
        const from = performance.now();
        // A task of the page's own event loop (a script run from the test is not one).
        setTimeout(() => {
          const start = performance.now();
          while (performance.now() - start < 200) {
            // busy
          }
        }, 0);
        return from;
      });
      const tasksSince = (from: number) =>
        page.evaluate(
          (since) =>
            (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks.filter(
              (task) => task.start + task.duration >= since,
            ),
          from,
        );
      await expect.poll(async () => (await tasksSince(busyFrom)).length).toBeGreaterThan(0);
      const now = () => page.evaluate(() => performance.now());
      type Frame = { start: number; duration: number; scripts: string[]; longestScript: number };
      const framesSince = (from: number) =>
        page.evaluate(
          (since) =>
            (window as unknown as { longFrames: Frame[] }).longFrames.filter((frame) => frame.start >= since),
          from,
        );
      // 13 reports read and extracted (hundreds of ms of work when it ran on the page): none of the page's own
      // scripts runs over 100 ms. (The first layout of the Chinese text they show is the browser's work, and on a
      // loaded machine takes longer: it is not counted here.)
      const adding = await now();
      await addFiles(page);
      const addingFrames = await framesSince(adding);
      expect(
        Math.max(0, ...addingFrames.map((frame) => frame.longestScript)),
        `long frames while adding files ${JSON.stringify(addingFrames)}`,
      ).toBeLessThanOrEqual(100);

      // The PDF laid out: no main-thread task over 100 ms at all.
      const started = await now();
      const [file] = await Promise.all([page.waitForEvent('download'), page.click('#download-pdf')]);
      const bytes = new Uint8Array(await readFile(await file.path()));
      const text = await pdfText(bytes);
      expect(text).toContain('南京');
      expect(text).toContain('宿迁');
      const tasks = await page.evaluate(
        (from) =>
          (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks.filter(
            (task) => task.start >= from,
          ),
        started,
      );
      const longest = Math.max(0, ...tasks.map((task) => task.duration));
      const frames = await framesSince(started);
      expect(
        longest,
        `long tasks ${JSON.stringify(tasks)}; long frames ${JSON.stringify(frames)}`,
      ).toBeLessThanOrEqual(100);
      await page.context().close();
    });

    it('cancels a render, and renders again after', async () => {
      const page = await open();
      await addFiles(page);
      await page.click('#download-pdf');
      await page.locator('#cancel-render').click();
      await page.locator('.progress__label', { hasText: '已取消' }).waitFor();
      expect(await page.locator('#cancel-render').isHidden()).toBe(true);
      expect(await page.locator('#error-panel').isHidden()).toBe(true);
      expect(await page.locator('#download-pdf').isDisabled()).toBe(false);
      const [file] = await Promise.all([page.waitForEvent('download'), page.click('#download-docx')]);
      expect((await readFile(await file.path())).subarray(0, 2).toString()).toBe('PK');
      await page.context().close();
    });
  },
);

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: bytes.slice() }).promise;
  let text = '';
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    for (const item of content.items) if ('str' in item) text += item.str;
  }
  await pdf.destroy();
  return text.replace(/\s+/g, '');
}
