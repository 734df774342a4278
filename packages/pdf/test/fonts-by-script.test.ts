import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPdfNode } from '../src/node.js';
import { pdfFonts } from './helpers/fonts.js';
import { fillerDocument, heading } from './helpers/layout-docs.js';

const NOTO_CJK = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';

describe.skipIf(!existsSync(NOTO_CJK))('fonts by script (fonts-noto-cjk installed)', () => {
  it('sets a Traditional briefing in the Traditional (TC) faces, a Simplified one in the SC faces', async () => {
    const doc = (script: 'hans' | 'hant') => {
      const built = fillerDocument(2, [heading('總體情況')]);
      built.meta.script = script;
      built.meta.language = script === 'hant' ? 'zh-TW' : 'zh-CN';
      return built;
    };
    const warnings: string[] = [];
    const hant = pdfFonts(await renderPdfNode(doc('hant'), { onWarning: (m) => warnings.push(m) }));
    const names = hant.fonts.map((font) => font.name).join(' ');
    expect(names).toMatch(/NotoSerifCJKtc/);
    expect(names).toMatch(/NotoSansCJKtc/);
    expect(names).not.toMatch(/NotoSerifSC/);
    // whatever had to stay Simplified-shaped is named in a warning, and only that
    for (const warning of warnings) expect(warning).not.toMatch(/\bbody\b/);
    const hans = pdfFonts(await renderPdfNode(doc('hans')));
    expect(hans.fonts.map((font) => font.name).join(' ')).not.toMatch(/CJKtc/);
  }, 60_000);
});
