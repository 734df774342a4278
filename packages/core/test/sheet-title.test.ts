import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../src/compose/composeBriefing.js';
import { briefingInputOf, summarizeInputs } from '../src/index.js';
import { readSourceAsync } from '../src/ingest/read-source-async.js';
import { of, plain } from './helpers/briefing.js';

/**
 * A statistics sheet is titled over its table (全省各市一季度主要经济指标情况): that title is what the office's sheet
 * is about, and what a briefing of it is about — not 南京市、无锡市……工作做法.
 */
async function briefingOf(input: string | Uint8Array, origin: string) {
  const source = await readSourceAsync(input, { origin });
  const summary = summarizeInputs([briefingInputOf(source)]);
  const doc = await composeBriefing(summary, { date: '2024-04-20', script: 'hans' });
  const note =
    of(doc, 'editorsNote')[0]
      ?.children.map((p) => plain(p.children))
      .join('') ?? '';
  return { source, doc, note, title: of(doc, 'title')[0]?.text, table: of(doc, 'table')[0] };
}

async function workbook(rows: unknown[][], merged: string[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('统计表');
  for (const row of rows) sheet.addRow(row);
  for (const range of merged) sheet.mergeCells(range);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('the title over a sheet’s table', () => {
  it('titles the briefing of a CSV saved from a sheet, and says 情况 in its note, parts and table', async () => {
    const csv = [
      '全省各市一季度主要经济指标情况,,',
      '单位：亿元,,',
      '城市,地区生产总值,一般公共预算收入',
      '南京市,4310.5,512.3',
      '无锡市,3702.8,331.6',
      '徐州市,2150.4,160.9',
      '常州市,2480.1,198.4',
    ].join('\n');
    const { source, title, note, doc, table } = await briefingOf(csv, 'stats.csv');
    expect(source.meta.title).toBe('全省各市一季度主要经济指标情况');
    expect(title).toBe('全省各市一季度主要经济指标情况');
    expect(note).toBe('本期摘编南京市、无锡市、徐州市等4个市一季度主要经济指标情况。供参阅。');
    expect(of(doc, 'heading').map((h) => h.text)).toContain('各地情况');
    expect(table?.caption).toBe('表1　各市主要数据');
  });

  it('reads an office’s workbook: a merged title, a 填报单位 line, a statistics table’s name', async () => {
    const bytes = await workbook(
      [
        ['2024年各市人大代表工作统计表'],
        ['填报单位：省人大常委会代表工作委员会  单位：件'],
        ['设区市', '代表建议', '视察调研（次）'],
        ['南京市', 812, 46],
        ['无锡市', 655, 38],
        ['徐州市', 701, 52],
      ],
      ['A1:C1', 'A2:C2'],
    );
    const { title, note, doc } = await briefingOf(bytes, 'office.xlsx');
    // A briefing is no statistics table: it tells how the work stands.
    expect(title).toBe('2024年各市人大代表工作情况');
    expect(note).toBe('本期摘编南京市、无锡市、徐州市2024年人大代表工作情况。供参阅。');
    expect(of(doc, 'heading').map((h) => h.text)).toContain('各地情况');
  });

  it('takes a sheet with its cities across a row, and heads a column in the scale every city wrote', async () => {
    const bytes = await workbook(
      [
        ['各设区市前三季度工业运行情况'],
        ['指标', '南京市', '苏州市', '南通市'],
        ['规模以上工业增加值（亿元）', 1200, 3100, 980],
        ['工业用电量（亿千瓦时）', 210, 560, 150],
      ],
      ['A1:D1'],
    );
    const { title, note, table } = await briefingOf(bytes, 'industry.xlsx');
    expect(title).toBe('各设区市前三季度工业运行情况');
    // The cities are named in the note: its scope (各设区市) is not said again.
    expect(note).toBe('本期摘编南京市、苏州市、南通市前三季度工业运行情况。供参阅。');
    const cells = (row: readonly { children: Parameters<typeof plain>[0] }[] | undefined) =>
      row?.map((cell) => plain(cell.children));
    expect(cells(table?.header[0])).toEqual(['城市', '规模以上工业增加值（亿元）', '工业用电量（亿千瓦时）']);
    expect(table?.rows.map(cells)).toEqual([
      ['南京市', '1200', '210'],
      ['苏州市', '3100', '560'],
      ['南通市', '980', '150'],
      ['合计', '5280', '920'],
    ]);
  });

  it('finds no title in a unit’s line or a filer’s, nor in a sheet without lines over its table', async () => {
    for (const over of [['单位：件,,'], ['填报单位：省统计局,,'], []]) {
      const csv = [...over, '城市,代表建议（件）,视察调研（次）', '南京市,812,46', '无锡市,655,38'].join(
        '\n',
      );
      const { source, title } = await briefingOf(csv, 'plain.csv');
      expect(source.meta.title, over.join()).toBeUndefined();
      expect(title, over.join()).toBe('南京市、无锡市工作做法');
    }
  });

  it('gives one city’s sheet its title as the report’s, unless the sheet names one in a 标题 column', async () => {
    const own = ['南京市一季度代表工作统计,,', '城市,代表建议（件）,视察调研（次）', '南京市,812,46'].join(
      '\n',
    );
    expect((await readSourceAsync(own, { origin: 'nanjing.csv' })).meta.title).toBe(
      '南京市一季度代表工作统计',
    );
    const titled = [
      '南京市一季度代表工作统计,,',
      '城市,标题,正文',
      '南京市,南京市一季度代表工作简况,全市代表提出建议812件。',
    ].join('\n');
    expect((await readSourceAsync(titled, { origin: 'nanjing.csv' })).meta.title).toBe(
      '南京市一季度代表工作简况',
    );
  });
});
