import { describe, expect, it } from 'vitest';
import { composeBriefing } from '../src/compose/composeBriefing.js';
import type { BlockNode, BriefingDocument, FigureRun, Inline } from '../src/document/schema.js';
import { validateDocument } from '../src/document/validate.js';
import { extract, extractReports } from '../src/extract/extract.js';
import { summarize } from '../src/summarize/summarize.js';
import type { ProvincialSummary } from '../src/summarize/types.js';
import { wrongScriptChars } from './helpers/scriptPairs.js';
import { ARTICLE_CITIES, SEED_NOTE, seedArticle } from './seed-article.js';

const plain = (runs: Inline[]) => runs.map((r) => r.value).join('');
const of = <T extends BlockNode['type']>(doc: BriefingDocument, type: T) =>
  doc.children.filter((b): b is Extract<BlockNode, { type: T }> => b.type === type);
function section(doc: BriefingDocument, text: string): BlockNode[] {
  const start = doc.children.findIndex((b) => b.type === 'heading' && b.text === text);
  const end = doc.children.findIndex((b, i) => i > start && b.type === 'heading' && b.level === 1);
  return doc.children.slice(start + 1, end < 0 ? undefined : end);
}
const total = (summary: ProvincialSummary, category: string, unit: string) =>
  summary.totals.find((t) => t.category === category && t.unit === unit);

describe.skipIf(!seedArticle)(`the example article composed into a briefing ${SEED_NOTE}`, async () => {
  const article = seedArticle ?? '';
  const reports = extractReports(article, { origin: 'article.txt' });
  const prefaces = extract(article)
    .sections.filter((s) => s.kind === 'preface')
    .map((s) => ({ text: article.slice(...s.span), origin: 'article.txt', span: s.span }));
  const summary = summarize(reports, { prefaces });
  const doc = await composeBriefing(summary, { date: '2024-01-15', issue: 1, copies: 80 });

  it('adds up the province totals as worked out by hand from the article', () => {
    // 联系走访, 人次 — 无锡 19045 (代表走访联系选民) + 无锡 39215 (联系选民群众) + 常州 3.3万 = 33000 (接待群众)
    // = 91260, all exact. 镇江's 3177名/7363人 are other units and stay out.
    expect(total(summary, 'visits', '人次')).toMatchObject({ value: 91260, qualifier: 'exact' });
    // 学习培训, 人次 — 无锡 4412 (培训班参训) + 南通 810 (参学) + 连云港 36 (研讨交流) = 5258, exact;
    // 无锡's 164期 in the same sentence is a different unit and is not added in.
    const training = total(summary, 'training', '人次');
    expect(training).toMatchObject({ value: 5258, qualifier: 'exact', cities: ['無錫', '南通', '連雲港'] });
    expect(total(summary, 'training', '期')?.contributions.map((c) => c.metric.text)).toContain('164 期');
    // 群众参与, 人次 — 常州 3600多 (服务受众) + 泰州 6800多 (参与代表) = 10400, a lower bound: 逾1.04万人次.
    expect(total(summary, 'participation', '人次')).toMatchObject({ value: 10400, qualifier: 'at_least' });
    // Units are never mixed: every total's figures share its unit and category.
    for (const t of summary.totals) {
      for (const c of t.contributions)
        expect([c.metric.unit, c.metric.category]).toEqual([t.unit, t.category]);
    }
  });

  it('writes the lower bound and the exact sum honestly in the document', () => {
    const overview = section(doc, '總體情況').flatMap((b) => (b.type === 'paragraph' ? b.children : []));
    const figures = overview.filter((r): r is FigureRun => r.type === 'figure');
    expect(figures.find((f) => f.value === '逾1.04萬人次')?.sources.map((s) => s.text)).toEqual([
      '3600 多人次',
      '6800多人次',
    ]);
    const visits = figures.find((f) => f.value === '9.126萬人次');
    expect(visits?.sources).toHaveLength(3);
    for (const source of visits?.sources ?? []) {
      expect(article.slice(...source.span)).toBe(source.text);
      expect(source.quote).toContain(source.text);
      expect(article).toContain(source.quote);
    }
  });

  it('has all 13 cities in every part that covers cities', () => {
    const names = ARTICLE_CITIES.map((c) => `${c}市`);
    const [table] = of(doc, 'table');
    expect(table?.rows.map((r) => plain(r[0]?.children ?? []))).toEqual([...names, '合計']);
    expect(of(doc, 'chart')[0]?.categories).toEqual(names);
    expect(section(doc, '各地亮點').flatMap((b) => (b.type === 'heading' ? [b.text] : []))).toEqual(names);
    expect(
      of(doc, 'sourceNote').map((n) => plain(n.children).slice(1, plain(n.children).indexOf('　'))),
    ).toEqual(names);
  });

  it('still writes highlights for 鹽城, which reports no figures', () => {
    const blocks = section(doc, '各地亮點');
    const at = blocks.findIndex((b) => b.type === 'heading' && b.text === '鹽城市');
    const paragraph = blocks[at + 1];
    expect(paragraph?.type).toBe('paragraph');
    const text = paragraph?.type === 'paragraph' ? plain(paragraph.children) : '';
    expect(text.startsWith('鹽城市')).toBe(true);
    expect((text.match(/[^。]+。/g) ?? []).length).toBeGreaterThanOrEqual(2);
  });

  it('opens with the article’s own editor’s note, in Traditional script like the article', () => {
    const [note] = of(doc, 'editorsNote');
    expect(note?.label).toBe('編者按：');
    expect(note?.children.length).toBe(2);
    // The article writes ASCII commas between Chinese characters; the note prints them normalized, full width.
    const noteText = JSON.stringify(note);
    expect(noteText).toContain('去年以來，省人大常委會');
    expect(noteText).not.toMatch(/\p{Script=Han},\p{Script=Han}/u);
    expect(doc.meta).toMatchObject({ script: 'hant', language: 'zh-TW' });
  });

  it('round-trips through JSON and validates', () => {
    expect(validateDocument(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
  });

  it.each(['hans', 'hant'] as const)('is all in one script when composed as %s', async (script) => {
    const converted = await composeBriefing(summary, { date: '2024-01-15', script });
    const copy = structuredClone(converted);
    // Provenance (sources' text and quote) keeps the article's own writing; everything else is converted.
    for (const block of copy.children) {
      const runs = JSON.stringify(block).includes('"sources"') ? collectFigures(block) : [];
      for (const run of runs) for (const s of run.sources) Object.assign(s, { text: '', quote: '' });
    }
    const json = JSON.stringify(copy);
    expect(wrongScriptChars(script).filter((ch) => json.includes(ch))).toEqual([]);
  });
});

function collectFigures(block: BlockNode): FigureRun[] {
  const runs: Inline[] =
    block.type === 'paragraph' || block.type === 'sourceNote'
      ? block.children
      : block.type === 'list'
        ? block.items.flat()
        : block.type === 'table'
          ? [...block.header, ...block.rows].flat().flatMap((c) => c.children)
          : [];
  return runs.filter((r): r is FigureRun => r.type === 'figure');
}
