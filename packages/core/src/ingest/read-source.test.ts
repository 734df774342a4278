import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { isJianbaoError } from '../errors.js';
import { extract } from '../extract/extract.js';
import { normalize } from '../normalize/normalize.js';
import { splitSections } from '../split/split.js';
import type { Source } from '../types.js';
import { readSource } from './read-source.js';
import { readSourceAsync } from './read-source-async.js';

const schemaError = (where: string) =>
  expect.objectContaining({ code: 'INPUT_SCHEMA', details: expect.objectContaining({ where }) });

/** Every supplied figure's span holds the figure as written. */
function expectRealSpans(source: Source) {
  for (const m of source.suppliedMetrics ?? []) expect(source.text.slice(...m.span)).toBe(m.text);
}

describe('readSource: text and Markdown', () => {
  test('plain text is kept as decoded', () => {
    const source = readSource(new TextEncoder().encode('\uFEFF南京市舉辦講壇80余場。'), { origin: 'nj.txt' });
    expect(source).toEqual({ text: '南京市舉辦講壇80余場。', origin: 'nj.txt', format: 'text', meta: {} });
  });

  test('front matter gives meta; the text stays the whole file and the body starts after the front matter', () => {
    const md =
      '---\ncity: 連云港市\nsource: 沙莎\ndate: 2024-01-05\ntitle: 學習實踐活動\n---\n市人大常委會舉辦講壇。\n';
    const source = readSource(md);
    expect(source.format).toBe('markdown');
    expect(source.meta).toEqual({
      city: '連云港市',
      source: '沙莎',
      date: '2024-01-05',
      title: '學習實踐活動',
    });
    expect(source.text).toBe(md);
    expect(source.text.slice(source.bodyStart)).toBe('市人大常委會舉辦講壇。\n');
    expect(splitSections(source)).toEqual([
      { kind: 'city', city: '連雲港', source: '沙莎', span: [0, md.length] },
    ]);
  });

  test('malformed front matter is INPUT_FORMAT naming the line; a wrong field type is INPUT_SCHEMA', () => {
    expect(() => readSource('---\ncity: 南京\ntitle: [unclosed\n---\n正文', { origin: 'a.md' })).toThrow(
      expect.objectContaining({ code: 'INPUT_FORMAT', message: expect.stringMatching(/^a\.md, line \d+/) }),
    );
    expect(() => readSource('---\ncity: [南京, 無錫]\n---\n正文', { origin: 'a.md' })).toThrow(
      schemaError('a.md, front matter field city'),
    );
  });

  test('empty or whitespace-only input is INPUT_EMPTY', () => {
    for (const input of ['', '  \n\t\u3000 ', new Uint8Array(0), new TextEncoder().encode(' \n ')]) {
      expect(() => readSource(input, { origin: 'x.txt' })).toThrow(
        expect.objectContaining({
          code: 'INPUT_EMPTY',
          details: expect.objectContaining({ where: 'x.txt' }),
        }),
      );
    }
    expect(() => readSource('---\ncity: 南京\n---\n  \n')).toThrow(
      expect.objectContaining({ code: 'INPUT_EMPTY' }),
    );
  });

  test('a string over the size limit is INPUT_TOO_LARGE', () => {
    expect(() => readSource('南京'.repeat(100), { maxBytes: 100 })).toThrow(
      expect.objectContaining({ code: 'INPUT_TOO_LARGE' }),
    );
  });

  test('prose that merely starts with a bracket is text, not JSON', () => {
    expect(readSource('[南京] 舉辦講壇80余場').format).toBe('text');
    expect(readSource('{南京} 舉辦講壇80余場').format).toBe('text');
  });

  test('broken JSON given with no file name is INPUT_FORMAT, not read as prose', () => {
    for (const broken of ['{"city": "南京", "text": ', '[{"city": "南京"},\n {"city": }]', '  ["南京", ']) {
      expect(() => readSource(broken), broken).toThrow(
        expect.objectContaining({ code: 'INPUT_FORMAT', message: expect.stringMatching(/invalid JSON/) }),
      );
    }
  });
});

describe('readSource: JSON', () => {
  const records = [
    {
      city: '南京市',
      source: '南京市人大常委會研究室',
      date: '2024-01',
      text: '確定調研課題36項，舉辦講壇80余場。',
      metrics: [
        { value: 36, unit: '項', label: '確定調研課題', category: 'research' },
        { value: 80, unit: '場', qualifier: 'more_than', label: '講壇', text: '80余場' },
        { value: 298, unit: '名', label: '列席代表', category: 'deputies' },
      ],
    },
    { city: '无锡', text: '开展视察12次。' },
  ];

  test('an array of city records: prose in order, one section per city, supplied figures with real spans', () => {
    const source = readSource(JSON.stringify(records), { origin: 'cities.json' });
    expect(source.format).toBe('json');
    expect(source.text).toBe(
      '## 南京\n確定調研課題36項，舉辦講壇80余場。\n列席代表：298名。\n\n## 無錫\n开展视察12次。',
    );
    expectRealSpans(source);
    // A category not given is the indicator's (講壇 → lectures); a declared label names its indicator.
    expect(
      source.suppliedMetrics?.map((m) => [
        m.label,
        m.value,
        m.unit,
        m.qualifier,
        m.category,
        m.text,
        m.indicator,
      ]),
    ).toEqual([
      ['確定調研課題', 36, '項', 'exact', 'research', '36項', 'research_topics|items|output'],
      ['講壇', 80, '場', 'more_than', 'lectures', '80余場', 'lectures|times|activity'],
      ['列席代表', 298, '名', 'exact', 'deputies', '298名', 'deputies|people|participants'],
    ]);
    const sections = splitSections(source);
    expect(sections.map((s) => [s.city, s.source])).toEqual([
      ['南京', '南京市人大常委會研究室'],
      ['無錫', null],
    ]);
    expect(sections[1]?.span).toEqual([source.text.indexOf('## 無錫'), source.text.length]);
    expect(source.parts?.[0]).toMatchObject({ city: '南京市', date: '2024-01' });
  });

  test('one city record: meta carries its fields', () => {
    const source = readSource(JSON.stringify({ city: '鹽城', date: '2023-11-24', text: '召開會議。' }));
    expect(source.meta).toEqual({ city: '鹽城', date: '2023-11-24' });
    expect(source.text).toBe('召開會議。');
  });

  test('schema errors name the field path; syntax errors the line', () => {
    const bad = structuredClone(records) as unknown as Record<string, unknown>[];
    (bad[0]?.metrics as Record<string, unknown>[])[1] = { value: 80, label: '講壇' };
    expect(() => readSource(JSON.stringify(bad), { origin: 'c.json' })).toThrow(
      schemaError('c.json, field [0].metrics[1].unit'),
    );
    expect(() => readSource(JSON.stringify({ city: '南京', txt: '…' }), { origin: 'c.json' })).toThrow(
      expect.objectContaining({ code: 'INPUT_SCHEMA' }),
    );
    expect(() =>
      readSource(JSON.stringify({ city: '南京', text: 'x', date: '2024/1/5' }), { origin: 'c.json' }),
    ).toThrow(schemaError('c.json, field date'));
    expect(() => readSource('{"city": "南京",\n "text": }', { origin: 'c.json' })).toThrow(
      expect.objectContaining({
        code: 'INPUT_FORMAT',
        message: expect.stringMatching(/^c\.json\b.*invalid JSON/),
      }),
    );
  });
});

describe('CSV (readSourceAsync; readSource refuses it)', () => {
  test('prose rows and figure rows', async () => {
    const csv = [
      'city,source,date,text,label,value,unit,qualifier,category',
      '南京,研究室,2024-01,確定調研課題36項。,,,,,',
      '南京,,,,確定調研課題,36,項,,research',
      '無錫,錫人宣,,開展視察12次。,,,,,',
      '無錫,,,,接待選民,1200,人次,more_than,visits',
    ].join('\n');
    const source = await readSourceAsync(csv, { origin: 'cities.csv' });
    expect(source.format).toBe('csv');
    expect(source.text).toBe('## 南京\n確定調研課題36項。\n\n## 無錫\n開展視察12次。\n接待選民：1200人次。');
    expectRealSpans(source);
    expect(splitSections(source).map((s) => [s.city, s.source])).toEqual([
      ['南京', '研究室'],
      ['無錫', '錫人宣'],
    ]);
    expect(source.suppliedMetrics?.map((m) => [m.value, m.qualifier, m.category])).toEqual([
      [36, 'exact', 'research'],
      [1200, 'more_than', 'visits'],
    ]);
  });

  test('errors name the row (the header is row 1) or the column', async () => {
    const header = 'city,text,label,value,unit';
    await expect(readSourceAsync(`${header}\n南京,講壇,,,\n,無城市,,,`, { origin: 'c.csv' })).rejects.toThrow(
      schemaError('c.csv, row 3'),
    );
    await expect(readSourceAsync(`${header}\n南京,,講壇,八十,場`, { origin: 'c.csv' })).rejects.toThrow(
      schemaError('c.csv, row 2'),
    );
    await expect(readSourceAsync('city,txt\n南京,講壇', { origin: 'c.csv' })).rejects.toThrow(
      schemaError('c.csv, row 1'),
    );
    await expect(readSourceAsync(`${header}\n南京,甲,,,\n南京,乙,,,`, { origin: 'c.csv' })).rejects.toThrow(
      schemaError('c.csv, row 3'),
    );
  });

  test('readSource, which loads no CSV parser, refuses a CSV naming the asynchronous reader', () => {
    expect(() => readSource('city,text\n南京,講壇', { origin: 'c.csv' })).toThrow(
      expect.objectContaining({
        code: 'INPUT_FORMAT',
        message: 'c.csv is a CSV table: read it with readSourceAsync',
      }),
    );
  });
});

/** A minimal .docx: the parts Word needs to find the body, and the body. */
function docx(paragraphs: string[], extra: Record<string, Uint8Array> = {}): Uint8Array {
  const body = paragraphs
    .map(
      (p) => `<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`,
    )
    .join('');
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="x"><w:body>${body}<w:p/></w:body></w:document>`,
    ),
    ...extra,
  });
}

describe('readSourceAsync: the size limit', () => {
  test('applies to the bytes, as in readSource (GBK is 2 bytes a character, UTF-8 3)', async () => {
    const body = '南京市人大常委会组织调研12次。'.repeat(50);
    for (const text of [body, `---\ncity: 南京\n---\n${body}`]) {
      const gbk = new Uint8Array(iconv.encode(text, 'gbk'));
      const maxBytes = gbk.length + 10;
      expect(new TextEncoder().encode(text).length).toBeGreaterThan(maxBytes);
      expect(readSource(gbk, { origin: 'a.md', maxBytes }).text).toBe(text);
      expect((await readSourceAsync(gbk, { origin: 'a.md', maxBytes })).text).toBe(text);
    }
  });
});

describe('readSourceAsync: .docx', () => {
  test('reads the paragraphs, one line each, with entities decoded', async () => {
    const bytes = docx(['南京市人大常委會', '舉辦講壇80余場 &amp; 培訓&lt;2&gt;期']);
    const source = await readSourceAsync(bytes, { origin: 'nanjing.docx' });
    expect(source.format).toBe('docx');
    expect(source.text).toBe('南京市人大常委會\n舉辦講壇80余場 & 培訓<2>期\n');
    // Detected from the zip signature when the name says nothing.
    expect((await readSourceAsync(bytes)).format).toBe('docx');
  });

  test('keeps a centred or Title-styled paragraph apart by a blank line, so its missing full stop joins nothing; the first is the title', async () => {
    const body = [
      '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>常州市人大常委会：推动人大工作高质量发展</w:t></w:r></w:p>',
      '<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>二〇二四年工作情况</w:t></w:r></w:p>',
      // A PDF saved as Word: a paragraph a printed line, joined back into its sentence.
      '<w:p><w:r><w:t>今年以来，常州市人大常委会组织代表视察调研42次，去年4月19</w:t></w:r></w:p>',
      '<w:p><w:r><w:t>日，推动解决问题1929个。</w:t></w:r></w:p>',
    ].join('');
    const bytes = zipSync({
      'word/document.xml': strToU8(`<w:document><w:body>${body}</w:body></w:document>`),
    });
    const source = await readSourceAsync(bytes, { origin: 'titled.docx' });
    // The first paragraph, set as a title, is the report's title.
    expect(source.meta).toEqual({ title: '常州市人大常委会：推动人大工作高质量发展' });
    expect(source.text).toBe(
      '常州市人大常委会：推动人大工作高质量发展\n\n二〇二四年工作情况\n\n今年以来，常州市人大常委会组织代表视察调研42次，去年4月19\n日，推动解决问题1929个。',
    );
    expect(normalize(source.text).text).toBe(
      '常州市人大常委会：推动人大工作高质量发展\n\n二〇二四年工作情况\n\n今年以来，常州市人大常委会组织代表视察调研42次，去年4月19日，推动解决问题1929个。',
    );
  });

  test('reads a table a row a line, cells apart by tabs, each row apart, so no cell is joined into a sentence', async () => {
    const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const cellOf = (...texts: string[]) => `<w:tc><w:tcPr/>${texts.map(p).join('')}</w:tc>`;
    const row = (...cells: string[]) => `<w:tr><w:trPr/>${cells.join('')}</w:tr>`;
    // A table nested in a cell keeps its text in that cell.
    const nested = `<w:tc><w:tbl>${row(cellOf('其中'), cellOf('20'))}</w:tbl></w:tc>`;
    const body = [
      p('全市代表建议办理情况如下：'),
      `<w:tbl><w:tblPr/>${row(cellOf('类别'), cellOf('件数'))}${row(cellOf('代表议案'), cellOf('9'))}${row(cellOf('闭会期间', '建议'), nested)}</w:tbl>`,
      p('市人大常委会制定了条例。'),
    ].join('');
    const bytes = zipSync({
      'word/document.xml': strToU8(`<w:document><w:body>${body}</w:body></w:document>`),
    });
    const source = await readSourceAsync(bytes, { origin: 'table.docx' });
    expect(source.text).toBe(
      '全市代表建议办理情况如下：\n\n类别\t件数\n\n代表议案\t9\n\n闭会期间 建议\t其中 20\n\n市人大常委会制定了条例。',
    );
    // The last cell stays a cell: before, its 9 was joined to the next paragraph (9市人大常委会制定了条例).
    expect(normalize(source.text).text).not.toContain('9市');
  });

  test('reads a floating table (a 版记 anchored at the page foot) after the text it is placed beside', async () => {
    const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const closing = `<w:tbl><w:tblPr><w:tblpPr w:vertAnchor="margin" w:tblpYSpec="bottom"/></w:tblPr><w:tr><w:tc>${p('报：省人大常委会')}</w:tc></w:tr></w:tbl>`;
    const body = `${p('一、主要做法')}${closing}${p('泰州市人大常委会组织代表进站接待选民1.8万人次。')}`;
    const bytes = zipSync({
      'word/document.xml': strToU8(`<w:document><w:body>${body}</w:body></w:document>`),
    });
    const source = await readSourceAsync(bytes, { origin: 'jianbao.docx' });
    expect(source.text).toBe(
      '一、主要做法\n泰州市人大常委会组织代表进站接待选民1.8万人次。\n\n报：省人大常委会',
    );
  });

  test('reads a table of cities’ reports (序号 | 设区市 | 主要做法) as a part a city, not one run of rows', async () => {
    const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const row = (...cells: string[][]) =>
      `<w:tr>${cells.map((c) => `<w:tc>${c.map(p).join('')}</w:tc>`).join('')}</w:tr>`;
    const table = `<w:tbl>${[
      row(['序号'], ['设区市'], ['主要做法和成效']),
      row(
        ['1'],
        ['南京市'],
        ['南京市人大常委会今年组织代表视察42次，走访选民1.6万人次。', '全市收集意见建议560条。'],
      ),
      row(['2'], ['无锡市'], ['无锡市人大常委会开展专题调研18次，推动解决问题120个。']),
    ].join('')}</w:tbl>`;
    const bytes = zipSync({
      'word/document.xml': strToU8(
        `<w:document><w:body>${p('各市代表工作情况汇总表')}${table}</w:body></w:document>`,
      ),
    });
    const source = await readSourceAsync(bytes, { origin: 'summary.docx' });
    expect(source.text).toBe(
      '各市代表工作情况汇总表\n\n## 南京市\n\n南京市人大常委会今年组织代表视察42次，走访选民1.6万人次。\n全市收集意见建议560条。\n\n## 无锡市\n\n无锡市人大常委会开展专题调研18次，推动解决问题120个。',
    );
    const sections = extract(source).sections;
    expect(sections.map((s) => [s.kind, s.city])).toEqual([
      ['preface', null],
      ['city', '南京'],
      ['city', '无锡'],
    ]);
    expect(sections[1]?.metrics.map((m) => m.text)).toEqual(['42次', '1.6万人次', '560条']);
    // A column of figures beside a long remark makes it a table of cities' figures, read as a sheet is: each
    // figure stated with its column's name and unit, the remark kept after them.
    const data = `<w:tbl>${[
      row(['城市'], ['代表建议（件）'], ['视察次数'], ['备注']),
      row(['南京市'], ['812'], ['46'], ['含各区县补报的数据，另有两个区未按时报送']),
      row(['无锡市'], ['655'], [], []),
    ].join('')}</w:tbl>`;
    const withData = await readSourceAsync(
      zipSync({ 'word/document.xml': strToU8(`<w:document><w:body>${data}</w:body></w:document>`) }),
      { origin: 'data.docx' },
    );
    expect(withData.text).toBe(
      '## 南京市\n\n代表建议：812件；视察次数：46次。\n备注：含各区县补报的数据，另有两个区未按时报送。\n\n## 无锡市\n\n代表建议：655件。',
    );
    expect(extract(withData).sections.map((s) => s.metrics.map((m) => [m.label, m.text]))).toEqual([
      [
        ['代表建议', '812件'],
        ['视察次数', '46次'],
      ],
      [['代表建议', '655件']],
    ]);
    // Without a header row: a first column naming a city in every row still makes each row a city's part.
    const bare = `<w:tbl>${[
      row(['南京市'], ['南京市人大常委会今年组织代表视察42次，走访选民1.6万人次。']),
      row(['无锡市'], ['无锡市人大常委会开展专题调研18次，推动解决问题120个。']),
    ].join('')}</w:tbl>`;
    const withBare = await readSourceAsync(
      zipSync({ 'word/document.xml': strToU8(`<w:document><w:body>${bare}</w:body></w:document>`) }),
      { origin: 'bare.docx' },
    );
    expect(extract(withBare).sections.map((s) => [s.city, s.metrics.map((m) => m.text)])).toEqual([
      ['南京', ['42次', '1.6万人次']],
      ['无锡', ['18次', '120个']],
    ]);
    // A table whose cells are no figures under a unit is read a row a line, no cell left out.
    const other = `<w:tbl>${[row(['城市'], ['联系人']), row(['南京市'], ['张三'])].join('')}</w:tbl>`;
    const withOther = await readSourceAsync(
      zipSync({ 'word/document.xml': strToU8(`<w:document><w:body>${other}</w:body></w:document>`) }),
      { origin: 'other.docx' },
    );
    expect(withOther.text).toBe('城市\t联系人\n\n南京市\t张三');
  });

  test('takes a city named in a heading style for the start of its part (标题 2 in a Chinese Word: style 2)', async () => {
    const r = (text: string) => `<w:r><w:t>${text}</w:t></w:r>`;
    const styled = (style: string, text: string) =>
      `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${r(text)}</w:p>`;
    const outline = (text: string) => `<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr>${r(text)}</w:p>`;
    const p = (text: string) => `<w:p>${r(text)}</w:p>`;
    const body = [
      p('全省各市人大代表工作情况'),
      styled('2', '南京市'),
      p('南京市人大常委会今年组织代表视察42次。'),
      styled('Heading2', '无锡市'),
      p('无锡市人大常委会开展专题调研18次。'),
      outline('徐州市'),
      p('徐州市人大常委会组织代表视察35次。'),
      // A heading that is a sentence is left as it is.
      styled('2', '徐州市人大常委会全年组织代表开展集中视察活动，成效明显'),
    ].join('');
    const bytes = zipSync({
      'word/document.xml': strToU8(`<w:document><w:body>${body}</w:body></w:document>`),
    });
    const source = await readSourceAsync(bytes, { origin: 'headed.docx' });
    expect(source.text).toContain('## 南京市\n\n南京市人大常委会');
    expect(source.text).toContain('\n\n徐州市人大常委会全年组织代表开展集中视察活动，成效明显');
    expect(extract(source).sections.map((s) => [s.kind, s.city])).toEqual([
      ['preface', null],
      ['city', '南京'],
      ['city', '无锡'],
      ['city', '徐州'],
    ]);
  });

  test('reads a text box once, after the paragraph it is anchored in, and moved text where it now stands', async () => {
    const r = (text: string) => `<w:r><w:t>${text}</w:t></w:r>`;
    const box = `<w:txbxContent><w:p>${r('本期导读：三市代表工作')}</w:p></w:txbxContent>`;
    // Word writes a text box twice: as a drawing, and again as VML for older readers (mc:Fallback).
    const drawing = `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>${box}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>${box}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    const moved = `<w:p><w:moveFrom w:id="1">${r('这句移走了。')}</w:moveFrom>${r('无锡市组织代表视察22次。')}<w:moveTo w:id="2">${r('这句移走了。')}</w:moveTo></w:p>`;
    const body = `<w:p>${r('南京市人大常委会组织代表视察42次，')}${drawing}${r('走访选民1.6万人次。')}</w:p>${moved}`;
    const bytes = zipSync({
      'word/document.xml': strToU8(`<w:document><w:body>${body}</w:body></w:document>`),
    });
    const source = await readSourceAsync(bytes, { origin: 'boxed.docx' });
    expect(source.text).toBe(
      '南京市人大常委会组织代表视察42次，走访选民1.6万人次。\n本期导读：三市代表工作\n无锡市组织代表视察22次。这句移走了。',
    );
  });

  test('refuses a document whose uncompressed text is over the limit (zip bomb)', async () => {
    const bomb = docx(['南'.repeat(200_000)]);
    expect(bomb.length).toBeLessThan(10_000);
    await expect(readSourceAsync(bomb, { origin: 'bomb.docx', maxBytes: 100_000 })).rejects.toThrow(
      expect.objectContaining({ code: 'INPUT_TOO_LARGE' }),
    );
  });

  test('a zip that is not a Word document, or a .docx that is not a zip, is INPUT_FORMAT', async () => {
    const zip = zipSync({ 'a.txt': strToU8('南京') });
    await expect(readSourceAsync(zip, { origin: 'a.docx' })).rejects.toThrow(
      expect.objectContaining({ code: 'INPUT_FORMAT' }),
    );
    await expect(readSourceAsync(new TextEncoder().encode('南京'), { origin: 'a.docx' })).rejects.toThrow(
      expect.objectContaining({
        code: 'INPUT_FORMAT',
        details: expect.objectContaining({ where: 'a.docx' }),
      }),
    );
  });

  test('readSource, which loads no unzipper, refuses a .docx naming the asynchronous reader', () => {
    for (const options of [{ origin: 'nanjing.docx' }, {}]) {
      expect(() => readSource(docx(['南京市人大常委會']), options)).toThrow(
        expect.objectContaining({
          code: 'INPUT_FORMAT',
          message: expect.stringMatching(/read it with readSourceAsync$/),
        }),
      );
    }
  });
});

describe('readSource properties', () => {
  const formats = fc.constantFrom(undefined, 'text', 'markdown', 'json', 'csv') as fc.Arbitrary<
    'text' | 'markdown' | 'json' | 'csv' | undefined
  >;
  test('any string, read as any format and split, gives sections or a JianbaoError — nothing else', () => {
    const texts = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.json().map((j) => j),
      fc.constantFrom(
        '---\ncity: 南京\n---\n正文',
        'city,text\n南京,正文',
        '{"city":"南京","text":"x"}',
        '[1,2]',
      ),
    );
    fc.assert(
      fc.property(texts, formats, (text, format) => {
        try {
          const source = readSource(text, { format });
          const sections = splitSections(source);
          expect(sections.at(-1)?.span[1]).toBe(source.text.length);
        } catch (error) {
          if (!isJianbaoError(error)) throw error;
          expect(error.details.where).toBeTruthy();
          expect(error.details.snippet).toBeDefined();
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('readSourceAsync: .docx hostile structure (issue 18)', () => {
  test('a zip of 5,000 entries is read (no "Maximum call stack size exceeded")', async () => {
    const extra: Record<string, Uint8Array> = {};
    for (let i = 0; i < 5000; i++) extra[`customXml/item${i}.xml`] = strToU8('<a/>');
    expect((await readSourceAsync(docx(['南京市人大常委會'], extra), { origin: 'many.docx' })).text).toBe(
      '南京市人大常委會\n',
    );
  });

  test('unclosed paragraphs and runs are dropped, closed ones kept, in order', async () => {
    const xml =
      '<w:document><w:body><w:p><w:r><w:t>一</w:t><w:tab/><w:t xml:space="preserve">二</w:t><w:br/></w:r></w:p>' +
      '<w:p/><w:pPr/><w:p w:rsidR="1"><w:t>三<w:t>四</w:t></w:p><w:p><w:t>五</w:t>';
    const bytes = zipSync({ 'word/document.xml': strToU8(xml) });
    expect((await readSourceAsync(bytes, { origin: 'a.docx' })).text).toBe('一\t二\n\n\n四');
  });
});
