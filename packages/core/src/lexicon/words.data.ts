/**
 * The words the extractor reads clauses with, in Simplified (text of either script is folded before matching).
 * Each list says what its words do; a user extends a list through `Lexicon`.
 */

/** Verbs whose object is the people counted: 邀请298名代表列席 — the label comes from the words after the figure. */
export const LEAD_VERBS = [
  '邀请',
  '安排',
  '组织',
  '引导',
  '动员',
  '带领',
  '吸引',
  '选派',
  '发动',
  '广邀',
  '为',
  '向',
];

/**
 * Verbs that press things a congress has in hand (…的32件建议开展重点督办): right after the noun a figure counts,
 * they make it a count of things pressed (supervision), not of things received. A light verb may open them.
 */
export const PRESSING_VERBS = ['重点督办', '跟踪督办', '挂牌督办', '督办', '交办'];

/** Light verbs that open a verb phrase without saying what is done (开展重点督办 is 重点督办). */
export const LIGHT_VERBS = ['开展', '进行', '实行', '实施', '予以'];

/** Verbs after a people noun that make the people participants (列席, 参加 …). */
export const PARTICIPATION_VERBS = [
  '列席',
  '参加',
  '参与',
  '走进',
  '深入',
  '走上',
  '对接',
  '梳理',
  '接待',
  '走访',
  '进站',
  '分为',
  '联系',
  '参训',
  '参学',
  '听取',
  '向',
  '进村',
  '进驻',
  '上台',
  '结对',
  '帮扶',
];

/** Nouns that head a count of people: a people noun ends with one (五级人大代表, 党员干部, 市民). */
export const PEOPLE_HEADS = [
  '代表',
  '人员',
  '干部',
  '群众',
  '市民',
  '选民',
  '委员',
  '党员',
  '居民',
  '企业家',
  '专家',
  '学生',
  '子女',
];

/** Words that open a clause without belonging to what it counts: prepositions and time words (以, 围绕, 今年). */
/**
 * Words closing a phrase of when (市十七届人大四次会议期间, 2023年以来): the phrase up to one, opening a label, says
 * when, not what.
 */
export const TIME_PHRASE_ENDINGS = ['期间', '以来', '之际'];

export const LABEL_PREPOSITIONS = [
  '围绕',
  '就',
  '以',
  '对',
  '按照',
  '通过',
  '经过',
  '结合',
  '今年',
  '去年',
  '全年',
  '年内',
];

/** What a change is measured against (同比增长, 较上年下降): a rate of change, named by the amount before it. */
export const COMPARED_WITH = [
  '同比',
  '环比',
  '比上年',
  '较上年',
  '比去年',
  '较去年',
  '比上届',
  '较上届',
  '比上一年',
  '较上一年',
  // 较去年同期增长15%: the same months a year before.
  '比去年同期',
  '较去年同期',
  '比上年同期',
  '较上年同期',
];

/** Verbs of a change alone (增长, 下降): a rate that says only how the amount before it changed. */
export const CHANGE_VERBS = ['增长', '增加', '提高', '提升', '上升', '下降', '减少', '降低'];

/**
 * Verbs of changing to a new value (整改率由68%提高到95%): a rate after one is the rate before it, at its new value;
 * they end a noun.
 */
export const CHANGE_TO_VERBS = [
  '提高到',
  '提高至',
  '提升到',
  '提升至',
  '上升到',
  '上升至',
  '升到',
  '升至',
  '增加到',
  '增加至',
  '增长到',
  '增长至',
  '增到',
  '增至',
  '下降到',
  '下降至',
  '降低到',
  '降低至',
  '减少到',
  '减少至',
  '降到',
  '降至',
];

/** Verbs that end a noun phrase read after a figure (代表|按照…, 人员|固定联系…). */
export const NOUN_STOPS = [
  '为',
  '被',
  ...PARTICIPATION_VERBS,
  '按照',
  '应当',
  '分批',
  '开展',
  '固定',
  '认真',
  '积极',
  '主动',
  '发挥',
  '围绕',
  '在',
  '和',
  '及',
  '与',
  '的',
  '进行',
  '提出',
  '反映',
  '关心',
  '通过',
  '被',
  '已',
  '共',
  '全部',
  // 11个事项|成为民生实事的候选项目, 5740余件|得到推动解决: verbs of becoming and receiving.
  '成为',
  '得到',
  // 整改率由68%|提高到95%: verbs of changing to a new value end a noun (a rate's new value follows them).
  ...CHANGE_TO_VERBS,
  // 586件建议|交由68家承办单位|办理: verbs of handing a thing on end the noun handed on, and so does 办理 the
  // noun of those who handle it.
  '办理',
  '交由',
  '交给',
  '转交',
  '转由',
  '移交',
  '送交',
  // 8个监督组|盯住民生实事项目: verbs of following a thing up end the noun of those who do it.
  '盯住',
  '紧盯',
  '跟进',
  '跟踪',
  // 26项重点课题|做了深入调研: a verb of doing with its aspect particle ends the noun it follows.
  '做了',
  '做过',
  '开了',
  '办了',
  '搞了',
];

/** Nouns that make a verb before them a noun: 视察活动, 执法行动 (a verb otherwise ends a noun phrase). */
export const NOMINALIZERS = ['活动', '行动'];

/** One-character nouns of a body that may end a lexicon word's noun (监督组, 宣讲团, 服务队): part of the noun. */
export const BODY_SUFFIXES = ['组', '队', '团', '室', '站', '班'];

/** Verbs of holding an event: the figure counts an activity (举办讲坛80余场). */
export const ACTIVITY_VERBS = [
  '举办',
  '开展',
  '召开',
  '举行',
  '开设',
  '组织',
  '走访',
  '接待',
  '视察',
  '开讲',
  '进行',
  '学习',
  '宣讲',
];

/** Verbs of producing something: the figure counts an output (形成调研报告20篇). */
export const OUTPUT_VERBS = [
  '形成',
  '制定',
  '修订',
  '修改',
  '出台',
  '提出',
  '编印',
  '发放',
  '建成',
  '新建',
  '新增',
  // 新设经营主体4.6万户, 发现问题120个: what a quarter's work brought about.
  '新设',
  '发现',
  '设立',
  '组建',
  '完成',
  '推出',
  '撰写',
  '梳理',
  '收集',
  '征集',
  '征得',
  '收到',
  '反映',
  '转交',
  '提交',
  '审议',
  '通过',
  '作出',
  '印发',
  '交办',
  '确定',
  '明确',
  '报送',
  '选聘',
  // 投入资金28.6亿元 names its own thing: no neighbour's 项目 is borrowed for it (投入资金项目).
  '投入',
];

/**
 * Verbs of building or setting up: before a verb of achieving, they count what was built, whatever its name says it
 * does (建成矛盾纠纷调处化解中心9个 counts centres, not disputes resolved).
 */
export const BUILD_VERBS = ['建成', '新建', '建立', '设立', '组建', '成立', '打造'];

/** Verbs of achieving: the figure counts an outcome (推动解决问题16710个). */
export const OUTCOME_VERBS = [
  '解决',
  '化解',
  '办结',
  '解答',
  '答复',
  '整改',
  '落实',
  '采纳',
  '办成',
  '转化',
  '编入',
  // 42件重点建议办出了实效: what was done with them, not how many were filed.
  '办出',
];

/**
 * Verbs of doing that close a topic-comment clause before a figure (代表讲坛开了73期, 专题调研共组织1198次): with an
 * adverb before them or 了/过 after, the topic before them names what is counted.
 */
export const TOPIC_VERBS = ['开', '办', '做', '搞', '报送', '组织', '举办', '召开', '开展'];

/**
 * Adverbs between a topic and its verb of doing or making before a figure (专题调研共组织1198次, 活动室在全市共设立
 * 30个): they do not end the topic.
 */
export const TOPIC_ADVERBS = ['已经', '已', '共', '累计', '先后'];

/** Where a thing was made, between it and its verb (活动室在全市共设立30个): not part of the thing. */
export const SCOPE_PHRASES = ['在全市', '在全省', '在全县', '在全区', '在本市'];

/** Words of scope alone (全市, 各地): a clause of only one (or of 在 and a place) says where, not what. */
export const SCOPE_WORDS = ['全市', '全省', '全县', '全区', '各地', '本市'];

/**
 * Adverbs, and verbs of receiving, that may stand between a noun and the verb of what came of it (均已办结, 全部落实,
 * 也由此得到解决, 得到推动解决).
 */
export const OUTCOME_ADVERBS = [
  '已经',
  '已',
  '均',
  '都',
  '全部',
  '也',
  '由此',
  '随之',
  '最终',
  '得到',
  '获得',
  '推动',
];

/**
 * Measure words of a second figure right after a 、 that shares the noun after it (制定5部、修订1部地方性法规).
 */
export const SHARED_NOUN_UNITS = ['部', '件', '个', '项', '条', '场', '次', '期', '名', '篇', '家'];

/** Conjunctions of a list's items (13条意见建议和8条问题清单; 全市…和8300余名代表: all that exist). */
export const CONJUNCTIONS = ['和', '及', '与', '以及'];

/** Words of all (全市, 各级, 五级): ending the words before a count of people, it counts all that exist. */
export const ALL_WORDS = ['全市', '全省', '全体', '各级', '五级'];

/**
 * Measure words of a figure inside a verb phrase, which a label leaves out (对接了90个项目 → 对接了项目); matched on
 * folded text, so in either script.
 */
export const INNER_FIGURE_UNITS = [
  '人次',
  '件次',
  '个',
  '项',
  '件',
  '名',
  '人',
  '条',
  '处',
  '场',
  '期',
  '篇',
  '部',
  '家',
  '所',
  '户',
];

/** Words a label never starts with: connectives, time and quantity words (共, 累计, 先后 …). */
/** The parts of a year a report is of: its quarters and halves (前三季度, 一季度, 上半年). */
export const PERIODS = [
  '前三季度',
  '前两季度',
  '第一季度',
  '第二季度',
  '第三季度',
  '第四季度',
  '一季度',
  '二季度',
  '三季度',
  '四季度',
  '上半年',
  '下半年',
];

export const LABEL_LEADING = [
  '共计',
  // 全市共有五级人大代表4300名 → 五级人大代表, not 有五级人大代表.
  '共有',
  '现有',
  '共',
  '累计',
  '先后',
  '已经',
  '已',
  '全年',
  '年内',
  '其中',
  '并',
  '还',
  '均',
  '总计',
  '合计',
  '陆续',
  '分别',
  '同时',
  '此外',
  '另有',
  '另外',
  '另',
  // 今年的民生实事共10项 → 民生实事, once 今年 is trimmed.
  '的',
  '目前',
  // 截至目前已办结2100条 counts what was done (办结), not until when.
  '截至目前',
  '截止目前',
  '到目前为止',
  '至今',
  '今年',
  '去年',
  '当年',
  '迄今为止',
  // The quarter or half-year a figure is for (一季度全市新增市场主体3.2万户): when, not what.
  ...PERIODS,
  // 实现外贸进出口3261亿元: the verb an economy's figures take, not part of what they count.
  '实现',
  '进一步',
  '全面',
  '扎实',
  '深入',
  '持续',
  '切实',
  '重点',
  '集中',
  '广泛',
  '创新',
  // Place words say where, not what (全区一般公共预算收入 counts 一般公共预算收入).
  '全市',
  '全省',
  '全区',
  '全县',
  // The rest of a list of places after a figure (6个区、县（市）开展接待活动12场 counts 开展接待活动), and places
  // each (各乡镇（街道）共建成代表联络站86个 counts 建成代表联络站).
  '各县（市、区）',
  '各县（市）',
  '各乡镇（街道）',
  '各镇（街道）',
  '县（市、区）',
  '县（市）',
  '县（区）',
  '市（区）',
  '乡镇（街道）',
  '镇（街道）',
  // When, not what (一年来新增基层立法联系点, 这一时期制定、修订地方性法规).
  '一年来',
  '近年来',
  '多年来',
  '这一时期',
  // 将代表提出的586件建议交由……: the object marker, not part of what is counted (not 把: 把关 is a verb).
  '将',
  // Words pointing back at what the text said before (前面提到的16710个实际问题): where, in the text, not what.
  '前面提到的',
  '上面提到的',
  '上述',
  '前述',
  '这些',
];

/** Words a label never ends with: the verb of the amount (达, 为, 超过 …). */
export const LABEL_TRAILING = [
  '共计',
  // 反映的问题有6230余件: the figure's verb of being, not part of what it counts.
  '有',
  '共',
  '达到',
  '达',
  '为',
  '约',
  '近',
  '超过',
  '超',
  '逾',
  '突破',
  '大约',
  '接近',
  '将近',
  '由',
  '从',
  '计',
  '总数',
  '累计',
  // 集中学习先后17次: the adverb of the amount.
  '先后',
  // 整改率已超过80%, 国产化率已由71%: the adverb before the amount.
  '已经',
  '已',
  // 代表家站点全市共30个: the scope before the amount.
  '全市',
  '全省',
  '全县',
  // 城乡居民人均可支配收入分别为52100元和31200元: the adverb of amounts given in turn.
  '分别',
  // 视察、调研各15次: the amount of each.
  '各',
  // 采纳或部分采纳的占72.3%: the share it makes up.
  '的占',
  '占',
  // 港口货物吞吐量完成3.4亿吨, 即办件占比提升至68%: the verb of the amount reached.
  '完成',
  '提升至',
  '提升到',
  '提高至',
  '提高到',
];

/** Who a clause is about: never part of a label (市人大常委会, 各级人大, 全市 …). */
export const SUBJECTS = [
  // 市委市政府召开民营企业座谈会3场: who acted, not what counts.
  '市委市政府',
  '市委、市政府',
  '市人大常委会机关',
  '人大常委会机关',
  '市人大常委会',
  '人大常委会',
  '市人大机关',
  '常委会',
  '市人大',
  '各级人大',
  '县区人大',
  '各地',
  '全市',
  '全省',
  '市级层面',
  '市县两级',
  '市县两级人大',
  '市、县两级人大',
  '广大代表',
  '代表们',
];

/** Where people are counted as all that exist (全市8300余名代表, 在镇3900多名代表): a stock. */
export const STOCK_MARKERS = ['全市', '全省', '全体', '各级', '五级', '现有', '共有', '在'];

/**
 * Words of a figure per head, per unit or on average (城镇居民人均可支配收入, 平均工资, 每万人拥有…): such figures
 * never add up — four cities' 人均 incomes summed are no one's income — so they are never summed.
 */
export const AVERAGE_WORDS = [
  '人均',
  '平均',
  '户均',
  '亩均',
  '均价',
  '单价',
  '均值',
  '每万人',
  '每千人',
  '每百人',
  '每百户',
  '每平方公里',
];
