import { describe, expect, it } from 'vitest';
import { buildReports } from '../../test/helpers/cityReports.js';
import { handReports } from '../../test/helpers/handReports.js';
import { wrongScriptChars } from '../../test/helpers/scriptPairs.js';
import type { BlockNode, BriefingDocument, FigureRun, Inline } from '../document/schema.js';
import { validateDocument } from '../document/validate.js';
import { JianbaoError } from '../errors.js';
import { summarize } from '../summarize/summarize.js';
import { composeBriefing } from './composeBriefing.js';

const { input, reports } = handReports();
const summary = summarize(reports);
const options = {
  date: '2024-01-15',
  issue: 3,
  office: '示例省人大常委会办公厅',
  recipients: { report: '省委办公厅', issue: '各市人大常委会' },
  copies: 60,
  classification: '内部资料',
};

const plain = (runs: Inline[]) => runs.map((r) => r.value).join('');
const of = <T extends BlockNode['type']>(doc: BriefingDocument, type: T) =>
  doc.children.filter((b): b is Extract<BlockNode, { type: T }> => b.type === type);
const allRuns = (doc: BriefingDocument): Inline[] =>
  doc.children.flatMap((b) => {
    if (b.type === 'paragraph' || b.type === 'sourceNote') return b.children;
    if (b.type === 'list') return b.items.flat();
    if (b.type === 'table') return [...b.header, ...b.rows].flat().flatMap((c) => c.children);
    if (b.type === 'editorsNote') return b.children.flatMap((p) => p.children);
    return [];
  });
const figures = (doc: BriefingDocument) => allRuns(doc).filter((r): r is FigureRun => r.type === 'figure');
/** The section a heading opens: the blocks up to the next heading of the same or a higher level. */
function section(doc: BriefingDocument, text: string): BlockNode[] {
  const start = doc.children.findIndex((b) => b.type === 'heading' && b.text === text);
  if (start < 0) throw new Error(`no heading ${text}`);
  const level = (doc.children[start] as { level: number }).level;
  const end = doc.children.findIndex((b, i) => i > start && b.type === 'heading' && b.level <= level);
  return doc.children.slice(start + 1, end < 0 ? undefined : end);
}

describe('composeBriefing', async () => {
  const doc = await composeBriefing(summary, { ...options, script: 'hans' });

  it('prints the masthead, title and closing block from the options', () => {
    expect(doc.children[0]).toEqual({
      type: 'masthead',
      name: '人大工作简报',
      issue: '第3期',
      office: '示例省人大常委会办公厅编',
      date: '2024年1月15日',
      classification: '内部资料',
    });
    expect(doc.children[1]).toMatchObject({
      type: 'title',
      text: '各地工作情况综述',
      subtitle: '——4个市报送材料摘编',
    });
    expect(doc.children.at(-1)).toEqual({
      type: 'closing',
      recipients: [
        { label: '报：', text: '省委办公厅' },
        { label: '发：', text: '各市人大常委会' },
      ],
      office: '示例省人大常委会办公厅',
      printDate: '2024年1月15日印发',
      copies: '共印60份',
    });
    expect(doc.meta).toMatchObject({
      date: '2024-01-15',
      script: 'hans',
      language: 'zh-CN',
      style: 'official',
    });
  });

  it('numbers the headings from their position', () => {
    const top = of(doc, 'heading').filter((h) => h.level === 1);
    expect(top.map((h) => `${h.numbering}${h.text}`)).toEqual([
      '一、总体情况',
      '二、主要指标',
      '三、各地亮点',
      '四、创新与首创',
      '五、立法与决定',
      '附：数据说明与来源',
    ]);
    const cities = section(doc, '各地亮点').filter((b) => b.type === 'heading');
    expect(cities.map((h) => `${h.numbering}${h.text}`)).toEqual([
      '（一）甲市',
      '（二）乙市',
      '（三）丙市',
      '（四）丁市',
    ]);
    expect(new Set(of(doc, 'heading').map((h) => h.id)).size).toBe(of(doc, 'heading').length);
  });

  it('opens with the input’s own preface as the editor’s note, without its label', () => {
    const [note] = of(doc, 'editorsNote');
    expect(note?.label).toBe('编者按：');
    expect(note?.children.map((p) => plain(p.children))).toEqual(['现将三市做法摘编如下。']);
  });

  it('states the province totals honestly, each citing all its sources with their sentences', () => {
    const runs = section(doc, '总体情况').flatMap((b) => (b.type === 'paragraph' ? b.children : []));
    const totals = runs.filter((r): r is FigureRun => r.type === 'figure');
    // Hand sums (see summarize.test.ts): 名 1200余+近3000+250 = 约4450; 期 12+8 = 20;
    // 人次 860+1500余 = 逾2360; 次 45+1.2万余 = 逾12045; 户 3万至4万 → lower end, 逾3万.
    expect(totals.map((t) => t.value)).toEqual(['约4450名', '20期', '逾2360人次', '逾1.2045万次', '逾3万户']);
    const persons = totals[2];
    expect(persons).toMatchObject({
      number: 2360,
      qualifier: 'at_least',
      unit: '人次',
      city: null,
      category: 'training',
    });
    expect(persons?.sources.map((s) => [s.city, s.text, s.quote])).toEqual([
      ['甲', '860人次', '举办培训班12期，参训860人次。'],
      ['乙', '1500余人次', '乙市近3000名代表进站履职，参训1500余人次。'],
    ]);
    for (const source of persons?.sources ?? []) expect(input.slice(...source.span)).toBe(source.text);
    expect(plain(runs)).toContain('按“名”计，甲、乙、丙合计约4450名。其余1个市未报送此项数字。');
    // 12 figures in all: 甲 5, 乙 3, 丙 4; 11 of them summed (甲's 98% is a rate); 2 firsts, 1 law.
    expect(plain(runs)).toContain(
      '本期汇总4个市报送的工作情况。各地材料共列出数字12项，其中11项按类别和计量单位分别汇总如下，比率和未归类的数字不作加总；另有首创性举措2项，涉及法规和决定1件。丁市材料未列统计数字。',
    );
  });

  it('leaves a unit only one city used out of the province totals, and says so', async () => {
    const { reports: two } = buildReports([
      { city: '甲', text: '举办培训班12期。', metrics: [['12期', 12, '期', 'exact', 'training', '培训班']] },
      {
        city: '乙',
        text: '举办培训班8期，参训300人次。',
        metrics: [
          ['8期', 8, '期', 'exact', 'training', '培训班'],
          ['300人次', 300, '人次', 'exact', 'training', '参训'],
        ],
      },
    ]);
    const small = await composeBriefing(summarize(two), { ...options, script: 'hans' });
    const [, training] = section(small, '总体情况').filter((b) => b.type === 'paragraph');
    expect(training?.type === 'paragraph' && plain(training.children)).toBe(
      '学习培训方面，按“期”计，甲、乙合计20期。另有1种计量单位的数字仅一市报送，不作全省合计。',
    );
  });

  it('tabulates cities × main indicators, blank where a city reported nothing', () => {
    const [table] = of(doc, 'table');
    if (!table) throw new Error('no table');
    expect(table.header[0]?.map((c) => plain(c.children))).toEqual([
      '城市',
      '代表参与（名）',
      '学习培训（期）',
      '学习培训（人次）',
      '调查研究（次）',
      '联系走访（户）',
    ]);
    expect(table.columns.map((c) => c.align)).toEqual(['left', 'right', 'right', 'right', 'right', 'right']);
    expect(table.rows.map((row) => row.map((c) => plain(c.children)))).toEqual([
      ['甲市', '1200余', '12', '860', '', ''],
      ['乙市', '近3000', '', '1500余', '45', ''],
      ['丙市', '250', '8', '', '1.2万余', '3万至4万'],
      ['丁市', '', '', '', '', ''],
      ['合计', '约4450', '20', '逾2360', '逾1.2045万', '逾3万'],
    ]);
    expect(table.notes.join('')).toMatch(/“余”.*“近”/);
  });

  it('charts the indicator most cities reported, across all cities', () => {
    const [chart] = of(doc, 'chart');
    expect(chart).toMatchObject({
      unit: '名',
      categories: ['甲市', '乙市', '丙市', '丁市'],
      series: [{ values: [1200, 3000, 250, null] }],
    });
  });

  it('writes 2–4 sentences for every city, also one with no figures', () => {
    const highlights = section(doc, '各地亮点').filter((b) => b.type === 'paragraph');
    expect(highlights).toHaveLength(4);
    for (const p of highlights) {
      const sentences = plain(p.children).match(/[^。]+。/g) ?? [];
      expect(sentences.length).toBeGreaterThanOrEqual(2);
      expect(sentences.length).toBeLessThanOrEqual(3);
    }
    const ding = plain(highlights[3]?.children ?? []);
    expect(ding).toContain('“丁家议事”');
    expect(ding).toMatch(/^丁市材料以工作做法为主，未列出统计数字。/);
    const jia = highlights[0]?.children ?? [];
    // 甲 reported five figures (1200余名 twice, 12期, 860人次, 98%); its key ones are named by category.
    expect(plain(jia)).toBe(
      '甲市材料列出数字5项，其中代表参与1200余名、学习培训12期、满意率98%。创新做法上，在全省率先建立代表履职档案。立法和决定方面，涉及《甲市代表工作条例》。',
    );
    const figure = jia.find((r): r is FigureRun => r.type === 'figure');
    expect(figure).toMatchObject({ city: '甲', qualifier: 'more_than', number: 1200 });
    expect(figure?.sources).toHaveLength(1);
  });

  it('lists firsts by kind and laws by city, and attributes every city', () => {
    const firsts = section(doc, '创新与首创');
    expect(firsts.filter((b) => b.type === 'heading').map((h) => h.text)).toEqual([
      '率先推出的举措',
      '首次开展的工作',
    ]);
    const laws = section(doc, '立法与决定').find((b) => b.type === 'list');
    expect(laws?.type === 'list' && laws.items.map(plain)).toEqual(['甲市：《甲市代表工作条例》']);
    expect(of(doc, 'sourceNote').map((n) => plain(n.children))).toEqual([
      '（甲市　来源：甲市人大办）',
      '（乙市　来源：乙人宣）',
      '（丙市　来源：丙市人大常委会研究室）',
      '（丁市　来源：丁人办）',
    ]);
  });

  it('round-trips through JSON, validates, and composes the same document twice', async () => {
    expect(validateDocument(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
    expect(await composeBriefing(summary, { ...options, script: 'hans' })).toEqual(doc);
    for (const figure of figures(doc)) expect(figure.sources.length).toBeGreaterThan(0);
  });

  it('says so for an expected city that sent nothing', async () => {
    const withWu = await composeBriefing(
      summarize(reports, { cities: ['甲', '乙', '丙', '丁', '戊'] }),
      options,
    );
    const last = section(withWu, '各地亮点').at(-1);
    expect(last?.type === 'paragraph' && plain(last.children)).toBe('戊市本期未报送材料。');
    expect(
      of(withWu, 'sourceNote')
        .map((n) => plain(n.children))
        .at(-1),
    ).toBe('（戊市　本期未报送材料）');
    const [opening] = section(withWu, '总体情况');
    expect(opening?.type === 'paragraph' && plain(opening.children)).toMatch(
      /^本期汇总4个市报送的工作情况（戊市本期未报送）。/,
    );
  });

  it('leaves out parts on request and renumbers the rest', async () => {
    const short = await composeBriefing(summary, { ...options, parts: { overview: false, closing: false } });
    const top = of(short, 'heading').filter((h) => h.level === 1 && h.numbering !== '');
    expect(top.map((h) => `${h.numbering}${h.text}`)[0]).toBe('一、主要指标');
    expect(of(short, 'closing')).toHaveLength(0);
  });

  it('takes the date from the data when none is given, never from the clock', async () => {
    const dated = await composeBriefing(summary, {});
    expect(dated.meta.date).toBe('2024-01-05');
    expect(dated.children[0]).toMatchObject({ date: '2024年1月5日' });
    const undated = summarize(reports.map((r) => ({ ...r, dates: [] })));
    await expect(composeBriefing(undated, {})).rejects.toThrow(/options\.date is required/);
  });

  it('rejects bad options with a USAGE error naming the option', async () => {
    for (const bad of [{ date: '15/01/2024' }, { highlights: 7 }, { issue: 0 }, { copies: -1 }]) {
      const error = await composeBriefing(summary, { ...options, ...bad }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(JianbaoError);
      expect((error as JianbaoError).code).toBe('USAGE');
      expect((error as JianbaoError).details.where).toBe(`options.${Object.keys(bad)[0]}`);
    }
  });
});

describe('composeBriefing: one script throughout', async () => {
  /** The document as JSON without the provenance fields (sources' text and quote keep the input's writing). */
  const withoutProvenance = (doc: BriefingDocument) => {
    const copy = structuredClone(doc);
    for (const run of figures(copy)) for (const s of run.sources) Object.assign(s, { text: '', quote: '' });
    return JSON.stringify(copy);
  };

  it.each(['hans', 'hant'] as const)(
    'leaves no character of the other script in a %s document',
    async (script) => {
      const { reports: traditional } = handReports();
      // The same reports as if the input were Traditional: city names and labels come in the input's script.
      for (const r of traditional) {
        r.city = r.city === '甲' ? '連雲港' : r.city;
        r.source = r.source === '甲市人大办' ? '連雲港市人大常委會研究室' : r.source;
        r.script = 'hant';
      }
      const doc = await composeBriefing(summarize(traditional), { ...options, script });
      const text = withoutProvenance(doc);
      const wrong = wrongScriptChars(script).filter((ch) => text.includes(ch));
      expect(wrong).toEqual([]);
      expect(doc.meta.script).toBe(script);
    },
  );

  it('composes in the input’s script on auto', async () => {
    const { reports: traditional } = handReports();
    for (const r of traditional) r.script = 'hant';
    const doc = await composeBriefing(summarize(traditional), { ...options, script: 'auto' });
    expect(doc.meta).toMatchObject({ script: 'hant', language: 'zh-TW' });
    expect(doc.children[0]).toMatchObject({ name: '人大工作簡報' });
    expect(JSON.stringify(doc)).toContain('逾2360人次');
    expect(JSON.stringify(doc)).toContain('約4450名');
  });
});
