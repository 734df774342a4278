/**
 * Firsts and laws, in Simplified (matched against folded text).
 */

/** What makes a claim a first: 率先, 首部, 首个 …; 首次 is a first-time (no scope). */
export const FIRST_MARKERS = [
  '率先',
  '首部',
  '首个',
  '首家',
  '首座',
  '首创',
  '首例',
  '首批',
  '首条',
  '首支',
  '首份',
];
export const FIRST_TIME_MARKERS = ['首次', '第一次'];

/** Scopes as written before or after the marker (在全省率先, 率先在省内, 全国首部, 该市首部). */
export const FIRST_SCOPES = [
  '全国',
  '国内',
  '全省',
  '省内',
  '全市',
  '市内',
  '该市',
  '本市',
  '苏中苏北地区',
  '长三角地区',
  '长三角',
  '同级人大',
  '设区市',
];

/** A claim holding one of these before its marker states a goal, not a first (力争率先, 推动…率先整体好转). */
export const GOAL_WORDS = [
  '力争',
  '争取',
  '努力',
  '目标',
  '确保',
  '计划',
  '将要',
  '助推',
  '推动',
  '促进',
  '为',
];

/** A 率先 followed by one of these describes a state to reach (率先整体好转, 率先实现), not an act. */
export const GOAL_STATES = ['整体好转', '实现', '基本实现', '走在', '好转', '突破', '发展', '达到'];

/** Words that open a claim without belonging to it. */
export const CLAIM_LEADING = ['同时', '此外', '并', '还', '也', '与此同时', '其中', '另外'];

/** How names of laws and decisions end (条例, 决定 …); `法` alone only inside 《》. */
export const LAW_ENDINGS = ['条例', '决定', '决议', '办法', '规定', '规则', '细则', '章程', '准则', '规程'];

/** Verbs that make an instrument of the name after them (制定…条例, 作出…决定, 首部…条例). */
export const LAW_VERBS = [
  '制定出台',
  '制定',
  '出台',
  '修订',
  '修改',
  '审议通过',
  '审议',
  '通过',
  '作出',
  '颁布',
  '施行',
  '实施',
  '首部',
  '首家',
  '推出',
  '印发',
  '批准',
];

/** Words that end a name read backwards from its ending (以及, 和; verbs of applying one: 完善考核办法 …). */
export const LAW_NAME_STOPS = [
  '以及',
  '和',
  '及',
  '与',
  '等',
  '的是',
  '将',
  '把',
  '完善',
  '健全',
  '落实',
  '贯彻',
  '执行',
  '按照',
  '根据',
  '依据',
  '对照',
  '还',
  '也',
  '又',
  '均',
  '都',
  '并',
  '再',
];
