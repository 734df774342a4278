import { OFFICIAL_THEME, type ResolvedTheme, type ThemeFontRole } from '@jianbao/core/document';

/**
 * Font names. Word has no fallback list inside a run, so each role names its official face first (what an office
 * PC has) and the rest of the chain is written into the font table as `w:altName`, which Word and WPS use when the
 * first face is missing. Names are the faces' registered family names, which are Simplified whatever the script.
 */
export type DocxFonts = Record<ThemeFontRole, readonly string[]> & { latin: string };

/** The official theme's faces (仿宋_GB2312, 方正小标宋简体, 黑体, 楷体_GB2312 …). */
export const DEFAULT_FONTS: DocxFonts = OFFICIAL_THEME.fonts;

/** A run's fonts for one role: the role's first face for Chinese, the Latin face for letters and digits. */
export function runFont(fonts: DocxFonts, role: ThemeFontRole) {
  const eastAsia = fonts[role][0] ?? fonts.body[0] ?? fonts.latin;
  return { ascii: fonts.latin, hAnsi: fonts.latin, eastAsia, cs: fonts.latin };
}

/** The theme's faces, with the caller's `fonts` option over them; an empty chain keeps the theme's. */
export function resolveFonts(theme: ResolvedTheme, overrides: Partial<DocxFonts> | undefined): DocxFonts {
  const pick = (role: ThemeFontRole) => {
    const chain = overrides?.[role];
    return chain && chain.length > 0 ? chain : theme.fonts[role];
  };
  return {
    body: pick('body'),
    title: pick('title'),
    heading1: pick('heading1'),
    heading2: pick('heading2'),
    footer: pick('footer'),
    chart: pick('chart'),
    latin: overrides?.latin || theme.fonts.latin,
  };
}
