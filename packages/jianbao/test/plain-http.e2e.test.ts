import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `brief()` renders a PDF in a page that is not a secure context: served over plain http under a host name that is
 * not localhost (Chromium maps intranet.test to 127.0.0.1), as on an office intranet — no `crypto.subtle` there.
 * The page is the built `jianbao` bundled for the browser by esbuild; the font is fetched from the same server.
 */
const CHROMIUM = '/usr/bin/chromium';
const hasBrowser = existsSync(CHROMIUM);
if (!hasBrowser)
  console.warn(`plain-http PDF test skipped: ${CHROMIUM} not found (apt-get install chromium)`);

const here = dirname(fileURLToPath(import.meta.url));
const fontFile = join(
  dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-serif-sc/package.json')),
  '400Regular',
  'NotoSerifSC_400Regular.ttf',
);

const PAGE_SCRIPT = `
import { brief } from 'jianbao';
const out = document.getElementById('out');
try {
  const data = new Uint8Array(await (await fetch('/font.ttf')).arrayBuffer());
  const { pdf } = await brief(['## 南京\\n南京市人大常委会组织专题调研12次，举办人大代表讲坛3场。'], {
    formats: ['pdf'],
    compose: { date: '2024-01-15' },
    pdf: { fonts: { body: { data, origin: 'font.ttf' } } },
  });
  out.textContent = JSON.stringify({
    secure: window.isSecureContext,
    subtle: typeof crypto.subtle,
    head: String.fromCharCode(...pdf.subarray(0, 5)),
    bytes: pdf.length,
  });
} catch (error) {
  out.textContent = JSON.stringify({ error: String(error && error.code ? error.code + ' ' + error.message : error) });
}
`;

describe.skipIf(!hasBrowser)('a PDF from a plain-http page (not a secure context)', () => {
  let server: Server;
  let browser: Browser;
  let port = 0;

  beforeAll(async () => {
    const bundle = await build({
      stdin: { contents: PAGE_SCRIPT, resolveDir: join(here, '..'), loader: 'js', sourcefile: 'page.js' },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      write: false,
      logLevel: 'error',
    });
    const script = bundle.outputFiles[0]?.contents ?? new Uint8Array();
    const font = readFileSync(fontFile);
    server = createServer((request, response) => {
      const send = (type: string, body: Uint8Array | string) => {
        response.writeHead(200, { 'content-type': type });
        response.end(body);
      };
      if (request.url === '/app.js') send('text/javascript', script);
      else if (request.url === '/font.ttf') send('font/ttf', font);
      else
        send(
          'text/html; charset=utf-8',
          '<!doctype html><pre id="out"></pre><script type="module" src="/app.js"></script>',
        );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--host-resolver-rules=MAP intranet.test 127.0.0.1', '--no-sandbox'],
    });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('renders it there', async () => {
    const page = await browser.newPage();
    await page.goto(`http://intranet.test:${port}/`);
    // A string: this test is compiled without the DOM types; it runs in the page.
    await page.waitForFunction("document.getElementById('out').textContent !== ''", undefined, {
      timeout: 240_000,
    });
    const result = JSON.parse((await page.textContent('#out')) ?? '{}');
    expect(result).toMatchObject({ secure: false, subtle: 'undefined', head: '%PDF-' });
    expect(result.bytes).toBeGreaterThan(1000);
  }, 300_000);
});
