import { pageNumberText, type ResolvedTheme } from '@jianbao/core/document';
import { AlignmentType, Footer, PageNumber, Paragraph, TextRun } from 'docx';
import { twips } from './layout.js';
import { STYLE } from './styles.js';

/**
 * The page number as the theme prints it (`— 1 —`), as a live PAGE field: `outside` puts it right on odd pages and
 * left on even pages, `pageNumberChars` in from the edge (GB/T 9704: one character); `center` centres it.
 */
function pageNumberFooter(theme: ResolvedTheme, side: 'odd' | 'even'): Footer {
  const [before = '', after = ''] = pageNumberText(theme, '\u0000').split('\u0000');
  const outside = theme.numbering.pageNumberPosition === 'outside';
  const inset = twips(theme.indent.pageNumberChars * theme.sizes.pageNumber);
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        alignment: outside
          ? side === 'odd'
            ? AlignmentType.RIGHT
            : AlignmentType.LEFT
          : AlignmentType.CENTER,
        ...(outside ? { indent: side === 'odd' ? { right: inset } : { left: inset } } : {}),
        children: [
          new TextRun({ children: [before, PageNumber.CURRENT, after].filter((part) => part !== '') }),
        ],
      }),
    ],
  });
}

export function createFooters(theme: ResolvedTheme) {
  return { default: pageNumberFooter(theme, 'odd'), even: pageNumberFooter(theme, 'even') };
}
