import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { of, plain } from '../../test/helpers/briefing.js';
import { composeBriefing } from '../compose/composeBriefing.js';
import { isJianbaoError } from '../errors.js';
import { extract, reportsOf } from '../extract/extract.js';
import { summarize } from '../summarize/summarize.js';
import { readSource } from './read-source.js';
import { readSourceAsync } from './read-source-async.js';

async function workbook(sheets: Record<string, unknown[][]>): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isJianbaoError(error)) {
      expect(error.message).not.toContain('\n');
      return error.code;
    }
    throw error;
  }
  throw new Error('expected a JianbaoError');
}

// 13 cities × 5 indicators, as an office would type them. Totals worked out by hand, column by column.
const HEADER = ['城市', '代表建议(件)', '培训代表（人次）', '专题调研(次)', '走访选民(人次)', '解决问题(个)'];
const ROWS: [string, number, number | string, number, number, number][] = [
  ['南京', 120, 800, 30, 1000, 200],
  ['无锡', 110, 700, 25, 900, 150],
  ['徐州', 100, 650, 20, 1100, 300],
  ['常州', 90, 600, 18, 800, 120],
  ['苏州', 150, '1200余', 40, 1500, 400],
  ['南通', 80, 500, 15, 700, 100],
  ['连云港', 60, 400, 12, 600, 90],
  ['淮安', 70, 450, 14, 650, 110],
  ['盐城', 75, 480, 16, 720, 130],
  ['扬州', 85, 520, 17, 760, 140],
  ['镇江', 50, 300, 10, 500, 80],
  ['泰州', 65, 420, 13, 640, 95],
  ['宿迁', 55, 350, 11, 560, 85],
];
// 代表建议: 120+110+100+90+150 = 570; 80+60+70+75+85 = 370; 50+65+55 = 170 → 1110
// 培训代表: 800+700+650+600+1200 = 3950; 500+400+450+480+520 = 2350; 300+420+350 = 1070 → 7370 (苏州 1200余: at least)
// 专题调研: 30+25+20+18+40 = 133; 15+12+14+16+17 = 74; 10+13+11 = 34 → 241
// 走访选民: 1000+900+1100+800+1500 = 5300; 700+600+650+720+760 = 3430; 500+640+560 = 1700 → 10430
// 解决问题: 200+150+300+120+400 = 1170; 100+90+110+130+140 = 570; 80+95+85 = 260 → 2000

describe('.xlsx of cities × indicators', () => {
  it('gives every city the figures of its row, with the unit of the header, and totals as worked out by hand', async () => {
    const bytes = await workbook({ 各市指标: [HEADER, ...ROWS] });
    const source = await readSourceAsync(bytes, { origin: 'jiangsu.xlsx' });
    expect(source.format).toBe('xlsx');
    const extraction = extract(source);
    const byCity = new Map(extraction.sections.map((s) => [s.city, s]));
    expect(extraction.sections.map((s) => s.city)).toEqual(ROWS.map((r) => r[0]));
    for (const [city, ...cells] of ROWS) {
      const metrics = byCity.get(city)?.metrics ?? [];
      expect(
        metrics.map((m) => ({ label: m.label, value: m.value, unit: m.unit, qualifier: m.qualifier })),
        city,
      ).toEqual([
        { label: '代表建议', value: cells[0], unit: '件', qualifier: 'exact' },
        {
          label: '培训代表',
          value: typeof cells[1] === 'number' ? cells[1] : 1200,
          unit: '人次',
          qualifier: typeof cells[1] === 'number' ? 'exact' : 'more_than',
        },
        { label: '专题调研', value: cells[2], unit: '次', qualifier: 'exact' },
        { label: '走访选民', value: cells[3], unit: '人次', qualifier: 'exact' },
        { label: '解决问题', value: cells[4], unit: '个', qualifier: 'exact' },
      ]);
      // Each figure's span points at the figure as written in the source text.
      for (const m of metrics) expect(source.text.slice(m.span[0], m.span[1])).toBe(m.text);
    }
    expect(byCity.get('苏州')?.metrics[1]?.text).toBe('1200余人次');

    const summary = summarize(reportsOf(source, extraction));
    const total = (category: string, unit: string) => {
      const t = summary.totals.find((x) => x.category === category && x.unit === unit);
      return t && { value: t.value, qualifier: t.qualifier, cities: t.cities.length };
    };
    expect(total('suggestions', '件')).toEqual({ value: 1110, qualifier: 'exact', cities: 13 });
    expect(total('training', '人次')).toEqual({ value: 7370, qualifier: 'at_least', cities: 13 });
    expect(total('research', '次')).toEqual({ value: 241, qualifier: 'exact', cities: 13 });
    expect(total('visits', '人次')).toEqual({ value: 10430, qualifier: 'exact', cities: 13 });
    expect(total('problems_solved', '个')).toEqual({ value: 2000, qualifier: 'exact', cities: 13 });
  });

  it('takes a total row (合计, 全省) for the sheet’s own total, not a city: its figures are never added in again', async () => {
    const rows = [
      ['城市', '代表建议（件）'],
      ['南京市', 1203],
      ['无锡市', 980],
      ['合计', 2183],
      ['全 省', 2183],
    ];
    const source = await readSourceAsync(await workbook({ 各市: rows }), { origin: 'total.xlsx' });
    const extraction = extract(source);
    expect(extraction.sections.map((s) => s.city)).toEqual(['南京', '无锡']);
    const summary = summarize(reportsOf(source, extraction));
    expect(summary.totals.find((t) => t.category === 'suggestions')?.value).toBe(2183);
    // The same in a CSV of figure rows.
    const csv = 'city,label,value,unit\n南京,代表建议,1203,件\n无锡,代表建议,980,件\n合计,代表建议,2183,件\n';
    const fromCsv = await readSourceAsync(csv, { origin: 'total.csv' });
    expect(extract(fromCsv).sections.map((s) => s.city)).toEqual(['南京', '无锡']);
  });

  it('scales 万/亿 in the header unit, reads qualifiers and thousands separators, skips empty cells', async () => {
    const bytes = await workbook({
      Sheet1: [
        ['city', '投入资金(万元)', '联系群众/人次', '代表(名)'],
        ['南京', 1.5, '近3,000', ''],
        ['无锡', '2.5', 45, '8300余'],
      ],
    });
    const source = await readSourceAsync(bytes, { origin: 'money.xlsx' });
    const sections = extract(source).sections;
    const figures = sections.map((s) => s.metrics.map((m) => [m.label, m.value, m.unit, m.qualifier]));
    expect(figures).toEqual([
      [
        ['投入资金', 15000, '元', 'exact'],
        ['联系群众', 3000, '人次', 'nearly'],
      ],
      [
        ['投入资金', 25000, '元', 'exact'],
        ['联系群众', 45, '人次', 'exact'],
        ['代表', 8300, '名', 'more_than'],
      ],
    ]);
  });

  it('quotes every cell of a city’s row in its part, however short (代表建议：1203件。)', async () => {
    const bytes = await workbook({
      各市数据: [
        ['城市', '代表建议(件)', '接待选民(人次)', '民生实事投入资金(万元)'],
        ['南京', 1203, '5200余', 32000],
        ['无锡', 1072, '近4000', 28500.5],
      ],
    });
    const source = await readSourceAsync(bytes, { origin: 'cells.xlsx' });
    const summary = summarize(reportsOf(source, extract(source)));
    const quoted = summary.cities.map((c) => c.excerpt.flatMap((p) => p.figures.map((f) => f.metric.text)));
    expect(quoted).toEqual([
      ['1203件', '5200余人次', '32000万元'],
      ['1072件', '近4000人次', '28500.5万元'],
    ]);
  });

  it('heads a money column in the 万元 every city wrote, and prints its cells and 合计 in it', async () => {
    const sheet = (nanjing: number | string) => [
      ['城市', '代表建议(件)', '民生实事投入资金(万元)'],
      ['南京', 1203, nanjing],
      ['无锡', 1072, 28500.5],
      ['徐州', 866, ''],
      ['常州', 90, 12000],
    ];
    const table = async (rows: unknown[][]) => {
      const source = await readSourceAsync(await workbook({ 数据: rows }), { origin: 'money.xlsx' });
      const doc = await composeBriefing(summarize(reportsOf(source, extract(source))), {
        date: '2024-01-15',
      });
      const [t] = of(doc, 'table');
      return [...(t?.header ?? []), ...(t?.rows ?? [])].map((r) => r.map((c) => plain(c.children)));
    };
    // 32000 + 28500.5 + 12000 = 72500.5 (万元). The columns keep the sheet's headers, not the lexicon's names.
    expect(await table(sheet(32000))).toEqual([
      ['城市', '代表建议（件）', '民生实事投入资金（万元）'],
      ['南京市', '1203', '32000'],
      ['无锡市', '1072', '28500.5'],
      ['徐州市', '866', '—'],
      ['常州市', '90', '12000'],
      ['合计', '3231', '72500.5'],
    ]);
    // Sums written in 元: the column stays in 元, each cell written with 万/亿 as figures are elsewhere.
    const yuan = await table([
      ['城市', '民生实事投入资金(元)'],
      ['南京', 320000000],
      ['无锡', 285005000],
      ['常州', 120000000],
    ]);
    expect(yuan.map((row) => row.at(-1))).toEqual([
      '民生实事投入资金（元）',
      '3.2亿',
      '28500.5万',
      '1.2亿',
      '72500.5万',
    ]);
  });

  it('heads a column that counts in its unit by its name alone: 视察次数, not 视察次数（次）', async () => {
    const rows = [
      ['设区市', '视察次数', '代表建议件数'],
      ['南京市', 46, 812],
      ['无锡市', 38, 655],
      ['徐州市', 52, 701],
    ];
    const source = await readSourceAsync(await workbook({ 统计: rows }), { origin: 'count.xlsx' });
    const doc = await composeBriefing(summarize(reportsOf(source, extract(source))), { date: '2024-01-15' });
    const [t] = of(doc, 'table');
    const header = t?.header[0]?.map((c) => plain(c.children)) ?? [];
    expect([...header].sort()).toEqual(['代表建议件数', '城市', '视察次数']);
    // 46 + 38 + 52 = 136 次; 812 + 655 + 701 = 2168 件.
    const total = t?.rows.at(-1)?.map((c) => plain(c.children)) ?? [];
    expect(total[header.indexOf('视察次数')]).toBe('136');
    expect(total[header.indexOf('代表建议件数')]).toBe('2168');
  });

  it('reads a statistics office’s sheet: title and 单位 rows over it, a header over two merged rows, notes under it', async () => {
    /** The sheet as offices lay it out, its merged cells merged (their value in the first cell only). */
    const office = async (unitLine: string): Promise<Uint8Array> => {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('统计表');
      const rows: unknown[][] = [
        ['2024年各市人大代表工作统计表'],
        [`填报单位：省人大常委会代表工作委员会  ${unitLine}`],
        ['设区市', '代表建议', null, '视察调研（次）', '备注'],
        [null, '收到', '办结'],
        ['南京市', 812, 790, 46, null],
        ['无锡市', 655, 655, 38, '含补报'],
        ['徐州市', 701, 688, 52, null],
        ['合计', 2168, 2133, 136, null],
        ['注：办结率按办结件数除以收到件数计算。'],
      ];
      for (const row of rows) sheet.addRow(row);
      for (const range of ['A1:E1', 'A2:E2', 'A3:A4', 'B3:C3', 'D3:D4', 'E3:E4', 'A9:E9'])
        sheet.mergeCells(range);
      return new Uint8Array(await book.xlsx.writeBuffer());
    };
    const source = await readSourceAsync(await office('单位：件'), { origin: 'office.xlsx' });
    const extraction = extract(source);
    // The title over the table is the file's, heading it as a compilation's does: a preface of no city.
    expect(source.meta.title).toBe('2024年各市人大代表工作统计表');
    expect(extraction.sections.map((s) => s.city)).toEqual([null, '南京', '无锡', '徐州']);
    const nanjing = extraction.sections[1]?.metrics.map((m) => [m.label, m.value, m.unit]);
    expect(nanjing).toEqual([
      ['代表建议收到', 812, '件'],
      ['代表建议办结', 790, '件'],
      ['视察调研', 46, '次'],
    ]);
    // Received and completed are two totals, each under its own words, never one name printed twice.
    const totals = summarize(reportsOf(source, extraction)).totals;
    expect(totals.filter((t) => t.unit === '件').map((t) => [t.name, t.value])).toEqual([
      ['代表建议收到', 2168],
      ['代表建议办结', 2133],
    ]);
    // A long remark does not make it a table of prose: the figures stay figures.
    const remark = await workbook({
      统计表: [
        ['设区市', '代表建议（件）', '备注'],
        ['南京市', 812, '含各区县补报的数据，另有两个区未按时报送'],
        ['无锡市', 655, ''],
      ],
    });
    const remarked = extract(await readSourceAsync(remark, { origin: 'remark.xlsx' })).sections;
    expect(remarked.map((s) => s.metrics.map((m) => m.value))).toEqual([[812], [655]]);
    // 单位：件、次 declares no one unit: a header without its own is refused, naming its cell.
    await expect(
      readSourceAsync(await office('单位：件、次'), { origin: 'two-units.xlsx' }),
    ).rejects.toMatchObject({
      code: 'INPUT_SCHEMA',
      details: { where: 'two-units.xlsx, sheet "统计表", cell B4' },
    });
  });

  it('names the sheet and the cell of a value that is not a figure, and of a header without a unit', async () => {
    const bad = await workbook({
      指标: [
        ['城市', '代表建议(件)'],
        ['南京', 12],
        ['无锡', '很多'],
      ],
    });
    await expect(readSourceAsync(bad, { origin: 'bad.xlsx' })).rejects.toThrow(
      /^bad\.xlsx, sheet "指标", cell B3: "很多" is not a figure/,
    );
    const noUnit = await workbook({
      指标: [
        ['城市', '代表建议'],
        ['南京', 12],
      ],
    });
    await expect(readSourceAsync(noUnit, { origin: 'nounit.xlsx' })).rejects.toMatchObject({
      code: 'INPUT_SCHEMA',
      details: { where: 'nounit.xlsx, sheet "指标", cell B1' },
    });
  });

  it('refuses a sheet of columns by period (2023年 | 2024年), naming them and what to keep: no year is guessed', async () => {
    const years = await workbook({
      宿迁市: [
        ['指标', '单位', '2023年', '2024年'],
        ['代表建议', '件', 588, 612],
      ],
    });
    await expect(readSourceAsync(years, { origin: 'years.xlsx' })).rejects.toThrow(
      /^years\.xlsx, sheet "宿迁市", row 1: columns by period \(2023年, 2024年\): .*keep the column of the period/,
    );
  });

  it('reads a sheet that lists the cities across a row (指标 | 单位 | 南京 | 无锡 …), one indicator a row', async () => {
    // The same 13 cities and figures as HEADER and ROWS, the other way round, under a title, with a 单位 column and a
    // 合计 column of the sheet's own.
    const indicators = HEADER.slice(1).map((header) => /^(.+?)[(（](.+)[)）]$/.exec(header) ?? []);
    const across = [
      ['各设区市人大工作主要指标'],
      ['指标', '单位', ...ROWS.map((row) => `${row[0]}市`), '合计'],
      ...indicators.map(([, name, unit], k) => [name, unit, ...ROWS.map((row) => row[k + 1]), 99999]),
    ];
    const down = await readSourceAsync(await workbook({ 各市指标: [HEADER, ...ROWS] }), { origin: 'a.xlsx' });
    const turned = await readSourceAsync(await workbook({ 各市指标: across }), { origin: 'a.xlsx' });
    const figuresOf = (source: typeof down) =>
      extract(source)
        .sections.filter((s) => s.kind === 'city')
        .map((s) => [s.city, s.metrics.map((m) => [m.label, m.value, m.unit])]);
    expect(figuresOf(turned)).toEqual(figuresOf(down));
    expect([down.meta.title, turned.meta.title]).toEqual([undefined, '各设区市人大工作主要指标']);
    // Worked out by hand above: 代表建议 1110, 走访选民 10430 (the sheet's 合计 column is no city).
    const summary = summarize(reportsOf(turned, extract(turned)));
    const total = (name: string) => summary.totals.find((t) => t.name === name)?.value;
    expect([total('代表建议'), total('走访选民')]).toEqual([1110, 10430]);
    // A cell that is no figure is named where it stands in the sheet: 无锡's column (C), 代表建议's row (2).
    const bad = await workbook({
      指标: [
        ['指标', '南京', '无锡'],
        ['代表建议（件）', 12, '很多'],
      ],
    });
    await expect(readSourceAsync(bad, { origin: 'bad.xlsx' })).rejects.toThrow(
      /^bad\.xlsx, sheet "指标", cell C2: "很多" is not a figure/,
    );
  });
});

describe('.xlsx of one city a sheet, or one city a file', () => {
  const figures = (a: number, b: number) => [
    ['指标', '数值', '单位'],
    ['代表建议', a, '件'],
    ['视察次数', b, '次'],
  ];
  const read = async (bytes: Uint8Array, origin: string) =>
    extract(await readSourceAsync(bytes, { origin })).sections.map((s) => [
      s.city,
      s.metrics.map((m) => [m.label, m.value, m.unit]),
    ]);

  it('gives each sheet named for a city the figures of its rows (指标 | 数值 | 单位), no 城市 column needed', async () => {
    const bytes = await workbook({ 南京市: figures(812, 46), 无锡市: figures(640, 38) });
    expect(await read(bytes, 'template.xlsx')).toEqual([
      [
        '南京',
        [
          ['代表建议', 812, '件'],
          ['视察次数', 46, '次'],
        ],
      ],
      [
        '无锡',
        [
          ['代表建议', 640, '件'],
          ['视察次数', 38, '次'],
        ],
      ],
    ]);
  });

  it('gives a file named for a city its one sheet’s figures; a sheet and a file that name none are refused as before', async () => {
    const bytes = await workbook({ Sheet1: figures(590, 29) });
    expect((await read(bytes, 'data/徐州市代表工作统计.xlsx'))[0]?.[0]).toBe('徐州');
    expect(await codeOf(readSourceAsync(bytes, { origin: 'stats.xlsx' }))).toBe('INPUT_SCHEMA');
  });
});

describe('.xlsx of prose rows', () => {
  const prose = [
    [
      '南京',
      '宁人宣',
      '2024-01-08',
      '南京：代表进社区',
      '南京全年组织代表进社区接待群众2300人次，收集意见建议560条，办结420件。',
    ],
    [
      '无锡',
      '锡人宣',
      '2024-01-09',
      '无锡：议事厅',
      '无锡议事厅每季度开一次，全年共开展议事活动48场，参与代表超过600名。',
    ],
    ['徐州', '', '', '', '徐州举办代表培训班12期，培训代表900余人次。'],
  ];

  it('gives the same reports as the same table as a CSV, with Chinese or English headers', async () => {
    const header = ['城市', '来源', '日期', '标题', '正文'];
    const csv = [header, ...prose].map((row) => row.join(',')).join('\n');
    const fromCsv = await readSourceAsync(csv, { origin: 'cities.csv' });
    for (const head of [header, ['city', 'source', 'date', 'title', 'text']]) {
      const fromXlsx = await readSourceAsync(await workbook({ 各市: [head, ...prose] }), {
        origin: 'cities.xlsx',
      });
      expect(fromXlsx.text).toBe(fromCsv.text);
      expect(fromXlsx.parts).toEqual(fromCsv.parts);
      const a = reportsOf(fromXlsx, extract(fromXlsx));
      const b = reportsOf(fromCsv, extract(fromCsv));
      expect(a.map(({ origin: _, ...r }) => r)).toEqual(b.map(({ origin: _, ...r }) => r));
      expect(a.flatMap((r) => r.metrics.map((m) => `${r.city} ${m.value}${m.unit}`))).toContain(
        '徐州 900人次',
      );
    }
  });

  it('reads a sheet of cities’ reports in words (序号 | 设区市 | 主要做法和成效 | 备注) as prose rows', async () => {
    const bytes = await workbook({
      汇总表: [
        ['各市代表工作情况汇总表'],
        ['序号', '设区市', '主要做法和成效', '备注'],
        [1, '南京市', '南京市人大常委会今年组织代表视察42次，走访选民1.6万人次。', ''],
        [2, '无锡市', '无锡市人大常委会开展专题调研18次，推动解决问题120个。', '数据截至11月底'],
      ],
    });
    const source = await readSourceAsync(bytes, { origin: 'summary.xlsx' });
    const sections = extract(source).sections;
    expect(sections.map((s) => s.city)).toEqual([null, '南京', '无锡']);
    expect(source.meta.title).toBe('各市代表工作情况汇总表');
    expect(sections.flatMap((s) => s.metrics.map((m) => m.text))).toEqual([
      '42次',
      '1.6万人次',
      '18次',
      '120个',
    ]);
    // The remark is the city's words too: kept with its text, not lost.
    expect(source.text).toContain('推动解决问题120个。\n数据截至11月底');
  });

  it('reads a date typed as a date cell as its ISO date, and rich text as its text', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('正文');
    sheet.addRow(['城市', '日期', '正文']);
    sheet.addRow([
      '南京',
      new Date(Date.UTC(2024, 0, 8)),
      {
        richText: [{ text: '南京全年接待群众' }, { font: { bold: true }, text: '2300人次' }, { text: '。' }],
      },
    ]);
    sheet.getCell('B2').numFmt = 'yyyy"年"m"月"d"日"';
    const source = await readSourceAsync(new Uint8Array(await book.xlsx.writeBuffer()), { origin: 'd.xlsx' });
    expect(source.meta).toMatchObject({ city: '南京', date: '2024-01-08' });
    expect(source.text).toBe('南京全年接待群众2300人次。');
  });

  it('merges a prose sheet and an indicator sheet of the same cities into one report per city', async () => {
    const bytes = await workbook({
      正文: [
        ['城市', '正文'],
        ['南京', '南京全年组织代表进社区接待群众2300人次。'],
      ],
      指标: [
        ['城市', '代表建议(件)'],
        ['南京', 560],
      ],
    });
    const source = await readSourceAsync(bytes, { origin: 'both.xlsx' });
    const sections = extract(source).sections;
    expect(sections).toHaveLength(1);
    expect(sections[0]?.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(['2300人次', '560件']);
  });
});

describe('hostile .xlsx', () => {
  it('a truncated workbook is one coded line', async () => {
    const bytes = await workbook({ 指标: [HEADER, ...ROWS] });
    for (const cut of [bytes.length - 30, Math.floor(bytes.length / 2), 40]) {
      expect(['INPUT_FORMAT', 'INPUT_SCHEMA']).toContain(
        await codeOf(readSourceAsync(bytes.subarray(0, cut), { origin: 'cut.xlsx' })),
      );
    }
  });

  it('a zip bomb (a sheet inflating to 60 MB) is INPUT_TOO_LARGE before it is read', async () => {
    // 60 MB of spaces deflate to about 60 KB; the declared size alone refuses it.
    const huge = new Uint8Array(60 * 1024 * 1024).fill(0x20);
    const bomb = zipSync(
      { 'xl/workbook.xml': new TextEncoder().encode('<workbook/>'), 'xl/worksheets/sheet1.xml': huge },
      { level: 9 },
    );
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    expect(await codeOf(readSourceAsync(bomb, { origin: 'bomb.xlsx' }))).toBe('INPUT_TOO_LARGE');
  });

  it('a zip that understates its sizes is stopped by the bytes actually inflated', async () => {
    const huge = new Uint8Array(30 * 1024 * 1024).fill(0x20);
    const bomb = zipSync({
      'xl/workbook.xml': new TextEncoder().encode('<workbook/>'),
      'xl/sheet.xml': huge,
    });
    // Rewrite every declared uncompressed size (local headers and central directory) to 1 byte.
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    for (let i = 0; i + 30 < bomb.length; i++) {
      const sig = view.getUint32(i, true);
      if (sig === 0x04034b50) view.setUint32(i + 22, 1, true);
      if (sig === 0x02014b50) view.setUint32(i + 24, 1, true);
    }
    expect(await codeOf(readSourceAsync(bomb, { origin: 'liar.xlsx', maxBytes: 10 * 1024 * 1024 }))).toBe(
      'INPUT_TOO_LARGE',
    );
  });

  it('a value in the last cell of a sheet (XFD1048576) is INPUT_LIMIT naming it, not a loop over 10¹⁰ cells', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('指标');
    sheet.addRow(HEADER);
    sheet.addRow(ROWS[0]);
    sheet.getCell('XFD1048576').value = 1;
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    await expect(readSourceAsync(bytes, { origin: 'far.xlsx' })).rejects.toMatchObject({
      code: 'INPUT_LIMIT',
      details: { where: 'far.xlsx, sheet "指标", cell XFD1048576' },
    });
  });

  it('the synchronous readSource names an .xlsx instead of calling it a broken Word file', () => {
    const bytes = zipSync({ 'xl/workbook.xml': new TextEncoder().encode('<workbook/>') });
    expect(() => readSource(bytes, { origin: 'cities.xlsx' })).toThrow(
      /cities\.xlsx is an \.xlsx workbook: read it with readSourceAsync/,
    );
    expect(() => readSource(bytes)).toThrow(/is an \.xlsx workbook/);
  });
});
