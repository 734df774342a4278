import type { Category } from '../types.js';
import { isRateUnit } from './units.js';

/**
 * Category of a figure from keywords in its label and its clause (both scripts). The table is ordered: the first
 * category with a keyword in the label wins, then the first with one in the clause. People counted with no other
 * clue are deputies when the clause speaks of 代表.
 */
const TABLE: ReadonlyArray<readonly [Category, readonly string[]]> = [
  [
    'lectures',
    ['講壇', '讲坛', '講堂', '讲堂', '宣講', '宣讲', '授課', '授课', '開講', '开讲', '講座', '讲座'],
  ],
  [
    'training',
    [
      '培訓',
      '培训',
      '輪訓',
      '轮训',
      '參訓',
      '参训',
      '研習',
      '研习',
      '學習',
      '学习',
      '研討',
      '研讨',
      '參學',
      '参学',
    ],
  ],
  ['research', ['調研', '调研', '調查', '调查', '課題', '课题']],
  ['legislation', ['法規', '法规', '立法', '條例', '条例']],
  [
    'problems_solved',
    ['解決', '解决', '化解', '解答', '辦結', '办结', '問題', '问题', '難題', '难题', '訴求', '诉求'],
  ],
  ['suggestions', ['建議', '建议', '意見', '意见', '議案', '议案']],
  [
    'supervision',
    ['監督', '监督', '督辦', '督办', '執法檢查', '执法检查', '視察', '视察', '評議', '评议', '督查'],
  ],
  ['visits', ['走訪', '走访', '接待', '選民', '选民', '入戶', '入户', '聯系', '联系', '聯繫']],
  ['platforms', ['平臺', '平台', '家站點', '家站点', '聯系點', '联系点', '基地', '活動室', '活动室', '站']],
  ['projects', ['項目', '项目', '實事', '实事', '投資', '投资']],
  [
    'participation',
    ['參與', '参与', '點贊', '点赞', '觀看', '观看', '問卷', '问卷', '受眾', '受众', '參加', '参加'],
  ],
];

const PEOPLE_UNITS = new Set(['名', '位', '人']);
const DEPUTY = /代表|委員|委员/;

export function categorize(unit: string, label: string, clause: string): Category {
  if (isRateUnit(unit)) return 'rate';
  for (const [category, words] of TABLE) if (words.some((w) => label.includes(w))) return category;
  if (PEOPLE_UNITS.has(unit) && DEPUTY.test(label)) return 'deputies';
  for (const [category, words] of TABLE) if (words.some((w) => clause.includes(w))) return category;
  if (PEOPLE_UNITS.has(unit) && DEPUTY.test(clause)) return 'deputies';
  return 'other';
}
