import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { ARTICLE, ARTICLE_HANS, SEED_NOTE, seedArticle } from '../../test/seed-article.js';
import { isJianbaoError } from '../errors.js';
import { convertScript } from '../script/convert.js';
import { splitSections } from '../split/split.js';
import { decodeBytes } from './decode.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: (number[] | Uint8Array)[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const SAMPLE = '連雲港市人大常委會舉辦講壇80余場。\n（沙莎）';

describe('decodeBytes', () => {
  test('decodes UTF-8 with and without BOM, and UTF-16 LE/BE with BOM, removing the BOM', () => {
    expect(decodeBytes(utf8(SAMPLE))).toBe(SAMPLE);
    expect(decodeBytes(concat([0xef, 0xbb, 0xbf], utf8(SAMPLE)))).toBe(SAMPLE);
    expect(decodeBytes(iconv.encode(SAMPLE, 'utf-16le', { addBOM: true }))).toBe(SAMPLE);
    expect(decodeBytes(iconv.encode(SAMPLE, 'utf-16be', { addBOM: true }))).toBe(SAMPLE);
  });

  test('decodes GB18030 and GBK bytes', () => {
    const hans = '连云港市人大常委会举办讲坛80余场，接待选民1200人次。';
    expect(decodeBytes(iconv.encode(hans, 'gbk'))).toBe(hans);
    expect(decodeBytes(iconv.encode(SAMPLE, 'gb18030'))).toBe(SAMPLE);
  });

  test('decodes Big5 bytes, as a Windows set to Traditional Chinese saves text, and GBK Traditional text as GBK', () => {
    const hant = '臺中市議會舉辦座談會12場，收集建議340條。\n（記者 林）';
    expect(decodeBytes(iconv.encode(hant, 'cp950'))).toBe(hant);
    expect(decodeBytes(iconv.encode(SAMPLE, 'cp950'))).toBe(SAMPLE);
    // GBK holds Traditional characters too: bytes that read as GBK Chinese stay GBK.
    expect(decodeBytes(iconv.encode(hant, 'gbk'))).toBe(hant);
  });

  test('binary input is INPUT_ENCODING naming the byte offset', () => {
    const bytes = concat(utf8('南京'), [0x00, 0x01, 0x02, 0xff]);
    expect(() => decodeBytes(bytes, { origin: 'nanjing.txt' })).toThrow(
      expect.objectContaining({
        code: 'INPUT_ENCODING',
        message: expect.stringMatching(/^nanjing\.txt .* at byte offset 6$/),
        details: expect.objectContaining({
          where: 'nanjing.txt, byte offset 6',
          snippet: '97 e4 ba ac [00] 01 02 ff',
        }),
      }),
    );
  });

  test('a control character in valid UTF-8, with or without BOM, or in GB18030 is INPUT_ENCODING at its byte', () => {
    const offsetOf = (bytes: Uint8Array) => {
      try {
        decodeBytes(bytes);
      } catch (error) {
        return (error as { code: string; details: { offset: number } }).details.offset;
      }
      return null;
    };
    // 南京 is 6 bytes in UTF-8; the BOM adds 3.
    expect(offsetOf(concat(utf8('南京'), [0x07], utf8('市')))).toBe(6);
    expect(offsetOf(concat([0xef, 0xbb, 0xbf], utf8('南京'), [0x7f]))).toBe(9);
    expect(offsetOf(concat([0xef, 0xbb, 0xbf], utf8('南京'), [0xe4, 0x28]))).toBe(9);
    // 南京 is 4 bytes in GB18030 (c4 cf be a9), and so is 市人 (ca d0 c8 cb).
    expect(offsetOf(new Uint8Array([0xc4, 0xcf, 0xbe, 0xa9, 0x1b, 0xca, 0xd0, 0xc8, 0xcb]))).toBe(4);
    // Tab, line feed, vertical tab, form feed and carriage return are text.
    expect(decodeBytes(concat(utf8('南'), [0x09, 0x0a, 0x0b, 0x0c, 0x0d], utf8('京')))).toBe(
      '南\t\n\v\f\r京',
    );
  });

  test('bytes that are neither UTF-8 nor Chinese GB18030 are INPUT_ENCODING at the first bad byte', () => {
    // 0xC3 0x28 is an invalid UTF-8 sequence; as GB18030 it decodes to Latin-1 noise, not Chinese.
    const bytes = concat(utf8('abc'), [0xc3, 0x28, 0xa9, 0x41]);
    expect(() => decodeBytes(bytes)).toThrow(
      expect.objectContaining({ code: 'INPUT_ENCODING', details: expect.objectContaining({ offset: 3 }) }),
    );
  });

  test('a UTF-16 BOM with an odd byte count is INPUT_ENCODING', () => {
    expect(() => decodeBytes(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x42]))).toThrow(
      expect.objectContaining({ code: 'INPUT_ENCODING', details: expect.objectContaining({ offset: 4 }) }),
    );
  });

  test('over the size limit is INPUT_TOO_LARGE (default 20 MB, option maxBytes)', () => {
    expect(() => decodeBytes(utf8(SAMPLE), { maxBytes: 10, origin: 'a.txt' })).toThrow(
      expect.objectContaining({
        code: 'INPUT_TOO_LARGE',
        details: expect.objectContaining({ where: 'a.txt' }),
      }),
    );
    const big = new Uint8Array(20 * 1024 * 1024 + 1).fill(0x41);
    expect(() => decodeBytes(big)).toThrow(expect.objectContaining({ code: 'INPUT_TOO_LARGE' }));
  });

  test('any bytes either decode or throw a JianbaoError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        try {
          expect(typeof decodeBytes(bytes)).toBe('string');
        } catch (error) {
          expect(isJianbaoError(error)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe.skipIf(!seedArticle)(`decodeBytes on the example article ${SEED_NOTE}`, () => {
  const text = seedArticle as string;
  const sectionsOf = (decoded: string) => splitSections(decoded).map((s) => [s.city, s.source]);

  test('GB18030 bytes of it decode to the same text and split the same way', () => {
    const decoded = decodeBytes(iconv.encode(text, 'gb18030'));
    expect(decoded).toBe(text);
    expect(sectionsOf(decoded)).toEqual([[null, null], ...ARTICLE]);
  });

  test('so do Big5 bytes of it, as a Windows set to Traditional Chinese saves it', () => {
    // Big5 (code page 950) has no 礴 and no 〇: saving writes ? for them, as Windows does.
    const bytes = iconv.encode(text, 'cp950');
    const decoded = decodeBytes(bytes, { origin: 'jiangsu-big5.txt' });
    expect(decoded).toBe(iconv.decode(bytes, 'cp950'));
    expect(decoded.length).toBe(text.length);
    expect(sectionsOf(decoded)).toEqual([[null, null], ...ARTICLE]);
  });

  test('so do GB18030 bytes of a Simplified copy', async () => {
    const hans = await convertScript(text, 'hans');
    const decoded = decodeBytes(iconv.encode(hans, 'gb18030'), { origin: 'jiangsu-gb.txt' });
    expect(decoded).toBe(hans);
    expect(sectionsOf(decoded)).toEqual([[null, null], ...ARTICLE_HANS]);
  });
});
