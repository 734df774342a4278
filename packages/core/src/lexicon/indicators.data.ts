import type { Category, Role, UnitFamily } from '../types.js';

/**
 * The indicators that recur in people's-congress reports: what a figure counts, so that figures from different
 * cities can be compared. A label (folded to Simplified) matches an entry when it contains one of its `words`;
 * the longest matching word wins across entries, then the earlier entry. `families` limits an entry to figures
 * of those unit families. `name` is how the briefing names the indicator (Simplified; converted with the rest).
 */
export interface IndicatorEntry {
  id: string;
  name: string;
  category: Category;
  words: readonly string[];
  families?: readonly UnitFamily[];
  /** Roles it applies to (default: any): problems listed are not problems solved. */
  roles?: readonly Role[];
  /**
   * Words that keep a label from this entry however long its own word in it: 交办问题建议清单 names the lists
   * handed on to the government (referred_lists), not the opinions collected, and is never added to them.
   */
  unless?: readonly string[];
}

export const INDICATORS: readonly IndicatorEntry[] = [
  // Sums of money say what they are by their own nouns and verbs: revenue is context, not supervision; money a
  // rectification recovered is a problem solved; money an audit struck off is supervision.
  // Each a thing of its own: revenue is no spending, and neither is output, income or assets; added together they
  // would be nonsense, so each has its own indicator (and none is summed: category other).
  { id: 'tax_revenue', name: '税收收入', category: 'other', words: ['税收收入'], families: ['money'] },
  {
    id: 'fiscal_revenue',
    name: '财政收入',
    category: 'other',
    words: ['预算收入', '财政收入'],
    families: ['money'],
  },
  {
    id: 'fiscal_spending',
    name: '财政支出',
    category: 'other',
    words: ['预算支出', '财政支出'],
    families: ['money'],
  },
  { id: 'gdp', name: '地区生产总值', category: 'other', words: ['生产总值'], families: ['money'] },
  { id: 'income', name: '居民人均可支配收入', category: 'other', words: ['可支配收入'], families: ['money'] },
  { id: 'assets', name: '资产总额', category: 'other', words: ['资产总额'], families: ['money'] },
  {
    id: 'recovered_funds',
    name: '整改追回资金',
    category: 'problems_solved',
    words: ['整改', '追回', '挽回', '收回', '退还', '纠正'],
    families: ['money'],
  },
  {
    id: 'audit_funds',
    name: '审计审减资金',
    category: 'supervision',
    words: ['审减', '核减', '审计发现', '审计查出'],
    families: ['money'],
  },
  {
    id: 'deputies',
    name: '人大代表',
    category: 'deputies',
    words: ['代表', '人大代表', '议政代表'],
    // Person-times take the activity's indicator (接待群众3.3万人次 is visits), not the people's.
    families: ['people'],
  },
  {
    id: 'deputy_suggestions',
    name: '代表建议',
    category: 'suggestions',
    // 代表提出建议, 代表们共提出议案和建议: what deputies put forward (read with 的, 们, 共 … set aside, see indicators.ts).
    words: ['代表建议', '议案建议', '重点建议', '代表提出建议', '议案和建议'],
    families: ['items'],
  },
  {
    // 代表提出议案3件、建议512件: a bill (议案) is not a suggestion (建议); each is added only to its like, and a
    // count of both together (议案建议, 议案和建议) is the suggestions' above.
    id: 'deputy_bills',
    name: '代表议案',
    category: 'suggestions',
    words: ['议案', '代表议案', '代表提出议案'],
    families: ['items'],
  },
  {
    // What a standing committee deliberates (审议议案38件): bills put before it, not what deputies put forward.
    id: 'bills_deliberated',
    name: '审议议案',
    category: 'legislation',
    words: ['审议议案', '审议通过议案', '表决通过议案'],
    families: ['items'],
  },
  {
    id: 'opinions',
    name: '意见建议',
    category: 'suggestions',
    words: ['意见建议', '问题建议', '反映问题', '意见', '建议', '诉求', '民意'],
    families: ['items'],
    unless: ['交办'],
  },
  {
    // Questions answered on the spot (现场解答问题2771条) are not problems solved: an answer is not a solution,
    // so they are never added to them (problems_solved's `unless`).
    id: 'questions_answered',
    name: '解答问题',
    category: 'problems_solved',
    words: ['解答'],
    families: ['items'],
  },
  {
    id: 'problems_solved',
    name: '推动解决问题',
    category: 'problems_solved',
    // 难事 as 难题: 帮群众办成难事16710个 counts problems solved.
    words: ['解决', '化解', '办结', '整改', '问题', '难题', '难事'],
    families: ['items'],
    roles: ['outcome'],
    unless: ['解答'],
  },
  {
    id: 'lectures',
    name: '讲坛和宣讲',
    category: 'lectures',
    words: ['讲坛', '讲堂', '宣讲', '授课', '讲座', '开讲', '党课', '听众'],
  },
  {
    id: 'training',
    name: '代表培训',
    category: 'training',
    words: ['培训班', '研习班', '读书班', '学习班', '轮训', '培训', '参训', '参学', '学员'],
  },
  {
    id: 'study',
    name: '学习研讨',
    category: 'training',
    words: ['学习研讨', '学习', '研讨', '第一议题'],
  },
  { id: 'research_topics', name: '调研课题', category: 'research', words: ['调研课题', '课题'] },
  {
    id: 'research_reports',
    name: '调研成果',
    category: 'research',
    words: ['调研报告', '调研成果', '研究成果'],
    families: ['items'],
  },
  { id: 'research', name: '调查研究', category: 'research', words: ['调研', '调查研究', '论文', '研讨会'] },
  {
    id: 'laws',
    name: '地方性法规',
    category: 'legislation',
    // 今年立法8件: laws made (立法联系点, 立法建议 are named by their longer or later words).
    words: ['法规', '条例', '立法项目', '法规案', '立法'],
    families: ['items'],
  },
  {
    id: 'legislative_points',
    name: '基层立法联系点',
    category: 'platforms',
    words: ['立法联系点'],
    families: ['items'],
  },
  {
    id: 'stations',
    name: '代表家站点',
    category: 'platforms',
    words: ['家站点', '联络站', '联络点', '代表之家', '联系点', '活动室', '工作室', '实践站'],
    families: ['items'],
  },
  {
    id: 'bases',
    name: '实践基地和平台',
    category: 'platforms',
    words: ['基地', '平台', '实践中心'],
    families: ['items'],
  },
  { id: 'inspections', name: '执法检查', category: 'supervision', words: ['执法检查'] },
  {
    // Problem lists a congress hands on to the government (交办问题建议清单55件): added only to other such lists,
    // never to the opinions collected (opinions' `unless`) nor to other supervision (8个监督组 are not lists).
    id: 'referred_lists',
    name: '交办问题清单',
    category: 'supervision',
    words: ['交办'],
    families: ['items'],
  },
  {
    id: 'supervision',
    name: '监督活动',
    category: 'supervision',
    words: [
      '监督',
      '督办',
      '督查',
      '视察',
      '评议',
      '询问',
      '测评',
      '审议意见',
      '审计',
      '预算',
      '审查',
      '工作报告',
      '约见',
      // A congress's standing forms of supervision: hearing and deliberating reports, the state-assets report,
      // inspections with research, suggestions it presses (督办), problem lists it hands over (交办).
      '听取',
      '审议',
      '国有资产',
      '视察调研',
      '督办建议',
      '重点督办',
      '交办',
      // Things pressed, as the extractor names them (进行跟踪督办的建议): longer than the noun, so they win over it.
      '督办的',
      '交办的',
    ],
  },
  {
    id: 'livelihood_projects',
    name: '民生实事项目',
    category: 'projects',
    // 票决 is how a congress picks its 民生实事 projects (民生实事项目票决制).
    words: ['民生实事', '实事项目', '为民办实事', '民生票决', '票决'],
  },
  // Beds, parks and homes a project built are each a thing of their own, never one 项目 total: beds are counted
  // as beds; the others keep their own words and are added to nothing.
  { id: 'projects', name: '项目', category: 'projects', words: ['项目', '投资'] },
  { id: 'care_beds', name: '养老床位', category: 'projects', words: ['床位'] },
  {
    id: 'visits',
    name: '走访联系群众',
    category: 'visits',
    words: ['走访', '接待', '接待点', '入户', '联系群众', '联系选民', '选民', '村(社区)', '村（社区）'],
  },
  {
    id: 'public_participation',
    name: '群众参与',
    category: 'participation',
    words: ['点赞', '问卷', '观看', '访问量', '留言', '受众', '市民', '群众参与'],
  },
  {
    id: 'meetings',
    name: '会议',
    category: 'other',
    words: ['座谈会', '会议', '推进会', '现场会', '交流会'],
    families: ['times'],
  },
  { id: 'key_tasks', name: '重点工作', category: 'other', words: ['重点工作', '重点任务', '年度任务'] },
  {
    id: 'documents',
    name: '制度文件',
    category: 'other',
    words: ['实施意见', '指导意见', '实施方案', '工作方案', '子方案', '措施', '典型案例'],
  },
];
