import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, hasBrowser, SKIP_REASON, startHarness } from './harness';

const DATA = fileURLToPath(new URL('../../demo/data/', import.meta.url));
const JIANGSU = join(DATA, 'jiangsu');
const STRUCTURED = join(DATA, 'jiangsu-structured');

if (!hasBrowser) console.warn(`apps/web review test skipped: ${SKIP_REASON}`);

describe.skipIf(!hasBrowser)(
  hasBrowser ? 'review in the page' : `review in the page — SKIPPED: ${SKIP_REASON}`,
  () => {
    let harness: Harness;
    beforeAll(async () => {
      harness = await startHarness();
    }, 240_000);
    afterAll(async () => harness?.close());

    async function open(): Promise<Page> {
      const context = await harness.browser.newContext({ locale: 'zh-CN' });
      const page = await context.newPage();
      await page.goto(harness.server.url);
      return page;
    }

    /** Each row of the province's sums: what is counted, the sum, how many cities. */
    async function totals(page: Page): Promise<string[]> {
      await page.locator('#totals-table tbody tr').first().waitFor();
      return page
        .locator('#totals-table tbody tr')
        .evaluateAll((rows) =>
          rows.map((row) =>
            Array.from((row as HTMLTableRowElement).cells, (cell) => cell.textContent).join(' '),
          ),
        );
    }

    it('merges a city given twice with a warning: the sums are the single-copy sums, README is not a city', async () => {
      // The thirteen reports once, as a folder (its README.md included), the way an office selects it.
      const single = await open();
      await single.locator('#folder-input').setInputFiles(JIANGSU);
      const singleTotals = await totals(single);
      expect(await single.locator('.chips .chip[data-city]').count()).toBe(13);
      expect(await single.locator('#duplicate-warning').count()).toBe(0);
      // README.md is listed as left out, not read as a second 徐州.
      const skipped = single.locator('#file-list .file-list__skipped');
      expect(await skipped.locator('.file-list__name').allTextContents()).toEqual(['README.md']);
      expect(await skipped.textContent()).toContain('说明文件');

      // The same folder plus 南京 and 无锡 again, as structured records.
      const twice = await open();
      await twice.locator('#folder-input').setInputFiles(JIANGSU);
      await twice.locator('.chips .chip[data-city]').first().waitFor();
      const structured = (await readdir(STRUCTURED)).sort().map((name) => join(STRUCTURED, name));
      await twice.locator('#file-input').setInputFiles(structured);
      const warning = twice.locator('#duplicate-warning');
      await warning.waitFor();
      const text = (await warning.textContent()) ?? '';
      expect(text).toContain('南京');
      expect(text).toContain('无锡');
      expect(text).toContain('nanjing.json');
      expect(text).toContain('wuxi.csv');
      expect(await warning.isVisible()).toBe(true);
      const chips = await twice
        .locator('.chips .chip[data-city]')
        .evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.city));
      expect(chips).toHaveLength(13);
      expect(new Set(chips).size).toBe(13);
      await expect.poll(() => totals(twice)).toEqual(singleTotals);
      // 无锡's 8300余 deputies once, not twice: the repeated copy is marked in the figure table.
      expect(await twice.locator('#figures-table tbody tr .tag--repeated').count()).toBeGreaterThan(0);
      await single.context().close();
      await twice.context().close();
    });
  },
);
