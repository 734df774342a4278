import { PERIODS } from './words.data.js';

/**
 * What the excerpt (摘编) weighs when it picks a city's sentences, in Simplified (matched on folded text).
 * Content scores up (figures, firsts, laws, named measures); boilerplate scores down or is trimmed.
 */

/**
 * Sentences opening with these are plans or exhortations, not reports of work done; those of two characters or more
 * also after an opening clause (2025年，我们将…, 明年，力争…), where 将 may be 把 (今年，将建议全部办结).
 */
export const PLAN_OPENERS = ['下一步', '今后', '下阶段', '接下来', '未来', '我们将', '力争', '将', '要'];

/** Words that mark an exhortation or a statement of principle (坚持以…为指引, 要…). */
export const EXHORTATIONS = [
  '坚持以',
  '始终坚持',
  '始终牢记',
  '为指引',
  '要深刻',
  '要深入',
  '要聚焦',
  '要把',
  '全力以赴',
  '不负',
  '奋力谱写',
  '作出新的更大贡献',
  '贡献人大力量',
  '开好局',
  '起好步',
  '昂扬姿态',
  '磅礴力量',
  '强大合力',
  '深受鼓舞',
  '倍感振奋',
  '殷殷嘱托',
  '落地生根',
  '开花结果',
  '是全面建设',
  '是推动',
  '是行动的先导',
  '就是代表',
  '民生连着民心',
];

/** Verbs of saying: a sentence with one of these around a quotation is a leader's or a person's words. */
export const SPEECH_VERBS = ['表示', '指出', '强调', '要求', '说', '提出明确要求', '感慨', '讲述'];

/** Clauses that only say what something was for or how well it went, trimmed from kept sentences. */
export const TRIMMED_CLAUSE_OPENERS = [
  '进一步',
  '切实',
  '推动',
  '助推',
  '不断',
  '努力',
  '确保',
  '为推动',
  '为推进',
  '为全面',
  '为奋力',
  '有效',
  '真正',
  '充分',
  '提振',
  '汇聚',
  '凝聚',
  '激发',
  '营造',
  '让',
  '使',
  '以',
  '始终',
];

/** Sentence openers that refer back to the sentence before (此前, 对此, 这 …): scored down. */
export const BACK_REFERENCE_OPENERS = [
  '此前',
  '此后',
  '对此',
  '为此',
  '由此',
  '这',
  '此外',
  '另外',
  '同时',
  '与此同时',
];

/** Sentence openers that break down the sentence before (其中40多件……): quoted only after it. */
export const PART_OPENERS = ['其中', '内含'];

/** Clause openers that lean on the clause before (并, 还, 也 …): not kept without it. */
export const LEANING_OPENERS = ['并', '还', '也', '且', '而', '又', '从而', '进而', '同时', '以便', '以及'];

/**
 * Heads of who a sentence is about (市, 人大, 常委会, 代表 …): a city's first quoted sentence that opens with one
 * (within its first few characters) has its subject, and the city's name is not put before it.
 */
export const SUBJECT_HEADS = ['市', '县', '区', '人大', '常委会', '各级', '全市', '代表', '主任', '委员会'];

/** Openers the city's name is not put before, as they lean on what came before or set a time (此前, 对此, 截至 …). */
export const NO_CITY_BEFORE = ['此前', '此后', '对此', '为此', '同时', '此外', '另外', '截至'];

/**
 * Words that show reports are a people's congress's (人大, 代表): the briefing's default masthead and office are a
 * congress's only when most cities' sentences use one (a compilation of statistics bureaus' reports gets 工作简报).
 */
export const CONGRESS_WORDS = ['人大', '代表', '常委会', '议案'];

/**
 * Words that end a campaign's name after its quoted brand (“牢记嘱托、感恩奋进”学习实践活动): the title and the
 * editor's note name the campaign with them, taken from the reports (at most six characters before one).
 */
export const CAMPAIGN_HEADS = ['活动', '行动', '工程', '主题活动', '专项行动', '工作', '建设'];

/**
 * Words a report's title names the document with (常州市人大常委会2024年代表工作综述, …工作情况报告): such a title is
 * the report's name, not a heading for its part of a briefing, which then goes by the city's name.
 */
export const REPORT_NAME_ENDINGS = [
  '报告',
  '综述',
  '总结',
  '汇报',
  '情况',
  '状况',
  '简况',
  '概况',
  '材料',
  '通报',
  '说明',
  '要点',
];

/** Of REPORT_NAME_ENDINGS, those that say the document tells how things stand (…经济运行情况): a state of things. */
export const STATE_ENDINGS = ['情况', '状况', '简况', '概况'];

/**
 * Words a sheet's title names its table with (2024年各市人大代表工作统计表): the table tells how things stand, so a
 * briefing of it is titled …情况 and tells 情况, whatever the table counts.
 */
export const TABLE_NAME_ENDINGS = ['统计表', '情况表', '一览表', '汇总表', '统计'];

/**
 * The periods a report's title may name before its subject (2024年前三季度经济运行情况), besides a year or months
 * written in digits (2024年, 1-9月): the briefing's title keeps one only when every title names the same.
 */
export const TITLE_PERIODS = ['今年以来', ...PERIODS, '全年', '年度'];

/**
 * Fields of a congress's work a report's title names (…关于2024年度代表工作情况的报告): when every titled report
 * names the same one, the briefing's title and note name it (人大代表工作) rather than work in general.
 */
export const WORK_FIELDS = ['代表工作', '立法工作', '监督工作', '信访工作', '宣传工作', '调研工作'];

/**
 * What a compilation's title opens with before its subject (全省各市一季度优化营商环境工作情况): its scope, which the
 * editor's note says by naming the cities.
 */
export const TITLE_SCOPE_OPENERS = ['关于', '全省各市', '全省各地', '全省', '各设区市', '各市', '各地'];

/** What a compilation's title ends with after its subject, besides a report's name (REPORT_NAME_ENDINGS). */
export const COMPILATION_NAME_ENDINGS = ['汇编', '摘编', '选编'];

/** Words of work done: a clause with one of these says what was done (kept over vaguer ones). */
export const ACTION_WORDS = [
  '举办',
  '开展',
  '召开',
  '制定',
  '出台',
  '作出',
  '建立',
  '建成',
  '设立',
  '组建',
  '推出',
  '形成',
  '完成',
  '组织',
  '创设',
  '推行',
  '实施',
  '印发',
  '聘',
  '通过',
  '审议',
  // Work done on cases and people, as an office's report of the quarter says it (办理涉企经营许可事项6300件).
  '办理',
  '办结',
  '受理',
  '走访',
  '收集',
  '解决',
  '新增',
  '兑现',
  // What an economy's report says was newly built or brought in (新建5G基站3200个, 新开工项目386个).
  '新建',
  '新开工',
  '新设',
  '引进',
];
