import {
  type BriefingDocument,
  JianbaoError,
  resolveTheme,
  sanitizeDocument,
  validateDocument,
} from '@jianbao/core/document';
import { Document, DocumentGridType, type FileChild, Packer, Paragraph } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { createContext } from './context.js';
import { resolveFonts } from './fonts.js';
import { createFooters } from './footers.js';
import { renderBlock } from './handlers/index.js';
import { wordGeometry } from './layout.js';
import { RENDER_DOCX_OPTIONS, type RenderDocxOptions } from './options.js';
import { corePropertiesXml } from './package/core-properties.js';
import { makeDeterministic } from './package/deterministic.js';
import { fontTableXml } from './package/font-table.js';
import { offGrid } from './package/grid.js';
import { createStyles, OFF_GRID_STYLES } from './styles.js';
import { applyTemplate, readTemplate } from './template/apply.js';

/**
 * Renders a briefing as an editable .docx (the theme's page, real Word styles, odd/even footers, native charts,
 * provenance comments), optionally in an office's own template. Runs in Node and in browsers. Same document and
 * options → same bytes.
 * @throws JianbaoError `DOCUMENT_INVALID` when `doc` does not match the schema; `USAGE` for an unknown option, a bad
 * theme or an unreadable template; `RENDER_FAILED` when docx fails.
 */
export async function renderDocx(
  doc: BriefingDocument,
  options: RenderDocxOptions = {},
): Promise<Uint8Array> {
  const unknown = Object.keys(options).filter(
    (key) => !(RENDER_DOCX_OPTIONS as readonly string[]).includes(key),
  );
  if (unknown.length > 0) {
    throw new JianbaoError(
      'USAGE',
      `Unknown renderDocx option ${unknown.map((key) => `"${key}"`).join(', ')}; known: ${RENDER_DOCX_OPTIONS.join(', ')}`,
      { where: `options.${unknown[0]}` },
    );
  }
  const valid = sanitizeDocument(validateDocument(doc));
  const theme = resolveTheme(options.style ?? valid.meta.style, options.theme);
  const geometry = wordGeometry(theme);
  // Read (and bounded) before anything is rendered: a bad template fails fast.
  const template = options.template ? readTemplate(options.template) : null;
  const fonts = resolveFonts(theme, options.fonts);
  const ctx = createContext(valid, {
    theme,
    geometry,
    fonts,
    provenance: options.provenance ?? true,
    commentAuthor: options.commentAuthor ?? 'jianbao',
  });
  const children = anchorClosing(
    valid.children.flatMap((node, index) => renderBlock(node, ctx, index)),
    theme.closing.placement === 'foot' &&
      valid.children[valid.children.length - 1]?.type === 'closing' &&
      TEXT_BLOCKS.has(valid.children[valid.children.length - 2]?.type ?? ''),
  );
  const { meta } = valid;
  const document = new Document({
    title: meta.title,
    subject: meta.subject,
    creator: meta.author,
    keywords: meta.keywords.join('; '),
    lastModifiedBy: meta.author,
    revision: 1,
    evenAndOddHeaderAndFooters: theme.numbering.pageNumberPosition === 'outside',
    styles: createStyles(theme, geometry, fonts, meta.language),
    ...(ctx.comments.length > 0 ? { comments: { children: ctx.comments } } : {}),
    sections: [
      {
        properties: {
          page: {
            size: { width: geometry.page.width, height: geometry.page.height },
            margin: {
              ...geometry.page.margin,
              footer: geometry.page.footer,
              header: geometry.page.header,
              gutter: 0,
            },
          },
          grid: geometry.linesPerPage
            ? { type: DocumentGridType.LINES, linePitch: geometry.linePitch }
            : { type: DocumentGridType.DEFAULT, linePitch: geometry.linePitch },
        },
        footers: createFooters(theme),
        children,
      },
    ],
  });
  let packed: Uint8Array;
  try {
    packed = await Packer.pack(document, 'uint8array', false, [
      { path: 'docProps/core.xml', data: corePropertiesXml(meta) },
      { path: 'word/fontTable.xml', data: fontTableXml(fonts) },
    ]);
  } catch (cause) {
    throw new JianbaoError(
      'RENDER_FAILED',
      `docx could not write "${meta.title}": ${String(cause)}`,
      { where: 'renderDocx', snippet: meta.title },
      { cause },
    );
  }
  if (!template) {
    // The styles come off the grid in the one pass that makes the package deterministic.
    const edits: Record<string, (xml: string) => string> = geometry.linesPerPage
      ? { 'word/styles.xml': offGridXml }
      : {};
    return makeDeterministic(packed, meta.date, edits);
  }
  const gridded = geometry.linesPerPage ? offGridStyles(packed) : packed;
  return makeDeterministic(applyTemplate(gridded, template, valid, options.onWarning), meta.date);
}

const offGridXml = (styles: string): string => offGrid(styles, OFF_GRID_STYLES);

/** The styles that are not set on the body's grid, taken off it (see `offGrid`). */
function offGridStyles(packed: Uint8Array): Uint8Array {
  const files = unzipSync(packed);
  const styles = files['word/styles.xml'];
  if (!styles) return packed;
  files['word/styles.xml'] = strToU8(offGridXml(strFromU8(styles)));
  return zipSync(files);
}

/** Blocks that end in a paragraph of text, which can carry the closing block's anchor. */
const TEXT_BLOCKS = new Set(['paragraph', 'sourceNote', 'list', 'editorsNote']);

/**
 * The floating 版记 is anchored to the paragraph after it. Anchored to the text's last paragraph rather than to an
 * empty one, it can never be alone on a page: where it does not fit, Word and LibreOffice move its anchor — that
 * last paragraph — to the next page with it. (In the XML the table then comes just before that paragraph.)
 */
function anchorClosing(children: FileChild[], floating: boolean): FileChild[] {
  // […, last paragraph, closing table, empty anchor] → […, closing table, last paragraph]
  const out = [...children];
  const anchor = out.pop();
  const table = out.pop();
  const before = out.pop();
  if (!floating || !anchor || !table || !(before instanceof Paragraph)) return children;
  return [...out, table, before];
}
