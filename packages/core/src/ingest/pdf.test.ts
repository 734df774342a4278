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
