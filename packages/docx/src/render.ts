import { type BriefingDocument, JianbaoError, validateDocument } from '@jianbao/core';
import { Document, DocumentGridType, type FileChild, Packer } from 'docx';
import { createContext } from './context.js';
import { resolveFonts } from './fonts.js';
import { createFooters } from './footers.js';
import { renderBlock } from './handlers/index.js';
import { LINE_PITCH, PAGE } from './layout.js';
import type { RenderDocxOptions } from './options.js';
import { corePropertiesXml } from './package/core-properties.js';
import { makeDeterministic } from './package/deterministic.js';
import { fontTableXml } from './package/font-table.js';
import { sanitizeDocument } from './sanitize.js';
import { createStyles } from './styles.js';

/**
 * Renders a briefing as an editable .docx (GB/T 9704 page, real Word styles, odd/even footers, native charts,
 * provenance comments). Runs in Node and in browsers. Same document and options → same bytes.
 * @throws JianbaoError `DOCUMENT_INVALID` when `doc` does not match the schema; `RENDER_FAILED` when docx fails.
 */
export async function renderDocx(
  doc: BriefingDocument,
  options: RenderDocxOptions = {},
): Promise<Uint8Array> {
  const valid = sanitizeDocument(validateDocument(doc));
  const fonts = resolveFonts(options.fonts);
  const ctx = createContext(valid, {
    fonts,
    provenance: options.provenance ?? true,
    commentAuthor: options.commentAuthor ?? 'jianbao',
  });
  const children: FileChild[] = valid.children.flatMap((node, index) => renderBlock(node, ctx, index));
  const { meta } = valid;
  const footers = createFooters();
  const document = new Document({
    title: meta.title,
    subject: meta.subject,
    creator: meta.author,
    keywords: meta.keywords.join('; '),
    lastModifiedBy: meta.author,
    revision: 1,
    evenAndOddHeaderAndFooters: true,
    styles: createStyles(fonts, meta.language),
    ...(ctx.comments.length > 0 ? { comments: { children: ctx.comments } } : {}),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...PAGE.margin, footer: PAGE.footer, header: PAGE.header, gutter: 0 },
          },
          grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
        },
        footers,
        children,
      },
    ],
  });
  try {
    const packed = await Packer.pack(document, 'uint8array', false, [
      { path: 'docProps/core.xml', data: corePropertiesXml(meta) },
      { path: 'word/fontTable.xml', data: fontTableXml(fonts) },
    ]);
    return makeDeterministic(packed, meta.date);
  } catch (cause) {
    throw new JianbaoError(
      'RENDER_FAILED',
      `docx could not write "${meta.title}": ${String(cause)}`,
      {
        where: 'renderDocx',
        snippet: meta.title,
      },
      { cause },
    );
  }
}
