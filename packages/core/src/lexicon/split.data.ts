/**
 * What the splitter reads as the frame of a compiled article rather than a city's report, in Simplified and
 * Traditional as written (the splitter runs before any folding of the text it splits).
 */

/** Labels of a source line closing a pasted web article: 来源：泰州市人大常委会办公室. */
export const SOURCE_LABELS = ['来源', '來源', '稿件来源', '稿件來源', '供稿', '供稿单位', '供稿單位'];

/**
 * Words a compilation's title line names itself with (全省各市人大工作情况汇编, 各市一季度经济运行情况): a short line at
 * the top without one is no title — neither a page's boilerplate (点击蓝字 关注我们) nor the first city's headline
 * (以学铸魂 推动人大工作走在前列). Simplified; matched on the folded line.
 */
export const COMPILATION_TITLE_WORDS = [
  '情况',
  '汇编',
  '摘编',
  '选编',
  '汇总',
  '综述',
  '简报',
  '专报',
  '动态',
];

/**
 * How a 简报's own masthead and closing block name its office: 扬州市人大常委会办公室编 (masthead, often with the
 * date), 扬州市人大常委会办公室 2024年5月6日印发 (版记). A city that sends its own 简报 is attributed to that office.
 */
export const MASTHEAD_OFFICE_MARKS = ['编', '編'];
/** The last character of an office's name (办公室, 办公厅, 研究室, 统计局 …): 南京市人大工作情况汇编 names none. */
export const OFFICE_ENDINGS = [
  '室',
  '厅',
  '廳',
  '局',
  '委',
  '会',
  '會',
  '部',
  '处',
  '處',
  '组',
  '組',
  '办',
  '辦',
  '院',
  '心',
  '所',
];
export const CLOSING_OFFICE_MARKS = ['印发', '印發'];

/**
 * Words an editor puts in parentheses after a paragraph that name no writer (（节选）, （有删节）): never taken for
 * the part's attribution. In either script.
 */
export const EDITORIAL_NOTES = [
  '节选',
  '節選',
  '摘编',
  '摘編',
  '摘录',
  '摘錄',
  '有删节',
  '有刪節',
  '删节',
  '刪節',
  '摘要',
  '草案',
  '试行',
  '試行',
  '暂行',
  '暫行',
  '转载',
  '轉載',
  '原文',
  '略',
];

/** What a writer's name is followed by in an attribution (（南京市人大常委会研究室供稿）). In either script. */
export const CONTRIBUTED_MARKS = ['供稿', '撰稿', '报送', '報送', '供'];
