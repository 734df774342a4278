import { JianbaoError, type PartialTheme } from '@jianbao/core/document';

/** One font file, as bytes: the main entry never touches a file system, so browsers pass fonts this way too. */
export interface FontFile {
  /** The font file's bytes (TTF, OTF, or a TTC collection with `postscriptName`). */
  data: Uint8Array;
  /** Which face of a TrueType collection (.ttc) to use, e.g. `NotoSerifCJKsc-Regular`. */
  postscriptName?: string;
  /** Where the bytes came from (a path, a URL, a package name); used in error messages. */
  origin: string;
  /**
   * A stable identity of these bytes (e.g. path, size and modification time), so the parsed-font cache can
   * name them without hashing 10–20 MB; without it the bytes are hashed (a fast non-cryptographic hash) once per process.
   */
  id?: string;
}

/**
 * The faces a briefing is set in. Only `body` is required; every other role falls back to `body`.
 * Official Chinese documents use 仿宋 (body), 小標宋 (title), 黑體 (一、 headings) and 楷體 ((一) headings);
 * free fonts stand in for them.
 */
export interface PdfFonts {
  /** Body text, standing in for 仿宋: a regular serif (Noto Serif SC). */
  body: FontFile;
  /** The title and masthead, standing in for 小標宋: a heavy serif (Noto Serif SC Black or Bold). */
  title?: FontFile;
  /** 一、 headings, table headers and emphasis, standing in for 黑體: a bold sans (Noto Sans SC Bold). */
  heading1?: FontFile;
  /** (一) headings, standing in for 楷體: a Kai font where one is found, else the body serif. */
  heading2?: FontFile;
  /** Text inside charts (drawn as outlines in the SVG): a regular sans reads best at small sizes. */
  chart?: FontFile;
  /** Tried, in order, for a character the role's own font lacks. */
  fallbacks?: FontFile[];
}

export type FontRole = Exclude<keyof PdfFonts, 'fallbacks'>;

export const FONT_ROLES: readonly FontRole[] = ['body', 'title', 'heading1', 'heading2', 'chart'];

export interface RenderPdfOptions {
  /** The fonts to set the briefing in. Required by `renderPdf`; `renderPdfNode` finds them itself. */
  fonts?: PdfFonts;
  /** Overrides `doc.meta.style`: which theme (`official` GB/T 9704, `modern`) the briefing is laid out in. */
  style?: 'official' | 'modern';
  /**
   * Any part of a theme (see `Theme` in @jianbao/core), deep-merged over the style's own: page size and margins,
   * sizes, colours, rules, spacing, page-number form… Unknown keys and bad values are refused (`USAGE`).
   */
  theme?: PartialTheme;
  /** Told what was substituted (a Simplified face for a Traditional briefing …); default: nothing is said. */
  onWarning?: (message: string) => void;
  /** Deflate page content streams (default true); turn off to inspect a PDF by eye. */
  compress?: boolean;
  /**
   * Creation and modification date written into the PDF. Defaults to `doc.meta.date` at 00:00 UTC, so the
   * same document always gives the same bytes.
   */
  creationDate?: Date;
  /** The PDF's Creator entry (default `jianbao`). */
  creator?: string;
}

/** The options `renderPdf` knows; any other is refused (`USAGE`) rather than silently ignored. */
export const RENDER_PDF_OPTIONS: readonly (keyof RenderPdfOptions)[] = Object.keys({
  fonts: true,
  style: true,
  theme: true,
  onWarning: true,
  compress: true,
  creationDate: true,
  creator: true,
} satisfies Record<keyof RenderPdfOptions, true>) as (keyof RenderPdfOptions)[];

/** Throws `USAGE` naming the first unknown key of `options` and listing the known ones. */
export function refuseUnknownOptions(
  entry: string,
  options: object,
  known: readonly string[],
  where = 'options',
): void {
  const unknown = Object.keys(options).filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    throw new JianbaoError(
      'USAGE',
      `Unknown ${entry} option ${unknown.map((key) => `"${key}"`).join(', ')}; known: ${known.join(', ')}`,
      { where: `${where}.${unknown[0]}` },
    );
  }
}
