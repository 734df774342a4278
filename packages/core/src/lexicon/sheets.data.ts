/**
 * What a spreadsheet of cities × indicators writes in its city column on a row that is no city: the sheet's own
 * total (合计, 全省 …), which the briefing works out itself from the cities' rows and never adds in again.
 * As written, in either script.
 */
export const TOTAL_ROW_LABELS = [
  '合计',
  '合計',
  '总计',
  '總計',
  '小计',
  '小計',
  '总数',
  '總數',
  '全省',
  '全省合计',
  '全省合計',
  '全省总计',
  '全省總計',
  'total',
  'sum',
];

/**
 * What a statistics sheet writes in its first column under the table: a note, not a city (注：办结率按…计算,
 * 填表人：…). Matched at the start of the cell, as written, in either script.
 */
export const NOTE_ROW_LABELS = [
  '注',
  '註',
  '说明',
  '說明',
  '备注',
  '備註',
  '数据来源',
  '數據來源',
  '资料来源',
  '資料來源',
  '填表人',
  '填报人',
  '填報人',
  '审核人',
  '審核人',
  '制表',
  '填表日期',
  '填报日期',
  '填報日期',
];

/** A column of remarks beside the indicators (备注: 含补报): words, not figures, and no indicator. */
export const REMARK_COLUMNS = ['备注', '備註', '说明', '說明', '注', '註'];

/** How a sheet's heading rows declare the unit of its figures: 单位：件. */
export const SHEET_UNIT_LABELS = ['单位', '單位', '计量单位', '計量單位'];

/**
 * A header that names its unit by counting it (立法件数, 视察次数, 参训人数; 接待人次): the measure word before 数, or
 * the whole unit at the end, is the column's unit. As written, in either script.
 */
export const COUNT_HEADER_UNITS = {
  beforeShu: [
    '件',
    '次',
    '人',
    '个',
    '個',
    '项',
    '項',
    '场',
    '場',
    '户',
    '戶',
    '家',
    '条',
    '條',
    '部',
    '名',
    '期',
    '篇',
    '批',
  ],
  atEnd: ['人次'],
} as const;
