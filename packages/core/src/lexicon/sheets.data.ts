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
