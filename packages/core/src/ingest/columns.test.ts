import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extract } from '../extract/extract.js';
import { readSourceAsync } from './read-source-async.js';

describe('CSV headers in Chinese or English', () => {
  const rows = [
    [
      '南京',
      '宁人宣',
      '2024-01-08',
      '南京：代表进社区',
      '南京全年组织代表接待群众2300人次，收集意见建议560条。',
    ],
    ['无锡', '锡人宣', '2024-01-09', '无锡：议事厅', '无锡全年开展议事活动48场。'],
  ];
  const csv = (header: string[]) => [header, ...rows].map((r) => r.join(',')).join('\n');

  it('城市/来源/日期/标题/正文 read as city/source/date/title/text', async () => {
    const chinese = await readSourceAsync(csv(['城市', '来源', '日期', '标题', '正文']), { origin: 'a.csv' });
    const english = await readSourceAsync(csv(['city', 'source', 'date', 'title', 'text']), {
      origin: 'a.csv',
    });
    const mixed = await readSourceAsync(csv([' City ', '來源', 'Date', '標題', 'TEXT']), { origin: 'a.csv' });
    expect(chinese.parts?.[0]).toMatchObject({
      city: '南京',
      source: '宁人宣',
      date: '2024-01-08',
      title: '南京：代表进社区',
    });
    expect(chinese.text).toBe(english.text);
    expect(chinese.parts).toEqual(english.parts);
    expect(mixed.parts).toEqual(english.parts);
  });

  it('a CSV saved by Excel in GBK with Chinese headers reads the same as in UTF-8', async () => {
    const text = csv(['城市', '来源', '日期', '标题', '正文']);
    const gbk = await readSourceAsync(new Uint8Array(iconv.encode(text, 'gbk')), { origin: 'gbk.csv' });
    expect(gbk.text).toBe((await readSourceAsync(text, { origin: 'gbk.csv' })).text);
    expect(gbk.parts?.map((p) => p.city)).toEqual(['南京', '无锡']);
  });

  it('指标/数值/单位 rows supply ready-made figures', async () => {
    const source = await readSourceAsync(
      '城市,指标,数值,单位\n南京,代表建议,560,件\n南京,接待群众,2300,人次\n',
      {
        origin: 'f.csv',
      },
    );
    const metrics = extract(source).sections.flatMap((s) => s.metrics);
    expect(metrics.map((m) => [m.label, m.value, m.unit])).toEqual([
      ['代表建议', 560, '件'],
      ['接待群众', 2300, '人次'],
    ]);
  });

  it('a sheet saved as CSV reads as the sheet: cities × indicators, under a title, 单位 and a two-row header', async () => {
    const plain = await readSourceAsync(
      '设区市,代表建议(件),视察调研（次）\n南京市,812,46\n无锡市,655,38\n',
      {
        origin: 'plain.csv',
      },
    );
    expect(extract(plain).sections.map((s) => s.metrics.map((m) => [m.label, m.value, m.unit]))).toEqual([
      [
        ['代表建议', 812, '件'],
        ['视察调研', 46, '次'],
      ],
      [
        ['代表建议', 655, '件'],
        ['视察调研', 38, '次'],
      ],
    ]);
    // As Excel saves an office's sheet: merged cells empty but their first, a 合计 row and a note under the table.
    const office = [
      '2024年各市人大代表工作统计表,,,,',
      '单位：件,,,,',
      '设区市,代表建议,,视察调研（次）,备注',
      ',收到,办结,,',
      '南京市,812,790,46,',
      '无锡市,655,655,38,含补报',
      '合计,1467,1445,84,',
      '注：办结率按办结件数除以收到件数计算。,,,,',
    ].join('\n');
    const source = await readSourceAsync(office, { origin: 'office.csv' });
    const sections = extract(source).sections;
    expect(sections.map((s) => s.city)).toEqual([null, '南京', '无锡']);
    expect(source.meta.title).toBe('2024年各市人大代表工作统计表');
    expect(sections[2]?.metrics.map((m) => [m.label, m.value, m.unit])).toEqual([
      ['代表建议收到', 655, '件'],
      ['代表建议办结', 655, '件'],
      ['视察调研', 38, '次'],
    ]);
    // The remark is the sheet's words about its row: kept in the city's text, after the row's figures.
    const wuxi = sections[2];
    expect(source.text.slice(...(wuxi?.span ?? [0, 0]))).toMatch(/视察调研：38次。\n备注：含补报。$/);
    for (const m of wuxi?.metrics ?? []) expect(source.text.slice(...m.span)).toBe(m.text);
  });

  it('a header that counts in its unit (立法件数, 视察次數, 接待人次) gives its column that unit, keeping its words', async () => {
    const csv = [
      '设区市,立法件数,视察次數,接待人次,备注',
      '南京市,12,46,2300,',
      '无锡市,9,38,1800,新订3件',
      '徐州市,7,52,950,',
    ].join('\n');
    const source = await readSourceAsync(csv, { origin: 'count.csv' });
    const sections = extract(source).sections;
    expect(sections.map((s) => s.metrics.map((m) => [m.label, m.value, m.unit, m.text]))).toEqual([
      [
        ['立法件数', 12, '件', '12件'],
        ['视察次數', 46, '次', '46次'],
        ['接待人次', 2300, '人次', '2300人次'],
      ],
      [
        ['立法件数', 9, '件', '9件'],
        ['视察次數', 38, '次', '38次'],
        ['接待人次', 1800, '人次', '1800人次'],
        ['新订', 3, '件', '3件'],
      ],
      [
        ['立法件数', 7, '件', '7件'],
        ['视察次數', 52, '次', '52次'],
        ['接待人次', 950, '人次', '950人次'],
      ],
    ]);
    // A header too short to name a thing (人数 alone) is still refused, as before.
    await expect(readSourceAsync('城市,人数\n南京,12\n', { origin: 'bare.csv' })).rejects.toThrow(
      /^bare\.csv, row 1: unknown column "人数"/,
    );
  });

  it('a CSV of one city’s figures with no 城市 column takes the city its file’s name gives', async () => {
    const csv = '指标,数值,单位\n代表建议,812,件\n视察次数,46,次\n';
    const source = await readSourceAsync(csv, { origin: 'reports/南京市代表工作.csv' });
    expect(extract(source).sections.map((s) => [s.city, s.metrics.map((m) => m.text)])).toEqual([
      ['南京', ['812件', '46次']],
    ]);
    // A file whose name names no city, or two, still needs the column.
    for (const origin of ['stats.csv', '南京无锡.csv'])
      await expect(readSourceAsync(csv, { origin })).rejects.toThrow(/the header has no "city" column/);
  });

  it('a CSV that lists the cities across its first row reads as one with a city a row', async () => {
    const across =
      '指标,单位,南京市,无锡市,徐州市\n代表建议,件,812,640,590\n视察次数,,46,38,29\n备注,,含补报,,\n';
    const down = '城市,代表建议（件）,视察次数,备注\n南京市,812,46,含补报\n无锡市,640,38,\n徐州市,590,29,\n';
    const read = async (csv: string) => (await readSourceAsync(csv, { origin: 'a.csv' })).text;
    expect(await read(across)).toBe(await read(down));
    expect(await read(across)).toContain('备注：含补报');
    // A 备注 column beside the cities holds a remark on each indicator's row: every city's part keeps it.
    const remarked = await read(
      '指标,南京市,无锡市,备注\n代表建议（件）,812,515,含闭会期间建议\n视察（次）,36,28,\n',
    );
    expect(remarked.match(/备注：代表建议（件），含闭会期间建议/g)).toHaveLength(2);
    // An indicator without its unit is named as such, at its cell (A2), not as an unknown column 南京市.
    await expect(
      readSourceAsync('指标,南京市,无锡市\n代表建议,812,640\n', { origin: 'u.csv' }),
    ).rejects.toThrow(/^u\.csv, cell A2: indicator "代表建议" has no unit/);
  });

  it('a CSV of cities’ reports in words (序号,设区市,主要做法和成效) reads as prose rows', async () => {
    const csv =
      '序号,设区市,主要做法和成效\n1,南京市,南京市人大常委会今年组织代表视察42次，走访选民1.6万人次。\n2,无锡市,无锡市人大常委会开展专题调研18次。\n';
    const sections = extract(await readSourceAsync(csv, { origin: 'summary.csv' })).sections;
    expect(sections.map((s) => [s.city, s.metrics.map((m) => m.text)])).toEqual([
      ['南京', ['42次', '1.6万人次']],
      ['无锡', ['18次']],
    ]);
  });

  it('a column named twice is refused, naming it: its second cells are not dropped in silence', async () => {
    await expect(readSourceAsync('city,text,正文\n南京,甲,乙\n', { origin: 'dup.csv' })).rejects.toThrow(
      /^dup\.csv, row 1: column "text" is named twice/,
    );
  });

  it('columns by period (2023年, 2024年) are refused, naming them and saying which to keep: no year is guessed', async () => {
    const table = '指标,单位,2023年,2024年\n代表建议,件,601,628\n代表之家,个,150,163\n';
    await expect(readSourceAsync(table, { origin: '宿迁市.csv' })).rejects.toThrow(
      /^宿迁市\.csv, row 1: columns by period \(2023年, 2024年\): .*keep the column of the period it covers/,
    );
    await expect(readSourceAsync('城市,上年,本年\n宿迁市,601,628\n', { origin: 'p.csv' })).rejects.toThrow(
      /columns by period \(上年, 本年\)/,
    );
  });

  it('an unknown header is still named, in one line', async () => {
    await expect(readSourceAsync('城市,备注\n南京,无\n', { origin: 'u.csv' })).rejects.toThrow(
      /^u\.csv, row 1: unknown column "备注"/,
    );
  });
});
