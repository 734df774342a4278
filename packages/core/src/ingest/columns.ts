import { TOTAL_ROW_LABELS } from '../lexicon/sheets.data.js';

/**
 * Header names that CSV and spreadsheet inputs accept for each column: the English name (any case) and the
 * Chinese names an office would type, in Simplified or Traditional script.
 */
const ALIASES: Record<string, readonly string[]> = {
  city: [
    '城市',
    '城市名',
    '城市名称',
    '城市名稱',
    '市',
    '地市',
    '设区市',
    '設區市',
    '地区',
    '地區',
    '市别',
    '市別',
  ],
  source: ['来源', '來源', '出处', '出處', '署名'],
  date: ['日期', '时间', '時間'],
  title: ['标题', '標題', '题目', '題目'],
  text: ['正文', '内容', '內容', '文本'],
  label: ['指标', '指標', '项目', '項目'],
  value: ['数值', '數值', '数量', '數量'],
  valueMax: ['上限', '最大值'],
  unit: ['单位', '單位', '计量单位', '計量單位'],
  qualifier: ['限定', '限定词', '限定詞'],
  category: ['类别', '類別', '分类', '分類'],
};

const BY_NAME = new Map<string, string>();
for (const [column, names] of Object.entries(ALIASES)) {
  BY_NAME.set(column.toLowerCase(), column);
  for (const name of names) BY_NAME.set(name, column);
}

/**
 * The column a header names (`城市` → `city`, `City` → `city`, `valuemax` → `valueMax`), or the header itself,
 * trimmed, when it is not a known name (so an error can quote it).
 */
export function canonicalColumn(header: string): string {
  const trimmed = header.replace(/^\uFEFF/, '').trim();
  return BY_NAME.get(trimmed) ?? BY_NAME.get(trimmed.toLowerCase()) ?? trimmed;
}

/** The columns a CSV (or a sheet of prose rows) may have, by their canonical names. */
export const CSV_COLUMNS = [
  'city',
  'source',
  'date',
  'title',
  'text',
  'label',
  'value',
  'valueMax',
  'unit',
  'qualifier',
  'category',
] as const;

const TOTAL_ROWS = new Set<string>(TOTAL_ROW_LABELS);

/** Whether a row's city cell names the table's own total (合计, 全省), which is no city (lexicon/sheets.data.ts). */
export function isTotalRow(city: string): boolean {
  return TOTAL_ROWS.has(city.replace(/\s+/g, '').toLowerCase());
}
