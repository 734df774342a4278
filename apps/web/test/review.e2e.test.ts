import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract, figureText, readReview, readSourceAsync, reportsOf, summarize } from '@jianbao/core';
import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
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
      const context = await harness.browser.newContext({ locale: 'zh-CN', acceptDownloads: true });
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

    /** The sums as core (the CLI, the PDF) adds these files up, in the table's words. */
    async function coreTotals(paths: readonly string[]): Promise<string[]> {
      const reports = [];
      for (const path of paths) {
        const origin = path.slice(path.lastIndexOf('/') + 1);
        const source = await readSourceAsync(await readFile(path), { origin });
        reports.push(...reportsOf(source, extract(source, { origin }), { origin }));
      }
      return summarize(reports)
        .totals.filter((total) => total.cities.length > 0)
        .map((total) => `${total.name} ${figureText(total)} ${total.cities.length} 市`);
    }

    it('merges a city given twice with a warning: the sums are core’s (each fact once), README is not a city', async () => {
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
      // Core's rule, as the PDF and the CLI add up: a fact the second copy repeats is counted once, one it adds
      // is counted (a record gives participants its report does not: the sum differs from one copy's).
      const reports = (await readdir(JIANGSU))
        .filter((name) => name.endsWith('.md') && !/^readme/i.test(name))
        .sort()
        .map((name) => join(JIANGSU, name));
      expect(singleTotals).toEqual(await coreTotals(reports));
      const expected = await coreTotals([...reports, ...structured]);
      expect(expected).not.toEqual(singleTotals);
      await expect.poll(() => totals(twice)).toEqual(expected);
      // 无锡's 8300余 deputies once, not twice: the repeated copy is marked in the figure table.
      await expect
        .poll(() => twice.locator('#figures-table tbody tr .tag--repeated').count())
        .toBeGreaterThan(0);
      await single.context().close();
      await twice.context().close();
    });

    it('says what is wrong with a bad file in Chinese, keeps it until the file is removed, and briefs only without it', async () => {
      const page = await open();
      const good = ['01-nanjing.md', '02-wuxi.md', '03-xuzhou.md'].map((name) => join(JIANGSU, name));
      await page.locator('#file-input').setInputFiles([
        ...(await Promise.all(
          good.map(async (path) => ({
            name: path.slice(path.lastIndexOf('/') + 1),
            mimeType: 'text/markdown',
            buffer: await readFile(path),
          })),
        )),
        // Not text in any encoding the page knows: what a binary file renamed to .txt gives.
        {
          name: 'report.txt',
          mimeType: 'text/plain',
          buffer: Buffer.from([0x2e, 0x37, 0x0a, 0x25, 0xff, 0xff, 0xff, 0xff]),
        },
        // A zip that is not a workbook.
        {
          name: 'cities.xlsx',
          mimeType: 'application/octet-stream',
          buffer: Buffer.from('PK\u0003\u0004not a workbook'),
        },
      ]);
      const items = page.locator('#error-panel .error-panel__item');
      await expect.poll(() => items.count()).toBe(2);
      for (const [name, code] of [
        ['report.txt', 'INPUT_ENCODING'],
        ['cities.xlsx', 'INPUT_FORMAT'],
      ] as const) {
        const item = page.locator(`#error-panel .error-panel__item[data-origin="${name}"]`);
        const said = `${await item.locator('.error-panel__message').textContent()}${await item.locator('.error-panel__todo').textContent()}`;
        // What, which file and what to do, in Chinese; no code, bytes or English jargon in the sentences.
        expect(said).toContain(name);
        expect(said.replace(name, '')).not.toMatch(
          /[A-Z_]{5,}|byte|offset|sequence|invalid|neither|zip|\[ff\]/i,
        );
        expect(said).toMatch(/请/);
        // The code and the technical detail are there, behind 详情, closed.
        const details = item.locator('details.error-panel__details');
        expect(await details.getAttribute('open')).toBeNull();
        expect(await details.locator('summary').textContent()).toBe('详情');
        expect(await details.locator('.error-panel__code').isVisible()).toBe(false);
        expect(await details.locator('.error-panel__code').textContent()).toBe(code);
        await details.locator('summary').click();
        expect(await details.locator('.error-panel__code').isVisible()).toBe(true);
      }
      // Three good files are read; no briefing while two inputs have errors.
      await page.locator('.chips .chip[data-city]').first().waitFor();
      expect(await page.locator('.chips .chip[data-city]').count()).toBe(3);
      expect(await page.locator('#download-docx').isDisabled()).toBe(true);
      expect(await page.locator('#download-pdf').isDisabled()).toBe(true);

      // Sources are a sentence and its line, never character offsets.
      await page.locator('#figures-table tbody tr').first().click();
      expect(await page.locator('#quote .quote__meta').textContent()).toMatch(/第\d+行$/);
      expect(await page.locator('#results').textContent()).not.toMatch(/第\s*\d+\s*[–-]?\s*\d*\s*字/);

      // Removing a file removes its error; the other stays.
      await page.locator('#file-list button[aria-label="移除 report.txt"]').click();
      await expect.poll(() => items.count()).toBe(1);
      expect(await items.getAttribute('data-origin')).toBe('cities.xlsx');
      expect(await page.locator('#download-docx').isDisabled()).toBe(true);

      // Leaving the other out is an explicit choice; then the briefing is made, and the error is still listed.
      await items.locator('input.error-panel__exclude').check();
      await expect.poll(() => page.locator('#download-docx').isDisabled()).toBe(false);
      const [file] = await Promise.all([page.waitForEvent('download'), page.click('#download-docx')]);
      const { value: text } = await mammoth.extractRawText({ buffer: await readFile(await file.path()) });
      for (const city of ['南京', '无锡', '徐州']) expect(text).toContain(city);
      await page.locator('.progress__label', { hasText: '已生成' }).waitFor();
      expect(await items.count()).toBe(1);
      expect(await page.locator('#error-panel').isVisible()).toBe(true);
      await page.context().close();
    });

    it('a corrected figure changes the sums and the PDF', async () => {
      const page = await open();
      await page.locator('#folder-input').setInputFiles(JIANGSU);
      await page.locator('#options-form input[name="date"]').fill('2024-06-30');
      const lectures = page.locator('#totals-table tr[data-indicator="lectures|times|activity"]');
      expect(await lectures.locator('.cell-value').textContent()).toBe('逾901次');
      const before = await pdfText(page);
      expect(before).toContain('逾901次');

      // 苏州's 275 讲坛 read as 375: select the row, correct the value, leave the field.
      const row = page.locator('#figures-table tbody tr', { hasText: '275次' });
      expect(await row.locator('.cell-city').textContent()).toBe('苏州');
      await row.click();
      const value = page.locator('#figure-editor input[name="value"]');
      expect(await value.inputValue()).toBe('275');
      await value.fill('375');
      await value.press('Enter');
      await expect.poll(() => lectures.locator('.cell-value').textContent()).toBe('逾1001次');
      // The table's rows are drawn a batch at a time: polled.
      await expect
        .poll(() =>
          page.locator('#figures-table tbody tr', { hasText: '275次' }).locator('.tag--edited').count(),
        )
        .toBe(1);
      const after = await pdfText(page);
      expect(after).toContain('逾1001次');
      expect(after).not.toContain('逾901次');

      // Leaving it out takes it out of the sum (626 = 901 - 275).
      await page.locator('#figure-editor input[name="include"]').uncheck();
      await expect.poll(() => lectures.locator('.cell-value').textContent()).toBe('逾626次');
      await page.context().close();
    });

    it('downloads the reviewed extraction (the JSON jianbao brief reads) and loads it again, corrections kept', async () => {
      const page = await open();
      await page.locator('#file-input').setInputFiles(join(JIANGSU, '05-suzhou.md'));
      const row = page.locator('#figures-table tbody tr', { hasText: '275次' });
      await row.click();
      await page.locator('#figure-editor input[name="value"]').fill('375');
      await page.locator('#figure-editor input[name="value"]').press('Enter');
      await page.locator('#figures-table tbody tr .tag--edited').waitFor();
      const [file] = await Promise.all([page.waitForEvent('download'), page.click('#download-review')]);
      expect(file.suggestedFilename()).toBe('05-suzhou.review.json');
      const json = await readFile(await file.path());
      // Core reads it as the CLI does, the correction marked as a person's.
      const review = readReview(JSON.parse(json.toString('utf8')), { origin: '05-suzhou.review.json' });
      const corrected = review.extraction.sections
        .flatMap((section) => section.metrics)
        .find((m) => m.text === '275次');
      expect(corrected?.value).toBe(375);
      expect(corrected?.reviewed).toBe(true);
      expect(Object.keys(review.chosenSentences)).toEqual(['苏州']);

      const again = await open();
      await again
        .locator('#file-input')
        .setInputFiles({ name: '05-suzhou.review.json', mimeType: 'application/json', buffer: json });
      const reloaded = again.locator('#figures-table tbody tr', { hasText: '275次' });
      await reloaded.waitFor();
      expect(await reloaded.locator('.cell-value').textContent()).toContain('375');
      expect(
        await again
          .locator('#totals-table tr[data-indicator="lectures|times|activity"] .cell-value')
          .textContent(),
      ).toBe('375次');
      expect(await again.locator('#error-panel').isHidden()).toBe(true);
      await page.context().close();
      await again.context().close();
    });

    it('the sum a figure goes into (its indicator) is chosen in the table, and kept through the review JSON', async () => {
      const page = await open();
      await page.locator('#file-input').setInputFiles(join(JIANGSU, '05-suzhou.md'));
      const lectures = page.locator('#totals-table tr[data-indicator="lectures|times|activity"]');
      expect(await lectures.locator('.cell-value').textContent()).toBe('275次');
      // 苏州's 275 讲坛 counted as training instead: the sum it goes into follows.
      await page.locator('#figures-table tbody tr', { hasText: '275次' }).click();
      const indicator = page.locator('#figure-editor select[name="indicator"]');
      expect(await indicator.inputValue()).toBe('lectures|times|activity');
      expect(await indicator.locator('option:checked').textContent()).toBe('讲坛和宣讲（活动）');
      await indicator.selectOption('training|times|activity');
      const training = page.locator('#totals-table tr[data-indicator="training|times|activity"]');
      await expect.poll(() => training.count()).toBe(1);
      expect(await training.locator('td').first().textContent()).toBe('代表培训');
      expect(await training.locator('.cell-value').textContent()).toContain('275');
      expect(await lectures.count()).toBe(0);
      // The table's rows are drawn a batch at a time: polled.
      await expect
        .poll(() =>
          page.locator('#figures-table tbody tr', { hasText: '275次' }).locator('.tag--edited').count(),
        )
        .toBe(1);

      const [file] = await Promise.all([page.waitForEvent('download'), page.click('#download-review')]);
      const json = await readFile(await file.path());
      const review = readReview(JSON.parse(json.toString('utf8')), { origin: '05-suzhou.review.json' });
      const moved = review.extraction.sections
        .flatMap((section) => section.metrics)
        .find((m) => m.text === '275次');
      expect(moved?.indicator).toBe('training|times|activity');
      expect(moved?.reviewed).toBe(true);

      const again = await open();
      await again
        .locator('#file-input')
        .setInputFiles({ name: '05-suzhou.review.json', mimeType: 'application/json', buffer: json });
      const reloaded = again.locator('#totals-table tr[data-indicator="training|times|activity"]');
      await reloaded.waitFor();
      expect(await reloaded.locator('.cell-value').textContent()).toContain('275');
      expect(await again.locator('#totals-table tr[data-indicator="lectures|times|activity"]').count()).toBe(
        0,
      );
      await page.context().close();
      await again.context().close();
    });

    it('a figure counted each time handled (件次) is offered only sums that count the same way', async () => {
      const page = await open();
      await page.locator('#file-input').setInputFiles(join(JIANGSU, '04-changzhou.md'));
      await page.locator('#figures-table tbody tr', { hasText: '3132件次' }).click();
      const indicator = page.locator('#figure-editor select[name="indicator"]');
      expect(await indicator.inputValue()).toBe('opinions|item_times|output');
      const offered = await indicator
        .locator('option')
        .evaluateAll((nodes) => nodes.map((node) => (node as HTMLOptionElement).value));
      // Never the sum of items (件, 条): the 125条 of suggestions is another count.
      expect(offered.some((value) => value.split('|')[1] === 'items')).toBe(false);
      expect(offered).toContain('opinions|item_times|output');
      expect(offered.length).toBeGreaterThan(3);
      await page.context().close();
    });

    it('a sentence added to a city’s part in the preview appears in the PDF and the Word file', async () => {
      const page = await open();
      const files = ['01-nanjing.md', '02-wuxi.md', '03-xuzhou.md'].map((name) => join(JIANGSU, name));
      await page.locator('#file-input').setInputFiles(files);
      await page.locator('#options-form input[name="date"]').fill('2024-06-30');
      const nanjing = page.locator('#preview .preview__city[data-city="南京"]');
      await nanjing.locator('summary').click();
      // The first sentence the part does not quote whose words are plain Chinese (so they print as written).
      const candidates = await nanjing
        .locator('.preview__sentence[aria-pressed="false"]')
        .evaluateAll((nodes) => nodes.map((node) => (node.textContent ?? '').replace(/\s+/g, '')));
      const index = candidates.findIndex((text) => /^[\u4e00-\u9fff]{12}/.test(text));
      expect(index).toBeGreaterThanOrEqual(0);
      const probe = (candidates[index] ?? '').slice(0, 12);
      expect(await pdfText(page)).not.toContain(probe);

      await nanjing.locator('.preview__sentence[aria-pressed="false"]').nth(index).click();
      const again = page.locator('#preview .preview__city[data-city="南京"]');
      await expect.poll(() => again.locator('.preview__part').textContent()).toContain(probe);
      expect(await again.locator('.preview__sentence[aria-pressed="true"]', { hasText: probe }).count()).toBe(
        1,
      );

      expect(await pdfText(page)).toContain(probe);
      const [file] = await Promise.all([page.waitForEvent('download'), page.click('#download-docx')]);
      const { value } = await mammoth.extractRawText({ buffer: await readFile(await file.path()) });
      expect(value.replace(/\s+/g, '')).toContain(probe);
      await page.context().close();
    });

    it('renames a city, and merges two by giving one the other’s name', async () => {
      const page = await open();
      const files = ['01-nanjing.md', '02-wuxi.md', '03-xuzhou.md'].map((name) => join(JIANGSU, name));
      await page.locator('#file-input').setInputFiles(files);
      const name = page.locator('#preview .preview__city[data-city="徐州"] input[name="city"]');
      await name.fill('徐州市');
      await name.press('Enter');
      await page.locator('#preview .preview__city[data-city="徐州市"]').waitFor();
      const chips = () =>
        page
          .locator('.chips .chip[data-city]')
          .evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.city));
      expect(await chips()).toEqual(['南京', '无锡', '徐州市']);

      const wuxi = page.locator('#preview .preview__city[data-city="无锡"] input[name="city"]');
      await wuxi.fill('南京');
      await wuxi.press('Enter');
      await page.locator('#duplicate-warning').waitFor();
      expect(await chips()).toEqual(['南京', '徐州市']);
      expect(await page.locator('#duplicate-warning').textContent()).toContain('02-wuxi.md');
      await page.context().close();
    });
  },
);

/** The text of the PDF the page makes now (its download), whitespace removed. */
async function pdfText(page: Page): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click('#download-pdf')]);
  const pdf = await getDocument({ data: new Uint8Array(await readFile(await file.path())) }).promise;
  let text = '';
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    for (const item of content.items) if ('str' in item) text += item.str;
  }
  await pdf.destroy();
  return text.replace(/\s+/g, '');
}
