/**
 * Font names. Word has no fallback list inside a run, so each role names its official face first (what an office
 * PC has) and the rest of the chain is written into the font table as `w:altName`, which Word and WPS use when the
 * first face is missing. Names are the faces' registered family names, which are Simplified whatever the script.
 */
export interface DocxFonts {
  /** Body text, 3號仿宋. */
  body: readonly string[];
  /** The title and the masthead, 小標宋. */
  title: readonly string[];
  /** Heading 1 (一、), 黑體. */
  heading1: readonly string[];
  /** Heading 2 ((一)) and the editor's note, 楷體. */
  heading2: readonly string[];
  /** Page numbers, 宋體. */
  footer: readonly string[];
  /** Latin letters and digits in every role. */
  latin: string;
}

export const DEFAULT_FONTS: DocxFonts = {
  body: ['仿宋_GB2312', '仿宋', 'FangSong'],
  title: ['方正小标宋简体', '小标宋', '华文中宋', 'SimSun'],
  heading1: ['黑体', 'SimHei'],
  heading2: ['楷体_GB2312', '楷体', 'KaiTi'],
  footer: ['宋体', 'SimSun'],
  latin: 'Times New Roman',
};

/** A run's fonts for one role: the role's first face for Chinese, the Latin face for letters and digits. */
export function runFont(fonts: DocxFonts, role: Exclude<keyof DocxFonts, 'latin'>) {
  const eastAsia = fonts[role][0] ?? DEFAULT_FONTS[role][0];
  return { ascii: fonts.latin, hAnsi: fonts.latin, eastAsia, cs: fonts.latin };
}

/** Merges user overrides over the defaults; an empty chain keeps the default. */
export function resolveFonts(overrides: Partial<DocxFonts> | undefined): DocxFonts {
  const pick = (role: Exclude<keyof DocxFonts, 'latin'>) => {
    const chain = overrides?.[role];
    return chain && chain.length > 0 ? chain : DEFAULT_FONTS[role];
  };
  return {
    body: pick('body'),
    title: pick('title'),
    heading1: pick('heading1'),
    heading2: pick('heading2'),
    footer: pick('footer'),
    latin: overrides?.latin || DEFAULT_FONTS.latin,
  };
}
