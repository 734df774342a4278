import {
  BLOCK_TYPES,
  type BriefingDocument,
  build,
  exampleDocument,
  isJianbaoError,
  type SourceRef,
} from '@jianbao/core';
import { XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { renderDocx } from '../src/index.js';
import { docxText, openDocx } from './read-docx.js';
import { JIANGSU_CITIES, researchCount, thirteenCityDocument } from './thirteen-cities.js';

const count = (haystack: string, needle: string | RegExp) => haystack.split(needle).length - 1;

describe('renderDocx on the example document (every node kind)', () => {
  it('gives every block kind its Word form', async () => {
    const doc = await exampleDocument();
    expect(new Set(doc.children.map((node) => node.type))).toEqual(new Set(BLOCK_TYPES));
    const docx = await openDocx(await renderDocx(doc));
    const body = await docx.part('word/document.xml');
    // masthead: the name in red, the red rule under office and date
    expect(body).toMatch(/<w:pStyle w:val="Masthead"\/>.*?工作简报/);
    expect(await docx.part('word/styles.xml')).toMatch(
      /w:styleId="MastheadLine".*?<w:bottom w:val="single" w:color="E60012"/,
    );
    expect(body).toMatch(/示例办公室编<\/w:t>.*?<w:t xml:space="preserve">\t2024年1月15日</);
    // title, editor's note, headings 1–4 in Word's own styles
    expect(body).toMatch(/<w:pStyle w:val="Title"\/>.*?各地工作情况汇总/);
    expect(body).toMatch(/<w:pStyle w:val="EditorsNote"\/>.*?编者按：.*?现将各地情况汇总如下/);
    for (const [level, text] of [
      [1, '一、总体情况'],
      [2, '（一）主要指标'],
      [3, '1.三级标题'],
      [4, '（1）四级标题'],
    ] as const) {
      expect(body).toMatch(
        new RegExp(`<w:pStyle w:val="Heading${level}"/>.*?${text.replace(/[.()]/g, '\\$&')}`),
      );
    }
    // table: repeated header row, rows kept whole, numbers right-aligned
    expect(count(body, '<w:tblHeader/>')).toBe(1);
    expect(count(body, '<w:cantSplit/>')).toBeGreaterThanOrEqual(3);
    expect(body).toMatch(/<w:jc w:val="right"\/><\/w:pPr>(?:(?!<\/w:p>).)*1200余/);
    // chart, list, source note, page break, closing
    expect(docx.paths).toContain('word/charts/chart1.xml');
    // official: no bullets or numbering; the list runs in the text
    expect(count(body, '<w:numPr>')).toBe(0);
    expect(body.replace(/<[^>]+>/g, '')).toContain('一是甲市率先出台办法；二是乙市制定首部条例。');
    expect(body).toMatch(/<w:pStyle w:val="SourceNote"\/>.*?（来源：甲市办公室）/);
    expect(body).toContain('<w:br w:type="page"/>');
    // closing: floated to the foot of the text block, placed from the page's edge at the left margin (28 mm)
    const closing = body.match(/<w:tblpPr ([^>]*)\/>.*?<\/w:tbl>/)?.[0] ?? '';
    for (const attribute of [
      'w:horzAnchor="page"',
      'w:tblpX="1587"',
      'w:vertAnchor="margin"',
      'w:tblpYSpec="bottom"',
    ]) {
      expect(closing).toContain(attribute);
    }
    expect(closing).toMatch(/报：省委办公厅.*?示例办公室.*?2024年1月15日印发/);
  });

  it('reads back as the document’s text in order', async () => {
    const text = await docxText(await renderDocx(await exampleDocument()));
    const expected = [
      '工作简报',
      '第1期',
      '各地工作情况汇总',
      '编者按：',
      '逾1200次',
      '表1 各市主要指标',
      '1200余',
      '36',
    ];
    // official: the list runs in the text (一是……；二是……), no bullets
    expected.push(
      '数据来源：各市报送材料。',
      '一是甲市率先出台办法；二是乙市制定首部条例。',
      '报：省委办公厅',
    );
    let at = -1;
    for (const part of expected) {
      const next = text.indexOf(part, at + 1);
      expect(next, `${part} after position ${at}`).toBeGreaterThan(at);
      at = next;
    }
  });

  it('rejects a document that does not match the schema, naming the field', async () => {
    const doc = (await exampleDocument()) as unknown as { children: unknown[] };
    doc.children.push({ type: 'sidebar', text: 'x' });
    const error = await renderDocx(doc as unknown as BriefingDocument).catch((e: unknown) => e);
    expect(isJianbaoError(error)).toBe(true);
    const where = `children.${doc.children.length - 1}.type`;
    expect(error).toMatchObject({ code: 'DOCUMENT_INVALID', details: { where } });
  });
});

describe('renderDocx: tables and pages', () => {
  /** The keep-with-next of each row of the document's first data table (the one with a repeated header). */
  const keeps = async (rows: number): Promise<boolean[]> => {
    const doc = await exampleDocument();
    const table = doc.children.find((node) => node.type === 'table');
    if (table?.type !== 'table') throw new Error('the example has a table');
    const row = table.rows[0] ?? [];
    table.rows = Array.from({ length: rows }, () => row);
    table.notes = [];
    const body = await (await openDocx(await renderDocx(doc))).part('word/document.xml');
    const xml = body.match(/<w:tbl>(?:(?!<\/w:tbl>).)*?<w:tblHeader\/>.*?<\/w:tbl>/)?.[0] ?? '';
    return [...xml.matchAll(/<w:tr>.*?<\/w:tr>/g)].map((m) => m[0].includes('<w:keepNext/>'));
  };

  it('keeps a short table on one page (every row with the next) and lets a long one split by rows', async () => {
    // header, five rows: all but the last keep with the next
    expect(await keeps(5)).toEqual([true, true, true, true, true, false]);
    // header, forty rows: only the header keeps with the first row
    expect(await keeps(40)).toEqual([true, ...Array.from({ length: 40 }, () => false)]);
  });
});

describe('renderDocx: the title', () => {
  it('sets a long title on balanced lines broken outside its quotation, with a line break between them', async () => {
    const doc = await exampleDocument();
    const title = doc.children.find((node) => node.type === 'title');
    if (title?.type !== 'title') throw new Error('the example has a title');
    title.text = '各市人大持续开展“服务发展、共建共享”主题实践活动';
    const body = await (await openDocx(await renderDocx(doc))).part('word/document.xml');
    expect(body).toMatch(
      /<w:pStyle w:val="Title"\/>.*?<w:t xml:space="preserve">各市人大持续开展<\/w:t><\/w:r><w:r><w:br\/><w:t xml:space="preserve">“服务发展、共建共享”主题实践活动</,
    );
  });
});

describe('renderDocx: a figure’s comment', () => {
  const source = (i: number): SourceRef => ({
    city: `第${i}市`,
    origin: `city-${i}.md`,
    span: [10, 14],
    text: `${i}件`,
    quote: `全年收到代表建议${i}件。`,
    line: 3,
  });
  const withSum = async (n: number): Promise<BriefingDocument> => {
    const doc = await exampleDocument();
    const sources = Array.from({ length: n }, (_, i) => source(i + 1));
    const sum = build.figure({ value: '合计', number: 1, unit: '件', label: '代表建议', sources });
    doc.children.push(build.paragraph([build.text('各市'), sum]));
    return doc;
  };
  const lastComment = async (doc: BriefingDocument) => {
    const comments = await (await openDocx(await renderDocx(doc))).part('word/comments.xml');
    return comments.slice(comments.lastIndexOf('<w:comment '));
  };

  it('quotes each source’s sentence and where to find it, for a sum of a few cities', async () => {
    const comment = await lastComment(await withSum(3));
    expect(comment).toContain('全年收到代表建议2件。');
    expect(comment).toContain('第2市 · city-2.md · 第3行');
    expect(count(comment, '<w:p>')).toBe(6);
  });

  it('lists the sources of a sum over many cities in one paragraph, each with where it stands', async () => {
    const comment = await lastComment(await withSum(200));
    expect(count(comment, '<w:p>')).toBe(1);
    expect(comment).toContain('第1市 · city-1.md · 第3行：1件；第2市 · city-2.md · 第3行：2件');
    expect(comment).toContain('第200市 · city-200.md · 第3行：200件');
    expect(comment).not.toContain('全年收到代表建议');
  });
});

describe('renderDocx on a 13-city briefing', () => {
  const rendered = thirteenCityDocument().then((doc) => renderDocx(doc));

  it('holds every city and its figure, in order', async () => {
    const text = await docxText(await rendered);
    let at = -1;
    JIANGSU_CITIES.forEach((city, index) => {
      const heading = text.indexOf(`（${index + 1}）${city}`, at + 1);
      expect(heading, city).toBeGreaterThan(at);
      const value = text.indexOf(`${researchCount(index)}次`, heading);
      expect(value, `${city}'s figure`).toBeGreaterThan(heading);
      at = value;
    });
    // and again in the table, one row per city in order
    const table = text.slice(text.indexOf('调研（次）'), text.indexOf('注：数据为示例。'));
    expect(table.match(/[\u4e00-\u9fff]+市/g)).toEqual([...JIANGSU_CITIES]);
  });

  it('sets GB/T 9704 page geometry: A4, 37/35/28/26 mm margins, 22 lines of 28.95 pt', async () => {
    const body = await (await openDocx(await rendered)).part('word/document.xml');
    expect(body).toContain('<w:pgSz w:w="11906" w:h="16838"');
    // 37 mm = 2098 twips, 26 mm = 1474, 35 mm = 1984, 28 mm = 1587 (1 mm = 56.69 twips)
    expect(body).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    // text block 225 mm = 12756 twips; / 22 lines = 579.8
    expect(body).toContain('<w:docGrid w:type="lines" w:linePitch="579"/>');
  });

  it('writes real styles with the East Asian font chain and the Latin face for digits', async () => {
    const docx = await openDocx(await rendered);
    const styles = await docx.part('word/styles.xml');
    const style = (id: string) =>
      styles.match(new RegExp(`<w:style [^>]*w:styleId="${id}".*?</w:style>`))?.[0] ?? '';
    expect(style('Normal')).toMatch(/w:ascii="Times New Roman"[^>]*w:eastAsia="仿宋_GB2312"/);
    expect(style('Normal')).toContain('<w:sz w:val="32"/>');
    expect(style('Normal')).toContain('w:line="579" w:lineRule="exact"');
    expect(style('Normal')).toContain('w:firstLineChars="200"');
    expect(style('Title')).toContain('w:eastAsia="方正小标宋简体"');
    expect(style('Heading1')).toContain('w:eastAsia="黑体"');
    expect(style('Heading2')).toContain('w:eastAsia="楷体_GB2312"');
    expect(style('Heading3')).toContain('<w:outlineLvl w:val="2"/>');
    expect(style('Heading4')).toContain('<w:outlineLvl w:val="3"/>');
    // 28 characters of 16 pt in 156 mm: each condensed by 0.25 pt (−5 twips)
    expect(styles).toMatch(/<w:rPrDefault><w:rPr>.*?<w:spacing w:val="-5"\/>/);
    // Chinese text marked zh-CN; digits and Latin en-US so no application breaks a line inside a number
    expect(styles).toContain('<w:lang w:val="en-US" w:eastAsia="zh-CN"/>');
    const fonts = await docx.part('word/fontTable.xml');
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fonts).toContain('<w:font w:name="仿宋"><w:altName w:val="FangSong"/>');
    expect(fonts).toContain('<w:font w:name="黑体"><w:altName w:val="SimHei"/>');
  });

  it('refers only to styles it defines', async () => {
    const docx = await openDocx(await rendered);
    const styles = await docx.part('word/styles.xml');
    const defined = new Set([...styles.matchAll(/w:styleId="([^"]+)"/g)].map((m) => m[1]));
    const parts = [styles, await docx.part('word/document.xml'), await docx.part('word/comments.xml')];
    const used = parts.flatMap((xml) =>
      [...xml.matchAll(/<w:(?:basedOn|next|link|pStyle|rStyle|tblStyle) w:val="([^"]+)"/g)].map((m) => m[1]),
    );
    expect(used.length).toBeGreaterThan(20);
    expect(used.filter((id) => !defined.has(id))).toEqual([]);
  });

  it('numbers odd pages on the right and even pages on the left with a live PAGE field', async () => {
    const docx = await openDocx(await rendered);
    expect(await docx.part('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const body = await docx.part('word/document.xml');
    const rels = await docx.part('word/_rels/document.xml.rels');
    const footer = async (type: 'default' | 'even') => {
      const id = body.match(new RegExp(`<w:footerReference w:type="${type}" r:id="([^"]+)"`))?.[1];
      const target = rels.match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`))?.[1];
      return docx.part(`word/${target}`);
    };
    const odd = await footer('default');
    const even = await footer('even');
    for (const part of [odd, even]) {
      expect(part).toMatch(/— <\/w:t>.*<w:instrText xml:space="preserve">PAGE<\/w:instrText>.*> —<\/w:t>/);
    }
    expect(odd).toContain('<w:jc w:val="right"/>');
    expect(even).toContain('<w:jc w:val="left"/>');
  });

  it('draws the chart as a native, editable bar chart with every city', async () => {
    const docx = await openDocx(await rendered);
    const chart = await docx.part('word/charts/chart1.xml');
    expect(chart).toContain('<c:barDir val="bar"/>');
    const categories = [...chart.matchAll(/<c:pt idx="\d+"><c:v>([^<]+)<\/c:v>/g)].map((m) => m[1]);
    for (const city of JIANGSU_CITIES) expect(categories).toContain(city);
    expect(categories).toContain(String(researchCount(12)));
    expect(docx.paths.some((path) => path.startsWith('word/embeddings/') && path.endsWith('.xlsx'))).toBe(
      true,
    );
  });

  it('carries each figure’s source sentence as a comment, and none when provenance is off', async () => {
    const withComments = await openDocx(await rendered);
    const comments = await withComments.part('word/comments.xml');
    // 13 figures in the text and 13 in the table
    expect(count(comments, '<w:comment ')).toBe(26);
    expect(comments).toContain('南京市全年开展专题调研1000次。');
    expect(comments).toContain('w:date="2024-01-15T00:00:00.000Z"');
    const body = await withComments.part('word/document.xml');
    expect(count(body, '<w:commentRangeStart ')).toBe(26);

    const without = await openDocx(await renderDocx(await thirteenCityDocument(), { provenance: false }));
    expect(without.has('word/comments.xml')).toBe(false);
    expect(await without.part('word/document.xml')).not.toContain('commentReference');
  });

  it('writes only well-formed XML parts, with whole-number measurements', async () => {
    const docx = await openDocx(await rendered);
    const check = async (zip: JSZip, prefix: string) => {
      for (const path of Object.keys(zip.files).filter((p) => /\.(xml|rels)$/.test(p))) {
        const xml = await zip.file(path)?.async('string');
        const result = XMLValidator.validate(xml ?? '');
        expect(result, `${prefix}${path}`).toBe(true);
        const fractions = xml?.match(
          /w:(?:line|before|after|firstLine|left|right|w|h|top|bottom)="-?\d+\.\d+"/g,
        );
        expect(fractions, `${prefix}${path}`).toBeNull();
      }
    };
    await check(docx.zip, '');
    for (const path of docx.paths.filter((p) => p.endsWith('.xlsx'))) {
      const bytes = await docx.zip.file(path)?.async('uint8array');
      expect(bytes, path).toBeDefined();
      const inner = await JSZip.loadAsync(bytes ?? new Uint8Array());
      await check(inner, `${path}!`);
    }
  });

  it('sets the document properties and dates them with the briefing', async () => {
    const core = await (await openDocx(await rendered)).part('docProps/core.xml');
    expect(core).toContain('<dc:title>全省设区市人大工作情况汇总</dc:title>');
    expect(core).toContain('<dc:creator>示例办公室</dc:creator>');
    expect(core).toContain('<dc:subject>各地工作情况汇总</dc:subject>');
    expect(core).toContain('<cp:keywords>简报; 示例</cp:keywords>');
    expect(core).toContain('<dc:language>zh-CN</dc:language>');
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-15T00:00:00Z</dcterms:created>',
    );
  });

  it('is deterministic: two renders a year apart on the clock are byte-identical', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2030-01-01T08:00:00Z'));
      const first = await renderDocx(await thirteenCityDocument());
      vi.setSystemTime(new Date('2031-06-15T17:31:07Z'));
      const second = await renderDocx(await thirteenCityDocument());
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
      expect(Buffer.from(second).equals(Buffer.from(await rendered))).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('takes font overrides for a role and keeps the defaults for the rest', async () => {
    const bytes = await renderDocx(await exampleDocument(), {
      fonts: { body: ['Noto Serif CJK SC'], latin: 'Liberation Serif' },
    });
    const styles = await (await openDocx(bytes)).part('word/styles.xml');
    expect(styles).toMatch(/w:ascii="Liberation Serif"[^>]*w:eastAsia="Noto Serif CJK SC"/);
    expect(styles).toContain('w:eastAsia="黑体"');
    expect(styles).not.toContain('仿宋_GB2312');
  });
});
