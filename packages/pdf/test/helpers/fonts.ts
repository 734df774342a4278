import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface EmbeddedFont {
  name: string;
  subset: boolean;
  embedded: boolean;
}

/** The fonts a PDF uses, from `pdffonts` (poppler) when installed, else from the font dictionaries. */
export function pdfFonts(pdf: Uint8Array): { fonts: EmbeddedFont[]; via: 'pdffonts' | 'dictionaries' } {
  try {
    const dir = mkdtempSync(join(tmpdir(), 'jianbao-pdf-'));
    const file = join(dir, 'out.pdf');
    writeFileSync(file, pdf);
    const out = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    const fonts = out
      .split('\n')
      .slice(2)
      .filter((line) => line.trim())
      .map((line) => {
        const cols = line.trim().split(/\s+/);
        // name type… encoding emb sub uni object ID: emb/sub/uni are the 5th–3rd from the end.
        const [emb, sub] = cols.slice(-5, -3);
        const name = cols[0] ?? '';
        return { name, subset: sub === 'yes', embedded: emb === 'yes' };
      });
    return { fonts, via: 'pdffonts' };
  } catch {
    const text = new TextDecoder('latin1').decode(pdf);
    const names = [...text.matchAll(/\/BaseFont\s*\/([A-Za-z0-9+_-]+)/g)].map((m) => m[1] ?? '');
    const embedded = /\/FontFile[23]?\s/.test(text);
    const fonts = [...new Set(names)].map((name) => ({ name, subset: /^[A-Z]{6}\+/.test(name), embedded }));
    return { fonts, via: 'dictionaries' };
  }
}
