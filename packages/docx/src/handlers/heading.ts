import type { HeadingNode } from '@jianbao/core/document';
import { Bookmark, type FileChild, HeadingLevel, Paragraph, TextRun } from 'docx';
import type { RenderContext } from '../context.js';

const LEVELS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
];

/** A heading in Word's Heading N style (so the navigation pane and a TOC see it), bookmarked by its id. */
export function heading(node: HeadingNode, _ctx: RenderContext): FileChild[] {
  return [
    new Paragraph({
      heading: LEVELS[node.level - 1],
      children: [
        new Bookmark({ id: bookmarkName(node.id), children: [new TextRun(`${node.numbering}${node.text}`)] }),
      ],
    }),
  ];
}

/** Word bookmark names: a letter first, then letters, digits and underscores, at most 40 characters. */
export function bookmarkName(id: string): string {
  return `h_${id.replace(/[^A-Za-z0-9_]/g, '_')}`.slice(0, 40);
}
