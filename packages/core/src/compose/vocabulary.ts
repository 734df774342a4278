import { normalizeCityName } from '../gazetteer/gazetteer.js';
import type { Category } from '../types.js';

/**
 * What each category is called where a person reads it (tables, the web page, the CLI), in Simplified script:
 * the identifiers (deputies, problems_solved …) never reach a reader.
 */
export const CATEGORY_NAMES: Record<Category, string> = {
  deputies: '人大代表',
  training: '学习培训',
  lectures: '代表讲坛',
  research: '调查研究',
  legislation: '立法',
  supervision: '监督',
  suggestions: '意见建议',
  problems_solved: '解决问题',
  visits: '联系走访',
  platforms: '履职平台',
  projects: '项目',
  participation: '群众参与',
  rate: '比率',
  other: '其他',
};

/**
 * 南京 → 南京市, 延边 → 延边朝鲜族自治州: the gazetteer's full name (in Simplified; the document is converted
 * afterwards); a name it does not know gets 市 unless it already says what it is.
 */
export function cityName(city: string): string {
  const known = normalizeCityName(city);
  if (known) return known.fullName.hans;
  // A short name of Han characters is a city's (东湖 → 东湖市); anything else (未识别地区1) is printed as it is.
  if (/(市|地区|地區|盟|自治州)$/.test(city) || !/^\p{Script=Han}{1,6}$/u.test(city)) return city;
  return `${city}市`;
}

/** 南京、无锡、徐州 — or 南京、无锡、徐州等8个市 when the list runs long. */
export function cityList(cities: readonly string[], max = 3): string {
  if (cities.length <= max) return cities.join('、');
  return `${cities.slice(0, max).join('、')}等${cities.length}个市`;
}

/** 2024-01-15 → 2024年1月15日. */
export function dateText(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** A phrase cut from prose may end in a comma, a full stop or a dangling 以来; the sentence adds its own end. */
export function trimPhrase(phrase: string): string {
  return phrase.replace(/(?:以来|以來)?[，。；、,.;\s]*$/u, '');
}
