import { AlignmentType, Footer, PageNumber, Paragraph, TextRun } from 'docx';
import { halfPoints, SIZE_PT } from './layout.js';
import { STYLE } from './styles.js';

/** One character of the footer's 14 pt: GB/T 9704 sets the page number one character in from the edge. */
const ONE_CHAR = halfPoints(SIZE_PT.footer) * 10;

/** `— 1 —` on the right of odd pages and the left of even pages, as a live PAGE field. */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: ONE_CHAR } : { left: ONE_CHAR },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}

export function createFooters() {
  return { default: pageNumberFooter('odd'), even: pageNumberFooter('even') };
}
