import type { Category, Qualifier, Role } from '@jianbao/core';

/** Chinese names for the figure grammar's categories and qualifiers, as the page shows them. */
export const CATEGORY_LABELS: Record<Category, string> = {
  deputies: '代表',
  training: '培训',
  lectures: '宣讲',
  research: '调研',
  legislation: '立法',
  supervision: '监督',
  suggestions: '建议',
  problems_solved: '解决问题',
  visits: '走访接待',
  platforms: '平台阵地',
  projects: '项目',
  participation: '参与',
  rate: '比率',
  other: '其他',
};

export const QUALIFIER_LABELS: Record<Qualifier, string> = {
  exact: '确数',
  more_than: '余',
  nearly: '近',
  over: '超',
  approx: '约',
  range: '区间',
};

// One formatter for the page: toLocaleString with options builds a new one on every call (~0.3 ms each, which
// for a table of a few hundred figures was most of the time the page took to show it).
const NUMBER = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 4 });

/** How a figure counts (an indicator's last part), as the figure editor names it. */
export const ROLE_LABELS: Record<Role, string> = {
  stock: '总数',
  participants: '参与人数',
  activity: '活动',
  output: '成果',
  outcome: '成效',
  rate: '比率',
  money: '金额',
};

/** 25000 → 25,000; 2.5 stays 2.5. Grouping helps compare large counts at a glance. */
export function formatNumber(value: number): string {
  return NUMBER.format(value);
}
