import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeAsync } from '../src/analyze';
import { composeFromReports, renderDocxBytes, renderPdfBytes } from '../src/briefing';
import type { BriefingFonts } from '../src/fonts';
import { PASTED_ORIGIN } from '../src/inputs';
import { type StaticServer, serveStatic } from './static-server';

const require = createRequire(import.meta.url);

const CHROMIUM = '/usr/bin/chromium';
const APP = fileURLToPath(new URL('..', import.meta.url));
const SAMPLE = fileURLToPath(new URL('./fixtures/three-cities.txt', import.meta.url));
/** Set JIANBAO_UPDATE_SCREENSHOT=1 to refresh the README's screenshot from this run. */
const SCREENSHOT = fileURLToPath(new URL('../../../docs/images/web.png', import.meta.url));
/** The shared example article (test data only), beside the repository: absent from a fresh clone. */
const SEED = fileURLToPath(new URL('../../../../shared/seeds/000_25c6cbe3a67b6b86.txt', import.meta.url));
const hasSeed = existsSync(SEED);
const CITIES = ['南通', '扬州', '徐州'];
const TITLE = '三市人大学习实践活动情况';

const hasBrowser = existsSync(CHROMIUM);
const suite = hasBrowser
  ? 'browser demo in Chromium'
  : `browser demo in Chromium — SKIPPED: ${CHROMIUM} not found (apt-get install chromium to run it)`;

if (!hasBrowser)
  console.warn(`apps/web end-to-end test skipped: ${CHROMIUM} not found (apt-get install chromium)`);

describe.skipIf(!hasBrowser)(suite, () => {
  let work: string;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'jianbao-web-e2e-'));
    const dist = join(work, 'dist');
    await build({
      root: APP,
      configFile: join(APP, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: dist, emptyOutDir: true },
    });
    server = await serveStatic(dist);
    // launch() gives every run a fresh temporary profile; the flags keep Chromium's own traffic off the network.
    browser = await chromium.launch({
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
        // The page's own UI language (the date field's format follows it).
        '--lang=zh-CN',
      ],
    });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('reads a pasted 3-city article, shows each figure with its sentence, and makes a PDF and a DOCX offline', async () => {
    const context = await browser.newContext({
      acceptDownloads: true,
      viewport: { width: 1280, height: 780 },
      locale: 'zh-CN',
    });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    const foreign: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('request', (request) => {
      const url = request.url();
      if (/^https?:/.test(url) && !url.startsWith(server.url)) foreign.push(url);
    });

    await page.goto(server.url);
    await page.locator('#source-text').focus();
    // insertText delivers the text as one input event, as a paste does.
    await page.keyboard.insertText(await readFile(SAMPLE, 'utf8'));

    // The table: every city, and a figure whose source sentence is shown on hover and on click.
    await page.locator('#figures-table tbody tr').first().waitFor();
    const chips = await page.locator('.chips .chip[data-city]').allTextContents();
    expect(chips.map((text) => text.replace(/\d+$/, ''))).toEqual(CITIES);
    const row = page.locator('#figures-table tbody tr', { hasText: '1500' }).first();
    await expect.poll(() => row.getAttribute('title')).toBe('全年组织代表专题培训12期，参训代表1500余人次。');
    expect(await row.locator('.cell-city').textContent()).toBe('南通');
    await row.click();
    expect(await page.locator('#quote mark').textContent()).toContain('1500');

    const form = page.locator('#options-form');
    await form.locator('input[name="title"]').fill(TITLE);
    await form.locator('input[name="issue"]').fill('7');
    await form.locator('input[name="date"]').fill('2024-06-30');

    // After a first PDF (which fetches the fonts), the page needs no network: make the briefing offline.
    await download(page, '#download-pdf');
    expect(await page.locator('#font-status').getAttribute('data-state')).toBe('ready');
    await context.setOffline(true);

    const pdf = await download(page, '#download-pdf');
    expect(pdf.name).toBe('人大工作简报第7期.pdf');
    expect(new TextDecoder().decode(pdf.bytes.subarray(0, 5))).toBe('%PDF-');
    const pdfText = await pdfToText(pdf.bytes);
    for (const city of CITIES) expect(pdfText).toContain(city);
    expect(pdfText).toContain(TITLE);

    const docx = await download(page, '#download-docx');
    expect(docx.name).toBe('人大工作简报第7期.docx');
    const { value: docxText } = await mammoth.extractRawText({ buffer: Buffer.from(docx.bytes) });
    for (const city of CITIES) expect(docxText).toContain(city);
    expect(docxText).toContain(TITLE);

    // The page runs the same packages as Node: the same input and choices give the same DOCX bytes, and a
    // PDF with the same text (its deflate streams come from a different zlib in the browser).
    const { reports } = await analyzeAsync([
      { origin: PASTED_ORIGIN, content: await readFile(SAMPLE, 'utf8') },
    ]);
    const doc = await composeFromReports(reports, {
      name: '人大工作简报',
      issue: 7,
      title: TITLE,
      office: '省人大常委会办公厅',
      date: '2024-06-30',
      script: 'auto',
      style: 'official',
    });
    expect(Buffer.from(await renderDocxBytes(doc)).equals(Buffer.from(docx.bytes))).toBe(true);
    expect(await pdfToText(await renderPdfBytes(doc, await nodeFonts()))).toBe(pdfText);

    expect(await page.locator('#error-panel').isHidden()).toBe(true);
    expect(await page.locator('.progress__label').textContent()).toContain('已生成');
    expect(pageErrors).toEqual([]);
    expect(foreign).toEqual([]);

    await row.click();
    await page.locator('#source-text').evaluate((box) => box.scrollTo(0, 0));
    const shot = await page.screenshot({ type: 'png', animations: 'disabled' });
    if (process.env.JIANBAO_UPDATE_SCREENSHOT === '1') {
      await mkdir(join(SCREENSHOT, '..'), { recursive: true });
      await writeFile(SCREENSHOT, shot);
    }
    await context.close();
  });

  it.skipIf(!hasSeed)(
    hasSeed
      ? 'reads a dropped file: the 13-city Traditional-script article'
      : `reads a dropped file — SKIPPED: ${SEED} not found (the shared test data is not in a fresh clone)`,
    async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(server.url);
      const data = Array.from(await readFile(SEED));
      // What a drop delivers: a DataTransfer holding the file, dispatched on the drop zone.
      await page.evaluate(
        ({ bytes, name }) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([new Uint8Array(bytes)], name, { type: 'text/plain' }));
          const zone = document.getElementById('dropzone');
          for (const type of ['dragenter', 'dragover', 'drop']) {
            zone?.dispatchEvent(
              new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
            );
          }
        },
        { bytes: data, name: 'jiangsu.txt' },
      );
      await page.locator('#figures-table tbody tr').first().waitFor();
      expect(await page.locator('#file-list li .file-list__name').allTextContents()).toEqual(['jiangsu.txt']);
      const chips = page.locator('.chips .chip[data-city]');
      expect(await chips.count()).toBe(13);
      expect(await chips.first().getAttribute('data-city')).toBe('南京');
      // Yancheng's report gives dates but not one figure (checked by hand): the page says so, and shows it.
      const empty = page.locator('.chips .chip[data-city]', {
        has: page.locator('.chip__count', { hasText: /^0$/ }),
      });
      expect(await empty.count()).toBe(1);
      expect(await empty.getAttribute('data-city')).toMatch(/^[盐鹽]城$/);
      expect(await page.locator('#warnings').textContent()).toMatch(/[盐鹽]城：没有识别出数字/);
      expect(await page.locator('#error-panel').isHidden()).toBe(true);
      await context.close();
    },
  );

  it('names a file’s city from its name in the table, as the briefing does, when its words name none', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator('#file-input').setInputFiles([
      {
        name: '徐州市人大常委会.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('市人大常委会组织代表视察46次，收集意见建议812条。'),
      },
      {
        name: '无锡.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('常委会举办代表培训班12期，参训代表860人次。'),
      },
    ]);
    await page.locator('#figures-table tbody tr').first().waitFor();
    const row = page.locator('#figures-table tbody tr', { hasText: '812' }).first();
    expect(await row.locator('.cell-city').textContent()).toBe('徐州');
    const chips = await page.locator('.chips .chip[data-city]').allTextContents();
    expect(chips.map((text) => text.replace(/\d+$/, '')).sort()).toEqual(['徐州', '无锡'].sort());
    await context.close();
  });

  it('shows a bad file’s JianbaoError in the page, naming the file', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator('#file-input').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"city": "南通", "text": '),
    });
    const panel = page.locator('#error-panel');
    await panel.waitFor();
    expect(await panel.locator('.error-panel__code').textContent()).toMatch(/^INPUT_/);
    expect(await panel.textContent()).toContain('broken.json');
    await context.close();
  });
});

/** The same font files the page bundles, read from node_modules. */
async function nodeFonts(): Promise<BriefingFonts> {
  const file = async (specifier: string) => ({
    data: new Uint8Array(await readFile(require.resolve(specifier))),
    origin: specifier.slice(specifier.lastIndexOf('/') + 1),
  });
  return {
    body: await file('@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf'),
    title: await file('@expo-google-fonts/noto-serif-sc/900Black/NotoSerifSC_900Black.ttf'),
    heading1: await file('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
    chart: await file('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  };
}

async function download(page: Page, button: string): Promise<{ name: string; bytes: Uint8Array }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: new Uint8Array(await readFile(path)) };
}

/** All text of a PDF, with whitespace removed (pdfkit may split a line into several runs). */
async function pdfToText(bytes: Uint8Array): Promise<string> {
  // pdfjs takes ownership of (detaches) the buffer it is given: hand it a copy.
  const pdf = await getDocument({ data: bytes.slice() }).promise;
  let text = '';
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    for (const item of content.items) if ('str' in item) text += item.str;
  }
  await pdf.destroy();
  return text.replace(/\s+/g, '');
}
