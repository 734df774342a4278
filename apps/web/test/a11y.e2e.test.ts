import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, hasBrowser, SKIP_REASON, startHarness } from './harness';

const require = createRequire(import.meta.url);
const DATA = fileURLToPath(new URL('../../demo/data/', import.meta.url));
/** Set JIANBAO_UPDATE_SCREENSHOT=1 to refresh the screenshots in docs/images from this run. */
const IMAGES = fileURLToPath(new URL('../../../docs/images/', import.meta.url));

if (!hasBrowser) console.warn(`apps/web accessibility test skipped: ${SKIP_REASON}`);

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

describe.skipIf(!hasBrowser)(
  hasBrowser
    ? 'keyboard, screen reader, small screens'
    : `keyboard, screen reader, small screens — SKIPPED: ${SKIP_REASON}`,
  () => {
    let harness: Harness;
    beforeAll(async () => {
      harness = await startHarness();
    }, 240_000);
    afterAll(async () => harness?.close());

    /** The page with the 13 reports and a second 南京 and 无锡 (the duplicate notice shows) and one bad file. */
    async function open(width: number): Promise<Page> {
      const context = await harness.browser.newContext({ locale: 'zh-CN', viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(harness.server.url);
      await page.locator('#folder-input').setInputFiles(join(DATA, 'jiangsu'));
      await page.locator('.chips .chip[data-city]').first().waitFor();
      await page.locator('#file-input').setInputFiles([
        {
          name: 'nanjing.json',
          mimeType: 'application/json',
          buffer: await readFile(join(DATA, 'jiangsu-structured', 'nanjing.json')),
        },
        {
          name: 'broken.xlsx',
          mimeType: 'application/octet-stream',
          buffer: Buffer.from('PK\u0003\u0004broken'),
        },
      ]);
      await page.locator('#duplicate-warning').waitFor();
      await page.locator('#error-panel .error-panel__item').waitFor();
      await page.locator('#figures-table tbody tr').nth(2).click();
      return page;
    }

    async function axe(page: Page): Promise<Violation[]> {
      await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
      return page.evaluate(async () => {
        const run = (
          window as unknown as {
            axe: { run: (context: Document, options: unknown) => Promise<{ violations: Violation[] }> };
          }
        ).axe.run;
        const result = await run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        });
        return result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })),
        }));
      });
    }

    for (const width of [1280, 375]) {
      it(`at ${width} px: no serious or critical axe-core violation, nothing wider than the screen`, async () => {
        const page = await open(width);
        const violations = await axe(page);
        const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(serious, JSON.stringify(serious, null, 1)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        // The results heading stays on one line (at 375 px it once broke one character per line).
        const heading = await page.locator('#results-title').boundingBox();
        expect(heading?.height ?? 0).toBeLessThan(40);
        if (process.env.JIANBAO_UPDATE_SCREENSHOT === '1') {
          await mkdir(IMAGES, { recursive: true });
          // The first screen, then (on a phone) the review part: what a person sees, not one long strip.
          await page.evaluate(() => window.scrollTo(0, 0));
          await writeFile(
            join(IMAGES, `web-${width}.png`),
            await page.screenshot({ animations: 'disabled' }),
          );
          if (width < 600) {
            await page.locator('#results-title').evaluate((node) => node.scrollIntoView());
            await writeFile(
              join(IMAGES, `web-${width}-review.png`),
              await page.screenshot({ animations: 'disabled' }),
            );
          }
        }
        await page.context().close();
      });
    }

    it('is usable from the keyboard: the file picker is in the tab order, the table is one tab stop with arrow keys', async () => {
      const page = await open(1280);
      await page.locator('#source-text').focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('choose-files');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('choose-folder');
      expect(await page.locator('#figures-table tbody tr[tabindex="0"]').count()).toBe(1);
      await page.locator('#figures-table tbody tr[tabindex="0"]').focus();
      const first = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.index);
      await page.keyboard.press('ArrowDown');
      const second = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.index);
      expect(Number(second)).toBe(Number(first) + 1);
      expect(await page.locator('#figures-table tbody tr[tabindex="0"]').getAttribute('data-index')).toBe(
        second,
      );
      // Tab leaves the table (one stop), into the figure's correction form below it… or past it.
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('label');
      await page.context().close();
    });
  },
);
