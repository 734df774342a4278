import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BriefingDocument } from '@jianbao/core';
import { type Browser, chromium } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdfBytes } from '../src/briefing';
import type { BriefingFonts } from '../src/fonts';
import { type StaticServer, serveStatic } from './static-server';

const require = createRequire(import.meta.url);
const CHROMIUM = '/usr/bin/chromium';
const APP = fileURLToPath(new URL('..', import.meta.url));
/** 南通 and 扬州 × 代表建议(件), 培训代表(人次): made with exceljs, our own figures. */
const XLSX = fileURLToPath(
  new URL('../../../packages/core/test/fixtures/formats/two-cities.xlsx', import.meta.url),
);

const hasBrowser = existsSync(CHROMIUM);
if (!hasBrowser)
  console.warn(`apps/web input-format test skipped: ${CHROMIUM} not found (apt-get install chromium)`);

const HTML = `<!doctype html><html><head><meta charset="utf-8"><title>常州人大</title><script>var pv = 99999;</script></head>
<body><nav><a href="/">首页</a><a href="/n">新闻 访问量5000次</a></nav>
<div class="content"><h1>常州：代表联络站</h1><p>常州市各级人大代表在联络站接待群众3200余人次，收集意见建议870条。</p></div>
<footer>版权所有 累计访问2000000次</footer></body></html>`;

describe.skipIf(!hasBrowser)('the page reads .xlsx, .pdf and .html files in Chromium', () => {
  let work: string;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'jianbao-web-formats-'));
    const dist = join(work, 'dist');
    await build({
      root: APP,
      configFile: join(APP, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: dist, emptyOutDir: true },
    });
    server = await serveStatic(dist);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('shows the cities and figures of a workbook, a PDF and a saved web page dropped together', async () => {
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(server.url);
    const pdf = await renderPdfBytes(
      reportDocument('徐州：代表培训', ['徐州市全年举办代表培训班12期，培训代表900余人次。']),
      await nodeFonts(),
    );
    await page.locator('#file-input').setInputFiles([
      { name: 'two-cities.xlsx', mimeType: 'application/octet-stream', buffer: await readFile(XLSX) },
      { name: 'xuzhou.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) },
      { name: 'changzhou.html', mimeType: 'text/html', buffer: Buffer.from(HTML) },
    ]);
    await expect
      .poll(
        async () =>
          (await page.locator('.chips .chip[data-city]').allTextContents()).map((t) => t.replace(/\d+$/, '')),
        {
          timeout: 60_000,
        },
      )
      .toEqual(['南通', '扬州', '徐州', '常州']);
    const table = (await page.locator('#figures-table tbody').textContent()) ?? '';
    for (const figure of ['120', '520', '900', '3200', '870']) expect(table).toContain(figure);
    // The menu's, the footer's and the script's numbers are not the article's.
    for (const furniture of ['5000', '2000000', '99999']) expect(table).not.toContain(furniture);
    expect(await page.locator('#error-panel').isHidden()).toBe(true);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('an old .doc is an error in the page that says to save it as .docx', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.locator('#file-input').setInputFiles({
      name: 'old.doc',
      mimeType: 'application/msword',
      buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
    });
    const panel = page.locator('#error-panel');
    await panel.waitFor();
    expect(await panel.locator('.error-panel__code').textContent()).toBe('INPUT_NEEDS_CONVERSION');
    expect(await panel.textContent()).toMatch(/old\.doc.*\.docx/);
    await page.close();
  });
});

function reportDocument(title: string, lines: string[]): BriefingDocument {
  return {
    type: 'briefing',
    version: 2,
    meta: {
      title,
      subject: title,
      keywords: [],
      author: 'jianbao test',
      language: 'zh-CN',
      script: 'hans',
      style: 'official',
      date: '2024-01-15',
    },
    children: [
      { type: 'title', text: title, subtitle: null },
      ...lines.map((line) => ({
        type: 'paragraph' as const,
        children: [{ type: 'text' as const, value: line }],
        indent: true,
        align: 'justify' as const,
      })),
    ],
  } as BriefingDocument;
}

/** The font files the page bundles, read from node_modules. */
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
