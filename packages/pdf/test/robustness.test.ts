/**
 * Hostile input reaching the PDF renderer (issue 10): characters no font has fail with FONT_MISSING_GLYPHS
 * listing them (or are set in a fallback font that has them) — never drawn as boxes; and any input the core
 * pipeline turns into a briefing renders, or fails with a JianbaoError.
 */
import { readFileSync } from 'node:fs';
import { composeBriefing, convertScript, isJianbaoError } from '@jianbao/core';
import { describe, expect, it } from 'vitest';
import { anyText, fc } from '../../core/test/helpers/arbitraries.js';
import { acceptedDocument, runPipeline } from '../../core/test/helpers/pipeline.js';
import { type FontFile, loadFont } from '../src/index.js';
import { renderPdfNode, resolveFonts } from '../src/node.js';
import { readPdf } from './helpers/read-pdf.js';

const HOSTILE = ['👍', '🎉', '𠀀', '𠀁', '𪚥'];

/** The characters of `chars` that none of the fonts `renderPdfNode` would use has. */
async function lacking(chars: readonly string[]): Promise<string[]> {
  const fonts = resolveFonts({ script: 'hans' });
  const files = [
    fonts.body,
    fonts.title,
    fonts.heading1,
    fonts.heading2,
    fonts.chart,
    ...(fonts.fallbacks ?? []),
  ];
  const loaded = await Promise.all(
    files.filter((f): f is FontFile => f !== undefined).map((f) => loadFont(f)),
  );
  return chars.filter((c) => !loaded.some((font) => font.has(c)));
}

describe('emoji and rare CJK (Extension B) characters', () => {
  it('fail with FONT_MISSING_GLYPHS listing each one no font has, or render in a font that has it', async () => {
    const input = readFileSync(
      new URL('../../core/test/fixtures/hostile/emoji-rare-han.txt', import.meta.url),
    );
    const run = await runPipeline(new Uint8Array(input), { origin: 'emoji-rare-han.txt' });
    // The title is printed: the characters reach the page, not just the provenance.
    const doc = await composeBriefing(run.summary, {
      date: '2024-01-15',
      title: `无锡${HOSTILE.join('')}工作简报`,
    });
    const missing = await lacking(HOSTILE);
    const outcome = await renderPdfNode(doc).catch((error: unknown) => error);
    if (missing.length === 0) {
      if (!(outcome instanceof Uint8Array)) throw outcome;
      const text = (await readPdf(outcome)).pages.join('');
      for (const char of HOSTILE) expect(text).toContain(char);
      return;
    }
    expect(isJianbaoError(outcome) && outcome.code).toBe('FONT_MISSING_GLYPHS');
    if (!isJianbaoError(outcome)) return;
    expect([...(outcome.details.characters as string[])].sort()).toEqual([...missing].sort());
    for (const char of missing) {
      expect(outcome.message).toContain(`U+${char.codePointAt(0)?.toString(16).toUpperCase()}`);
    }
  });
});

describe('any input the pipeline accepts', () => {
  it('renders to a PDF, or fails with a JianbaoError (a few dozen cases: rendering is slow)', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const doc = await acceptedDocument(text, { origin: 'prop.txt' });
        if (doc === null) return;
        try {
          const pdf = await renderPdfNode(doc);
          expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
        } catch (error) {
          if (!isJianbaoError(error)) throw error;
          // Only characters no font has may stop a briefing from rendering: the input's own, as written or in the
          // script the briefing was converted to.
          expect(error.code).toBe('FONT_MISSING_GLYPHS');
          const forms = [
            ...text,
            ...(await convertScript(text, 'hans')),
            ...(await convertScript(text, 'hant')),
          ];
          for (const char of error.details.characters as string[]) expect(forms).toContain(char);
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe('a damaged font file (issue 18)', () => {
  it('a truncated TTF is FONT_NOT_FOUND naming it, not a TypeError at the first glyph lookup', async () => {
    const body = resolveFonts({ script: 'hans' }).body;
    const data = new Uint8Array(readFileSync(body.origin as string)).slice(0, 3000);
    await expect(loadFont({ data, origin: 'truncated.ttf' })).rejects.toMatchObject({
      code: 'FONT_NOT_FOUND',
      details: { where: 'truncated.ttf' },
    });
  });
});

describe('characters XML forbids, in the document (issue 18, fault 5)', () => {
  it('are left out of the PDF text: the briefing renders and reads back without them', async () => {
    const { exampleDocument } = await import('@jianbao/core');
    const doc = await exampleDocument();
    const bad = '\u0007\uFFFE\uFFFF\uD800';
    doc.meta.title = `示例${bad}简报`;
    const title = doc.children.find((node) => node.type === 'title');
    if (title?.type === 'title') title.text = `各地${bad}工作情况汇总`;
    const bytes = await renderPdfNode(doc);
    const pdf = await readPdf(bytes);
    expect(JSON.stringify(pdf)).toContain('各地工作情况汇总');
    expect(JSON.stringify(pdf)).not.toMatch(/\\u0007|\\ufffe|\\uffff|\\ud800/i);
  });
});
