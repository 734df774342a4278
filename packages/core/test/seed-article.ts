import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The example article (13 Jiangsu cities, Traditional script) lives outside the repository, in ../shared/seeds
 * next to the checkout. Tests that need it skip when it is absent (a fresh clone).
 */
const path = fileURLToPath(new URL('../../../../shared/seeds/000_25c6cbe3a67b6b86.txt', import.meta.url));

export const seedArticle: string | null = existsSync(path) ? readFileSync(path, 'utf8') : null;

/** Appended to the names of tests that need the article. */
export const SEED_NOTE = '(needs ../shared/seeds; skipped when absent)';

if (!seedArticle) console.warn(`Example article not found at ${path}: its tests are skipped.`);

/** The example article's cities in order, with the attribution closing each part (read off the article). */
export const ARTICLE: [city: string, source: string][] = [
  ['南京', '南京市人大常委會研究室'],
  ['無錫', '錫人宣'],
  ['徐州', '吳迪'],
  ['常州', '常州市人大常委會研究室'],
  ['蘇州', '蘇仁宣'],
  ['南通', '許君璞 應秀梅'],
  ['連雲港', '沙莎'],
  ['淮安', '淮研'],
  ['鹽城', '薛斐'],
  ['揚州', '陸亮 蔣蓓 陳緯瑋'],
  ['鎮江', '鎮江市人大常委會研究室'],
  ['泰州', '泰仁辦'],
  ['宿遷', '宿小宣'],
];
export const ARTICLE_HANS: [city: string, source: string][] = [
  ['南京', '南京市人大常委会研究室'],
  ['无锡', '锡人宣'],
  ['徐州', '吴迪'],
  ['常州', '常州市人大常委会研究室'],
  ['苏州', '苏仁宣'],
  ['南通', '许君璞 应秀梅'],
  ['连云港', '沙莎'],
  ['淮安', '淮研'],
  ['盐城', '薛斐'],
  ['扬州', '陆亮 蒋蓓 陈纬玮'],
  ['镇江', '镇江市人大常委会研究室'],
  ['泰州', '泰仁办'],
  ['宿迁', '宿小宣'],
];

/** The article's cities in order, Traditional (as it writes them) and Simplified. */
export const ARTICLE_CITIES = ARTICLE.map(([city]) => city);
export const ARTICLE_CITIES_HANS = ARTICLE_HANS.map(([city]) => city);
