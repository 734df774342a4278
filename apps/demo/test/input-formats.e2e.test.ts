import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BriefingDocument, Extraction } from '@jianbao/core';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The tests alias @jianbao/pdf to its source index (vitest.shared.ts), which has no ./node subpath: import the file.
import { renderPdfNode } from '../../../packages/pdf/src/node.js';
import { cliPath, datasetDir, repoRoot } from './helpers/run-cli.js';

function cli(args: readonly string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The figures of `extract --json` as value, range, unit and qualifier, in order. */
function figures(file: string): string[] {
  const run = cli(['extract', file, '--json']);
  expect(run.stderr, file).toBe('');
  expect(run.code, file).toBe(0);
  const extraction = JSON.parse(run.stdout) as Extraction;
  return extraction.sections.flatMap((s) =>
    s.metrics.map((m) => `${m.value}${m.valueMax === null ? '' : `-${m.valueMax}`} ${m.unit} ${m.qualifier}`),
  );
}

/** A bundled report's body: the lines after its front matter, Markdown heading marks dropped. */
async function reportLines(name: string): Promise<{ title: string; lines: string[] }> {
  const text = await readFile(join(datasetDir, name), 'utf8');
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
  const title = /^title:\s*(.+)$/m.exec(text)?.[1]?.trim() ?? name;
  const lines = body
    .split('\n')
    .map((line) => line.replace(/^#+\s*/, '').trim())
    .filter((line) => line !== '');
  return { title, lines };
}

/** A plain document of the report's own lines, to be printed by our PDF renderer. */
function reportDocument(title: string, lines: string[]): BriefingDocument {
  return {
    type: 'briefing',
    version: 2,
    meta: {
      title,
      subject: title,
      keywords: [],
      author: 'jianbao test',
      language: 'zh-CN',
      script: 'hans',
      style: 'official',
      date: '2024-01-15',
    },
    children: [
      { type: 'title', text: title, subtitle: null },
      ...lines.map((line) => ({
        type: 'paragraph' as const,
        children: [{ type: 'text' as const, value: line }],
        indent: true,
        align: 'justify' as const,
      })),
    ],
  } as BriefingDocument;
}

/** A minimal .docx of the given paragraphs (what Word saves, less the styles). */
async function docx(paragraphs: string[]): Promise<Uint8Array> {
  const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = paragraphs
    .map((p) => `<w:p><w:r><w:t xml:space="preserve">${xmlText(p)}</w:t></w:r></w:p>`)
    .join('');
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

describe('inputs as offices have them', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'jianbao-formats-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each(['02-wuxi.md', '06-nantong.md', '11-zhenjiang.md'])(
    'a PDF printed from %s by our renderer gives the same figures as the .md',
    async (name) => {
      const { title, lines } = await reportLines(name);
      const pdf = join(dir, name.replace(/\.md$/, '.pdf'));
      await writeFile(pdf, await renderPdfNode(reportDocument(title, lines)));
      const fromMd = figures(join(datasetDir, name));
      expect(fromMd.length).toBeGreaterThan(5);
      expect(figures(pdf)).toEqual(fromMd);
    },
  );

  it('`extract --text` prints the PDF text the spans point into', async () => {
    const pdf = join(dir, '02-wuxi.pdf');
    const text = cli(['extract', pdf, '--text']).stdout;
    const extraction = JSON.parse(cli(['extract', pdf, '--json']).stdout) as Extraction;
    const metrics = extraction.sections.flatMap((s) => s.metrics);
    expect(metrics.length).toBeGreaterThan(5);
    for (const m of metrics) expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
  });

  it.skipIf(!hasSoffice)(
    'a .doc saved by LibreOffice from a .docx gives the same figures (soffice converts it)',
    async () => {
      const { title, lines } = await reportLines('04-changzhou.md');
      const source = join(dir, 'changzhou.docx');
      await writeFile(source, await docx([title, ...lines]));
      const made = spawnSync(
        'soffice',
        [
          `-env:UserInstallation=file://${join(dir, 'profile')}`,
          '--headless',
          '--convert-to',
          'doc',
          '--outdir',
          join(dir, 'doc'),
          source,
        ],
        { encoding: 'utf8', timeout: 120_000 },
      );
      expect(made.status, made.stderr).toBe(0);
      const doc = join(dir, 'doc', 'changzhou.doc');
      const fromDocx = figures(source);
      expect(fromDocx.length).toBeGreaterThan(5);
      expect(figures(doc)).toEqual(fromDocx);
    },
  );
  if (!hasSoffice)
    it.skip('skipped: soffice (LibreOffice) is not installed, so no .doc can be made or read here', () => {});

  it('a .doc without LibreOffice is one line telling the user to save it as .docx', async () => {
    const doc = join(dir, 'old.doc');
    // An OLE2 header is all it takes to be recognised as an old Office file.
    await writeFile(
      doc,
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
    );
    const run = cli(['extract', doc], { JIANBAO_SOFFICE: join(dir, 'no-such-soffice') });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(
      /^jianbao: INPUT_NEEDS_CONVERSION: .*old\.doc.*LibreOffice \(soffice\) is not installed.*save it as \.docx/,
    );
  });

  it('a folder of a workbook, a PDF and a saved page is briefed as their cities', async () => {
    const folder = join(dir, 'mixed');
    await mkdir(folder, { recursive: true });
    const { title, lines } = await reportLines('06-nantong.md');
    await writeFile(join(folder, 'nantong.pdf'), await renderPdfNode(reportDocument(title, lines)));
    await writeFile(
      join(folder, 'changzhou.html'),
      '<!doctype html><html><head><script>var n = 5;</script></head><body><nav><a href="/">首页</a></nav><div class="content"><h1>常州：代表联络站</h1><p>常州市各级人大代表在联络站接待群众3200余人次，收集意见建议870条。</p></div><footer>访问量2000000次</footer></body></html>',
    );
    // 南通 and 扬州 × 代表建议(件), 培训代表(人次).
    await copyFile(
      join(repoRoot, 'packages/core/test/fixtures/formats/two-cities.xlsx'),
      join(folder, 'cities.xlsx'),
    );
    const run = cli([
      'brief',
      folder,
      '--out',
      join(dir, 'mixed-out'),
      '--format',
      'json',
      '--date',
      '2024-01-15',
    ]);
    // 南通 comes twice (the PDF and a row of the workbook): one part, with a warning naming both inputs.
    expect(run.stderr).toMatch(
      /^jianbao: warning DUPLICATE_CITY: 南通 is given 2 times \(.*cities\.xlsx、.*nantong\.pdf\)/,
    );
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.code).toBe(0);
    const data = JSON.parse(await readFile(join(dir, 'mixed-out', 'jianbao-data.json'), 'utf8'));
    expect(data.summary.cities.map((c: { city: string }) => c.city).sort()).toEqual(
      ['南通', '常州', '扬州'].sort(),
    );
    const yangzhou = data.summary.cities.find((c: { city: string }) => c.city === '扬州');
    expect(yangzhou.figureCount).toBe(2);
  });

  it('a scanned PDF (pages without text) is INPUT_SCANNED_PDF, in one line', async () => {
    const pdf = join(dir, 'scan.pdf');
    await writeFile(pdf, blankPdf(3));
    const run = cli(['extract', pdf]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^jianbao: INPUT_SCANNED_PDF: .*scan\.pdf has no text layer \(3 pages/);
  });
});

/** A PDF of `pages` empty pages, written by hand (what a scanner's PDF is, less the page images). */
export function blankPdf(pages: number): Uint8Array {
  const objects: string[] = [];
  const kids = Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(' ');
  objects.push('<< /Type /Catalog /Pages 2 0 R >>');
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`);
  for (let i = 0; i < pages; i++) objects.push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>');
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
