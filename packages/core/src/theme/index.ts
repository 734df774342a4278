export { inlineEnumeration } from './lists.js';
export {
  CHINESE_SIZES,
  chineseNumeral,
  linePitchPt,
  listMark,
  mastheadNameSize,
  mmToPt,
  pageNumberText,
  resolveTheme,
  sizeToPt,
  THEMES,
  tableKeptWhole,
  tableRowPt,
  textBlockPt,
} from './resolve.js';
export { MODERN_THEME, OFFICIAL_THEME } from './themes.js';
export type {
  DeepPartial,
  PartialTheme,
  ResolvedTheme,
  Theme,
  ThemeFontRole,
  ThemeSizeRole,
  TypeSize,
} from './types.js';
export { THEME_FONT_ROLES, THEME_SIZE_ROLES } from './types.js';
