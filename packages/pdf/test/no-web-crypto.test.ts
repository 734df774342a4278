import { exampleDocument } from '@jianbao/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hashBytes } from '../src/fonts/font-cache.js';
import { renderPdf } from '../src/index.js';
import { resolveFonts } from '../src/node.js';
import { readPdf } from './helpers/read-pdf.js';

// A page served over plain http (an office intranet) is not a secure context: `crypto.subtle` is undefined.
describe('PDF rendering without Web Crypto', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('renders, with the same bytes twice, when crypto.subtle is undefined', async () => {
    const { body } = resolveFonts();
    vi.stubGlobal('crypto', { getRandomValues: globalThis.crypto.getRandomValues.bind(globalThis.crypto) });
    expect(globalThis.crypto.subtle).toBeUndefined();
    // Fresh arrays without an id: the cache must name the fonts by hashing their bytes.
    const render = async () =>
      renderPdf(await exampleDocument(), { fonts: { body: { data: body.data.slice(), origin: 'bytes' } } });
    const first = await render();
    const second = await render();
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    expect((await readPdf(first)).pages.join('')).toContain('各地工作情况汇总');
  });

  it('hashes bytes deterministically, telling apart a one-byte change and a different length', () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 31) & 0xff);
    const changed = bytes.slice();
    changed[2048] = (changed[2048] as number) ^ 1;
    expect(hashBytes(bytes)).toBe(hashBytes(bytes.slice()));
    expect(hashBytes(bytes)).toMatch(/^[0-9a-f]{16}$/);
    expect(hashBytes(changed)).not.toBe(hashBytes(bytes));
    expect(hashBytes(bytes.subarray(0, 4095))).not.toBe(hashBytes(bytes));
    expect(hashBytes(new Uint8Array(0))).not.toBe(hashBytes(new Uint8Array(1)));
  });
});
