import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BLOCK_TYPES,
  type BlockNode,
  BRIEFING_PARTS,
  type BriefingDocument,
  build,
  type ComposeOptions,
  composeBriefing,
  type HeadingNode,
  insertSection,
  JianbaoError,
  readBriefingInput,
  renumberHeadings,
  summarizeInputs,
  validateDocument,
} from '../src/index.js';

const dataset = fileURLToPath(new URL('../../../apps/demo/data/jiangsu/', import.meta.url));

async function composed(options: ComposeOptions = {}): Promise<BriefingDocument> {
  const names = readdirSync(dataset).filter((name) => /^\d\d-.*\.md$/.test(name));
  const inputs = await Promise.all(
    names.map((name) => readBriefingInput(readFileSync(join(dataset, name)), { origin: name })),
  );
  return composeBriefing(summarizeInputs(inputs), { date: '2024-01-15', ...options });
}

const headings = (doc: BriefingDocument) =>
  doc.children.filter((b): b is HeadingNode => b.type === 'heading');
const level1 = (doc: BriefingDocument) => headings(doc).filter((h) => h.level === 1);

function errorOf(run: () => unknown): JianbaoError {
  try {
    run();
  } catch (error) {
    if (error instanceof JianbaoError) return error;
    throw error;
  }
  throw new Error('expected a JianbaoError');
}

describe('composed parts as anchors', () => {
  let doc: BriefingDocument;
  beforeAll(async () => {
    doc = await composed();
  });

  it('tags every block after the title with its part, in composition order', () => {
    const [masthead, title, ...body] = doc.children;
    expect([masthead?.part, title?.part]).toEqual([undefined, undefined]);
    const order = body.map((block) => BRIEFING_PARTS.indexOf(block.part as never));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(body.at(-1)?.part).toBe('closing');
  });

  it('numbers headings again exactly as compose did', () => {
    expect(renumberHeadings(doc)).toEqual(doc);
  });

  it('inserts a section before the closing, numbered after the last part', () => {
    const before = level1(doc).length;
    const out = insertSection(
      doc,
      [build.heading(1, '下步工作'), build.paragraph('各地将继续深化代表工作。')],
      { before: 'closing' },
    );
    const closingAt = out.children.findIndex((b) => b.type === 'closing');
    expect(out.children[closingAt - 2]).toMatchObject({
      type: 'heading',
      text: '下步工作',
      id: `h-${before + 1}`,
    });
    expect(level1(out).at(-1)?.numbering).toBe(['一、', '二、', '三、', '四、', '五、', '六、'][before]);
    expect(doc.children.some((b) => b.type === 'heading' && b.text === '下步工作')).toBe(false);
  });

  it('renumbers the parts after a section inserted early, and keeps ids unique', () => {
    const out = insertSection(doc, build.heading(1, '背景'), { after: 'editorsNote' });
    expect(level1(out)[0]).toMatchObject({ text: '背景', numbering: '一、', id: 'h-1' });
    expect(level1(out)[1]?.text).toBe(level1(doc)[0]?.text);
    expect(level1(out)[1]?.numbering).toBe('二、');
    const ids = headings(out).map((h) => h.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('places by composition order when the part is not there', async () => {
    const noLaws = await composed({ parts: { laws: false, firsts: false } });
    const out = insertSection(noLaws, build.paragraph('附：说明。'), { after: 'laws' });
    const at = out.children.findIndex((b) => b.type === 'paragraph' && b.part === undefined);
    expect(out.children[at - 1]?.part).toBe('cities');
    expect(out.children[at + 1]?.type).toBe('closing');
  });

  it('refuses an unknown anchor with USAGE naming the parts', () => {
    const error = errorOf(() => insertSection(doc, build.pageBreak(), { after: 'highlights' } as never));
    expect(error.code).toBe('USAGE');
    expect(error.message).toContain('known: editorsNote, overview');
    expect(
      errorOf(() => insertSection(doc, build.pageBreak(), { before: 'laws', after: 'laws' } as never)).code,
    ).toBe('USAGE');
  });

  it('refuses two headings with one id (DOCUMENT_DUPLICATE_ID)', () => {
    const section = [build.heading(2, '甲', { id: 'extra' }), build.heading(2, '乙', { id: 'extra' })];
    const error = errorOf(() => insertSection(doc, section, { before: 'closing' }));
    expect(error.code).toBe('DOCUMENT_DUPLICATE_ID');
    expect(error.details.snippet).toBe('extra');
    expect(errorOf(() => validateDocument({ ...doc, children: [...doc.children, ...section] })).code).toBe(
      'DOCUMENT_DUPLICATE_ID',
    );
  });
});

describe('build', () => {
  it('has a constructor for every block kind, and what they build validates', () => {
    const source = {
      city: '南京',
      origin: 'nj.md',
      span: [0, 3] as [number, number],
      text: '12次',
      quote: '调研12次。',
      line: 1,
    };
    const blocks: BlockNode[] = [
      build.masthead({
        name: '人大工作简报',
        issue: '第1期',
        office: '省人大常委会办公厅',
        date: '2024年1月15日',
      }),
      build.title('标题'),
      build.editorsNote(['按语。']),
      build.heading(1, '一般情况'),
      build.paragraph([
        build.text('调研'),
        build.figure({
          value: '12次',
          number: 12,
          unit: '次',
          label: '调研',
          category: 'research',
          sources: [source],
        }),
        build.emphasis('。'),
        build.excerpt('调研12次。', source),
      ]),
      build.table({ caption: '表', header: ['城市', '次数'], rows: [['南京', '12']] }),
      build.chart({
        title: '图',
        unit: '次',
        categories: ['南京'],
        series: [{ name: '调研', values: [12] }],
      }),
      build.list(['一是', '二是'], { ordered: true }),
      build.sourceNote('（来源：南京）'),
      build.pageBreak(),
      build.closing({ office: '省人大常委会办公厅', printDate: '2024年1月15日印发' }),
    ];
    expect(new Set(blocks.map((b) => b.type))).toEqual(new Set(BLOCK_TYPES));
    const doc = renumberHeadings({
      type: 'briefing',
      version: 2,
      meta: {
        title: '标题',
        subject: '标题',
        keywords: [],
        author: '省人大常委会办公厅',
        language: 'zh-CN',
        script: 'hans',
        style: 'official',
        date: '2024-01-15',
      },
      children: blocks,
    });
    expect(doc.children[3]).toMatchObject({ type: 'heading', numbering: '一、', id: 'h-1' });
  });
});
