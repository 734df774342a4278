import type { DocxFonts } from '../fonts.js';
import { escapeXml } from './xml.js';

/**
 * `word/fontTable.xml` naming every face the styles use. Each face's `w:altName` is the next face of its chain
 * (仿宋_GB2312 → 仿宋 → FangSong), which is how Word records a substitute when the first is missing; docx writes an
 * empty table and cannot set `altName`, so the part is written here. Chinese faces carry the GB2312 charset (86).
 */
export function fontTableXml(fonts: DocxFonts): string {
  const entries = new Map<string, { altName: string | undefined; chinese: boolean }>();
  for (const role of ['body', 'title', 'heading1', 'heading2', 'footer', 'chart'] as const) {
    const chain = fonts[role];
    chain.forEach((name, index) => {
      if (!entries.has(name)) entries.set(name, { altName: chain[index + 1], chinese: true });
    });
  }
  if (!entries.has(fonts.latin)) entries.set(fonts.latin, { altName: undefined, chinese: false });
  const body = [...entries]
    .map(([name, { altName, chinese }]) =>
      [
        `<w:font w:name="${escapeXml(name)}">`,
        altName ? `<w:altName w:val="${escapeXml(altName)}"/>` : '',
        `<w:charset w:val="${chinese ? '86' : '00'}"/>`,
        `<w:family w:val="${chinese ? 'modern' : 'roman'}"/>`,
        `<w:pitch w:val="${chinese ? 'fixed' : 'variable'}"/>`,
        '</w:font>',
      ].join(''),
    )
    .join('');
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<w:fonts xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
    ' xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">',
    body,
    '</w:fonts>',
  ].join('');
}
