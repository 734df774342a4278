import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { isJianbaoError } from '../errors.js';
import { readSource } from './read-source.js';
import { readSourceAsync } from './read-source-async.js';

/** A PDF written by hand: one object per entry, a cross-reference table, a trailer. */
function pdf(objects: string[]): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

/** `pages` pages without any text: a scan, less its images. */
function emptyPages(pages: number): Uint8Array {
  const kids = Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(' ');
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    ...Array.from({ length: pages }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'),
  ]);
}

/**
 * One page whose content stream draws `lines` ([x, y, text]) in the order given, in Helvetica. A text with tabs is
 * a table's row: its cells drawn in one text object, 150 pt apart (pdf.js reads the gaps as wide spaces).
 */
function textPage(lines: [number, number, string][]): Uint8Array {
  const draw = (text: string) =>
    text
      .split('\t')
      .map((cell, i) => `${i === 0 ? '' : '150 0 Td '}(${cell}) Tj`)
      .join(' ');
  const stream = lines.map(([x, y, text]) => `BT /F1 12 Tf ${x} ${y} Td ${draw(text)} ET`).join('\n');
  return pdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ]);
}

/**
 * Pages of Chinese lines ([x, y, text, character spacing, type size (12 pt)]), in a CID font that embeds no glyphs but maps each
 * code to its character (ToUnicode), as a PDF printed from Word does. The page is 516 pt wide; a line of 31 characters
 * spans x 72–444, its margins alike.
 */
function chinesePages(pages: [number, number, string, number?, number?][][]): Uint8Array {
  const chars = [...new Set(pages.flat().flatMap(([, , line]) => [...line]))];
  const code = (char: string) => (chars.indexOf(char) + 1).toString(16).padStart(4, '0');
  const unicode = (char: string) => (char.codePointAt(0) ?? 0).toString(16).padStart(4, '0');
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Map def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    `${chars.length} beginbfchar ${chars.map((c) => `<${code(c)}> <${unicode(c)}>`).join(' ')} endbfchar`,
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${6 + 2 * i} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /Song /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>',
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Song /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>',
    `<< /Length ${cmap.length} >>\nstream\n${cmap}\nendstream`,
  ];
  pages.forEach((lines, i) => {
    const stream = lines
      .map(
        ([x, y, line, spacing = 0, size = 12]) =>
          `BT /F1 ${size} Tf ${spacing} Tc ${x} ${y} Td <${[...line].map(code).join('')}> Tj ET`,
      )
      .join('\n');
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 516 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${7 + 2 * i} 0 R >>`,
      `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    );
  });
  return pdf(objects);
}

/** The x that centres `text` (12 pt, one em a character) on the page. */
const centre = (text: string) => 258 - ([...text].length * 12) / 2;

async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (isJianbaoError(error)) {
      expect(error.message).not.toContain('\n');
      return { code: error.code, message: error.message };
    }
    throw error;
  }
  throw new Error('expected a JianbaoError');
}

describe('.pdf', () => {
  it('reads the text layer in reading order — top to bottom, left to right — whatever order it was drawn in', async () => {
    const bytes = textPage([
      [72, 700, 'third line'],
      [300, 760, 'right half'],
      [72, 760, 'first line,'],
      [72, 730, 'second line'],
    ]);
    const source = await readSourceAsync(bytes, { origin: 'order.pdf' });
    expect(source.format).toBe('pdf');
    // A line with a wide gap (a second column, a table's row) stands apart by a blank line.
    expect(source.text.split('\n').map((line) => line.replace(/\s+/g, ' ').trim())).toEqual([
      'first line, right half',
      '',
      'second line',
      'third line',
    ]);
  });

  it('sets a centred line (a title) and a line after a wide gap apart by a blank line; other lines one a line', async () => {
    const body = 'a'.repeat(60);
    const bytes = textPage([
      [234, 760, 'Annual report'],
      [72, 740, body],
      [72, 725, 'second line of the body'],
      [72, 710, body],
      [72, 660, 'after a gap'],
    ]);
    const source = await readSourceAsync(bytes, { origin: 'paragraphs.pdf' });
    expect(source.text.split('\n').map((line) => line.trim())).toEqual([
      'Annual report',
      '',
      body,
      'second line of the body',
      body,
      '',
      'after a gap',
    ]);
    // The centred line it opens with is its title, as a Word file's or a web page's is.
    expect(source.meta).toEqual({ title: 'Annual report' });
  });

  it('sets a table’s rows apart from the prose and from each other, so none is joined into a sentence', async () => {
    const source = await readSourceAsync(
      textPage([
        [72, 760, 'Suggestions were handled as follows:'],
        [72, 745, 'Kind\tCount\tDone'],
        [72, 730, 'Suggestions\t612\t598'],
        [72, 715, 'The committee also made a law'],
      ]),
      { origin: 'table.pdf' },
    );
    expect(source.text.split('\n').map((line) => line.replace(/\s+/g, ' ').trim())).toEqual([
      'Suggestions were handled as follows:',
      '',
      'Kind Count Done',
      '',
      'Suggestions 612 598',
      '',
      'The committee also made a law',
    ]);
    // Its cells a tab apart, as a Word table's are read: a row, not a sentence (the excerpt quotes none).
    expect(source.text).toContain('Suggestions\t612\t598');
  });

  it('has no title when it opens with a body line', async () => {
    const body = 'a'.repeat(60);
    const source = await readSourceAsync(
      textPage([
        [72, 760, body],
        [234, 740, 'Centred later'],
        [72, 720, body],
      ]),
      { origin: 'untitled.pdf' },
    );
    expect(source.meta).toEqual({});
  });

  it('drops the page numbers over and under its pages, so a sentence a page break cut runs on', async () => {
    // Each page ends mid-sentence; the next goes on under its page number. Bodies are 30 characters a line.
    const bytes = chinesePages([
      [
        [72, 760, '常委会作出关于加强经济工作监督的决定，还听取了十四五规划纲要的'],
        [72, 740, '中期评估，在省内率先作出加强生物多样性保护的决定，为在宁全国人'],
        [centre('— 1 —'), 60, '— 1 —'],
      ],
      [
        [centre('第2页 共3页'), 800, '第2页 共3页'],
        [72, 760, '大代表设立履职助理制度，让八个新组建的市人大代表监督组盯住民生'],
      ],
      [
        [72, 760, '实事项目，并指导各区建成专业履职平台二十三个。'],
        [centre('3'), 60, '3'],
      ],
    ]);
    const source = await readSourceAsync(bytes, { origin: 'report.pdf' });
    expect(source.text.split('\n')).toEqual([
      '常委会作出关于加强经济工作监督的决定，还听取了十四五规划纲要的',
      '中期评估，在省内率先作出加强生物多样性保护的决定，为在宁全国人',
      '大代表设立履职助理制度，让八个新组建的市人大代表监督组盯住民生',
      '实事项目，并指导各区建成专业履职平台二十三个。',
    ]);
  });

  it('leaves out a running head over most pages, which is neither the title nor part of a sentence', async () => {
    const head: [number, number, string] = [centre('扬州市人大常委会办公室'), 800, '扬州市人大常委会办公室'];
    const source = await readSourceAsync(
      chinesePages([
        [
          head,
          [centre('代表工作情况'), 770, '代表工作情况'],
          [72, 740, '常委会作出关于加强经济工作监督的决定，还听取了十四五规划纲要的'],
        ],
        [head, [72, 760, '中期评估，在省内率先作出加强生物多样性保护的决定，为在宁全国人']],
        [head, [72, 760, '大代表设立履职助理制度。']],
      ]),
      { origin: 'headed.pdf' },
    );
    expect(source.meta).toEqual({ title: '代表工作情况' });
    expect(source.text.split('\n')).toEqual([
      '代表工作情况',
      '',
      '常委会作出关于加强经济工作监督的决定，还听取了十四五规划纲要的',
      '中期评估，在省内率先作出加强生物多样性保护的决定，为在宁全国人',
      '大代表设立履职助理制度。',
    ]);
  });

  it('takes a title as wide as the body for the title when its type is larger, and sets it apart', async () => {
    const title = '扬州市人大常委会代表工作情况报告';
    const source = await readSourceAsync(
      chinesePages([
        [
          // 16 characters of 22 pt: 352 pt, not two of its characters inside the body's margins.
          [258 - 176, 770, title, 0, 22],
          [72, 740, '常委会作出关于加强经济工作监督的决定，还听取了十四五规划纲要的'],
          [72, 725, '中期评估。'],
        ],
      ]),
      { origin: 'wide-title.pdf' },
    );
    expect(source.meta).toEqual({ title });
    expect(source.text.split('\n').slice(0, 2)).toEqual([title, '']);
  });

  it('takes a title set left and wrapped onto a short second line whole, in its larger type', async () => {
    const source = await readSourceAsync(
      chinesePages([
        [
          // 二号 (22 pt) from the left margin: 18 characters fill the body's 396 pt, 情况 runs on to the next.
          [72, 770, '全省各市义务教育优质均衡发展推进工作', 0, 22],
          [72, 740, '情况', 0, 22],
          [72, 710, '徐州市今年新建改扩建中小学二十八所，新增学位三万六千个，招聘新教师'],
          [72, 695, '名。'],
        ],
      ]),
      { origin: 'wrapped-title.pdf' },
    );
    expect(source.meta).toEqual({ title: '全省各市义务教育优质均衡发展推进工作情况' });
  });

  it('keeps a number that is no page number: a year under the text, a figure inside a page', async () => {
    const source = await readSourceAsync(
      chinesePages([
        [
          [72, 760, '全市人大代表提出的建议件数如下表所示，各项数据截至去年年底为止'],
          [72, 740, '— 5 —'],
          [72, 720, '以上数据由市人大常委会代表工作委员会统计汇总，报送时间为今年的'],
          [centre('2024'), 60, '2024'],
        ],
      ]),
      { origin: 'numbers.pdf' },
    );
    expect(source.text).toContain('— 5 —');
    expect(source.text).toMatch(/2024$/);
  });

  it('a 简报’s masthead is no title: its title is the centred lines under the name, issue and office', async () => {
    const source = await readSourceAsync(
      chinesePages([
        [
          [centre('人大工作简报'), 780, '人大工作简报'],
          [centre('第5期'), 755, '第5期'],
          [72, 730, '扬州市人大常委会办公室编'],
          [centre('关于代表工作的情况'), 690, '关于代表工作的情况'],
          [72, 660, '常委会作出关于加强经济工作监督的决定，还听取了十四五规划纲要的'],
        ],
      ]),
      { origin: 'jianbao.pdf' },
    );
    expect(source.meta).toEqual({ title: '关于代表工作的情况' });
  });

  it('closes up a justified line whose characters pdf.js reads spaced out, but not a table’s cells', async () => {
    const source = await readSourceAsync(
      chinesePages([
        [
          [72, 760, '常委会作出关于加强经济工作监督的决定，还听取了十四五规划纲要的'],
          // Spread to the line's width: 10 pt between characters, which pdf.js writes as spaces.
          [72, 740, '中期评估和代表建议', 10],
          // A list of names, a space apart: words, not a spread line.
          [72, 720, '代表张三 李四 王五 赵六 钱七'],
          [72, 700, '城市'],
          [200, 700, '代表建议'],
          [330, 700, '办结'],
        ],
      ]),
      { origin: 'spread.pdf' },
    );
    const lines = source.text.split('\n').filter((line) => line !== '');
    expect(lines[1]).toBe('中期评估和代表建议');
    expect(lines[2]).toBe('代表张三 李四 王五 赵六 钱七');
    expect(lines[3]).toBe('城市\t代表建议\t办结');
  });

  it('reads a Node Buffer (what fs.readFile gives) as a Uint8Array, and leaves the caller’s bytes as they were', async () => {
    const bytes = textPage([[72, 700, 'a line']]);
    const buffer = Buffer.from(bytes);
    const source = await readSourceAsync(buffer, { origin: 'buffer.pdf' });
    expect(source.text.trim()).toBe('a line');
    expect(buffer.equals(bytes)).toBe(true);
  });

  it('is recognised by its content, without a name', async () => {
    const source = await readSourceAsync(textPage([[72, 700, 'a line']]));
    expect(source.format).toBe('pdf');
  });

  it('a scan (pages without text) is INPUT_SCANNED_PDF, saying there is no OCR', async () => {
    const { code, message } = await failure(readSourceAsync(emptyPages(2), { origin: 'scan.pdf' }));
    expect(code).toBe('INPUT_SCANNED_PDF');
    expect(message).toMatch(/^scan\.pdf has no text layer \(2 pages.*no OCR/);
  });

  it('10,000 empty pages are INPUT_LIMIT, before any page is read', async () => {
    const { code, message } = await failure(readSourceAsync(emptyPages(10_000), { origin: 'pages.pdf' }));
    expect(code).toBe('INPUT_LIMIT');
    expect(message).toMatch(/^pages\.pdf: 10000 pages, over the limit of 500 pages/);
  });

  it('a truncated PDF is INPUT_FORMAT, and so is garbage after a PDF header', async () => {
    const whole = textPage([[72, 700, 'a line of text']]);
    const cut = await failure(readSourceAsync(whole.subarray(0, whole.length / 2), { origin: 'cut.pdf' }));
    expect(cut).toMatchObject({
      code: 'INPUT_FORMAT',
      message: expect.stringMatching(/^cut\.pdf is cut short/),
    });
    const junk = new TextEncoder().encode('%PDF-1.7\n\u0000\u0001 not really a pdf at all\n%%EOF\n');
    expect((await failure(readSourceAsync(junk, { origin: 'junk.pdf' }))).code).toBe('INPUT_FORMAT');
  });

  it('a 200 KB PDF whose page inflates to 200 MB is INPUT_TOO_LARGE (limit 4 MB × 5), before pdf.js reads it', async () => {
    const spaces = new Uint8Array(200 * 1024 * 1024).fill(0x20);
    const packed = zlibSync(spaces, { level: 9 });
    const head = pdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    ]);
    // The hand-written PDF with one more object: the content stream, binary, spliced in before the xref.
    const text = new TextDecoder('latin1').decode(head);
    const xrefAt = text.indexOf('xref\n');
    const before = head.subarray(0, xrefAt);
    const open = new TextEncoder().encode(
      `4 0 obj\n<< /Length ${packed.length} /Filter /FlateDecode >>\nstream\n`,
    );
    const close = new TextEncoder().encode('\nendstream\nendobj\n');
    const streamAt = before.length;
    const after = new TextEncoder().encode(
      text
        .slice(xrefAt)
        .replace('0 4\n', '0 5\n')
        .replace('trailer', `${String(streamAt).padStart(10, '0')} 00000 n \ntrailer`)
        .replace('/Size 4', '/Size 5')
        .replace(/startxref\n\d+/, `startxref\n${streamAt + open.length + packed.length + close.length}`),
    );
    const bomb = new Uint8Array(before.length + open.length + packed.length + close.length + after.length);
    let at = 0;
    for (const part of [before, open, packed, close, after]) {
      bomb.set(part, at);
      at += part.length;
    }
    expect(bomb.length).toBeLessThan(400 * 1024);
    const { code, message } = await failure(
      readSourceAsync(bomb, { origin: 'bomb.pdf', maxBytes: 4 * 1024 * 1024 }),
    );
    expect(code).toBe('INPUT_TOO_LARGE');
    expect(message).toMatch(/^bomb\.pdf: inflated content of the PDF is \d+ bytes, over the limit/);
  });

  it('the synchronous readSource names a PDF instead of calling it undecodable text', () => {
    expect(() => readSource(emptyPages(1), { origin: 'report.pdf' })).toThrow(
      /^report\.pdf is a PDF: read it with readSourceAsync$/,
    );
    expect(() => readSource(emptyPages(1))).toThrow(/is a PDF/);
  });
});
