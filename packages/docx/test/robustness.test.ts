/**
 * Hostile input reaching the Word renderer (issue 10): any briefing the core pipeline makes from any input
 * renders to a package whose XML parts hold only characters XML allows (Word refuses a file with a stray
 * control character), and reads back; emoji and rare CJK are kept (Word picks a font for them).
 */
import { readFileSync } from 'node:fs';
import { type BriefingDocument, composeBriefing, exampleDocument, readSourceAsync } from '@jianbao/core';
import { describe, expect, it } from 'vitest';
import { anyText, fc } from '../../core/test/helpers/arbitraries.js';
import { acceptedDocument, runPipeline } from '../../core/test/helpers/pipeline.js';
import { renderDocx } from '../src/index.js';
import { openDocx } from './read-docx.js';

/** The offset of the first character XML 1.0 forbids (C0 controls but tab and line ends, U+FFFE/FFFF, a lone
 * surrogate), or -1. */
function firstNonXml(xml: string): number {
  for (let i = 0; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return i;
    if (c === 0xfffe || c === 0xffff) return i;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = xml.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return i;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return i;
  }
  return -1;
}

async function expectWellFormedText(bytes: Uint8Array): Promise<void> {
  const docx = await openDocx(bytes);
  for (const path of docx.paths.filter((p) => p.endsWith('.xml') || p.endsWith('.rels'))) {
    const xml = await docx.part(path);
    const at = firstNonXml(xml);
    expect(at, `${path} holds U+${xml.codePointAt(at)?.toString(16)} at ${at}`).toBe(-1);
  }
}

describe('emoji and rare CJK (Extension B) characters', () => {
  it('are kept in the Word briefing', async () => {
    const input = readFileSync(
      new URL('../../core/test/fixtures/hostile/emoji-rare-han.txt', import.meta.url),
    );
    const run = await runPipeline(new Uint8Array(input), { origin: 'emoji-rare-han.txt' });
    const doc = await composeBriefing(run.summary, { date: '2024-01-15', title: '无锡👍🎉𠀀𠀁𪚥工作简报' });
    const bytes = await renderDocx(doc);
    await expectWellFormedText(bytes);
    expect((await readSourceAsync(bytes, { origin: 'out.docx' })).text).toContain('无锡👍🎉𠀀𠀁𪚥工作简报');
  });
});

describe('any input the pipeline accepts', () => {
  it('renders to a well-formed .docx that reads back, or fails with a JianbaoError', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const doc = await acceptedDocument(text, { origin: 'prop.txt' });
        if (doc === null) return;
        const bytes = await renderDocx(doc);
        await expectWellFormedText(bytes);
        // A long title is set on several lines (a line break between them): the words are all there, in order.
        expect((await readSourceAsync(bytes, { origin: 'out.docx' })).text.replace(/\n/g, '')).toContain(
          doc.meta.title,
        );
      }),
      { numRuns: 30 },
    );
  });
});

describe('characters XML forbids, in any string of the document (issue 18, fault 5)', () => {
  it('are left out of every part, so Word and LibreOffice open the file; the visible text stays', async () => {
    const bad = '\u0007\uFFFE\uFFFF\uD800\u0001';
    const doc = (await exampleDocument()) as unknown as {
      meta: { title: string; author: string; keywords: string[] };
      children: Array<Record<string, unknown>>;
    };
    doc.meta.title = `示例${bad}简报`;
    doc.meta.author = `示例${bad}办公室`;
    doc.meta.keywords = [`简${bad}报`];
    // Every text inline and every string field of every block, wherever it is.
    const poison = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(poison);
      if (value && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        for (const key of Object.keys(record)) {
          const item = record[key];
          if (typeof item === 'string' && /[\u4e00-\u9fff]/.test(item)) record[key] = `${item}${bad}`;
          else poison(item);
        }
      }
      return value;
    };
    poison(doc.children);
    const bytes = await renderDocx(doc as unknown as BriefingDocument);
    await expectWellFormedText(bytes);
    const core = await (await openDocx(bytes)).part('docProps/core.xml');
    expect(core).toContain('示例简报');
  });
});
