import { describe, expect, it } from 'vitest';
import {
  ABOUT_THE_MATERIAL,
  documentText,
  excerpts,
  figures,
  of,
  plain,
  section,
} from '../../test/helpers/briefing.js';
import { buildReports } from '../../test/helpers/cityReports.js';
import { handReports } from '../../test/helpers/handReports.js';
import { wrongScriptChars } from '../../test/helpers/scriptPairs.js';
import type { BriefingDocument } from '../document/schema.js';
import { validateDocument } from '../document/validate.js';
import { JianbaoError } from '../errors.js';
import { extendLexicon } from '../lexicon/lexicon.js';
import { summarize } from '../summarize/summarize.js';
import { composeBriefing } from './composeBriefing.js';
import { today } from './resolve-options.js';

const { input, reports } = handReports();
const summary = summarize(reports);
const options = {
  date: '2024-01-15',
  issue: 3,
  office: '示例省人大常委会办公厅',
  recipients: { report: '省委办公厅', issue: '各市人大常委会', copy: '省政府办公厅' },
  copies: 60,
  classification: '内部资料',
};

describe('composeBriefing: the 摘编', async () => {
  const doc = await composeBriefing(summary, { ...options, script: 'hans' });

  it('prints the masthead and the closing block (版记) from the options', () => {
    expect(doc.children[0]).toEqual({
      type: 'masthead',
      name: '人大工作简报',
      issue: '第3期',
      office: '示例省人大常委会办公厅编',
      date: '2024年1月15日',
      classification: '内部资料',
    });
    expect(doc.children.at(-1)).toEqual({
      type: 'closing',
      part: 'closing',
      recipients: [
        { label: '报：', text: '省委办公厅' },
        { label: '发：', text: '各市人大常委会' },
        { label: '抄送：', text: '省政府办公厅' },
      ],
      office: '示例省人大常委会办公厅',
      printDate: '2024年1月15日印发',
      copies: '共印60份',
    });
  });

  it('numbers the parts from their position: overview, the cities, firsts, laws', () => {
    const headings = of(doc, 'heading').map((h) => `${h.numbering}${h.text}`);
    expect(headings).toEqual([
      '一、总体情况',
      '二、各地做法',
      '（一）甲市',
      '（二）乙市',
      '（三）丙市',
      '（四）丁市',
    ]);
  });

  it('opens with the input’s own preface as the editor’s note, without its label', () => {
    const [note] = of(doc, 'editorsNote');
    expect(note?.children.map((p) => plain(p.children))).toEqual(['现将三市做法摘编如下。']);
  });

  it('gives each city a part of its own words, in order, closed by its attribution', () => {
    // Each part's quoted pieces are the city's own text (its sentences, trimmed), in source order.
    for (const [index, city] of ['甲', '乙', '丙', '丁'].entries()) {
      const [part] = section(doc, `${city}市`);
      expect(part?.type).toBe('paragraph');
      if (part?.type !== 'paragraph') continue;
      const report = reports[index + 1];
      const quoted = part.children.filter((r) => r.type === 'excerpt');
      expect(quoted.length).toBeGreaterThan(0);
      let cursor = 0;
      for (const piece of quoted) {
        if (piece.type !== 'excerpt') continue;
        const at = report?.text.indexOf(plain(piece.children), cursor) ?? -1;
        expect(at, `${plain(piece.children)} in ${city}`).toBeGreaterThanOrEqual(cursor);
        cursor = at;
        expect(input.slice(...piece.source.span)).toBe(piece.source.text);
      }
      expect(plain(part.children)).toMatch(new RegExp(`（${report?.source}）$`));
    }
  });

  it('quotes the city’s figures as the city wrote them, each with its own source', () => {
    const [part] = section(doc, '甲市');
    const quoted = part?.type === 'paragraph' ? plain(part.children) : '';
    expect(quoted).toContain('举办培训班12期，参训860人次');
    const runs = figures(doc).filter((f) => f.city === '甲');
    expect(runs.map((f) => f.value)).toContain('860人次');
    for (const run of runs)
      expect(input.slice(...(run.sources[0]?.span ?? [0, 0]))).toBe(run.sources[0]?.text);
  });

  it('adds up a figure only where three or more cities count the same thing, citing every source', () => {
    const [overview] = section(doc, '总体情况');
    const text = overview?.type === 'paragraph' ? plain(overview.children) : '';
    // 代表 (名, all that exist): 甲 1200余 (stated twice, counted once) + 乙 近3000 + 丙 250 = 约4450.
    // Named in the cities' own word (代表), not the lexicon's (人大代表).
    expect(text).toContain('甲市、乙市、丙市代表合计约4450名');
    const total = figures(doc).find((f) => f.city === null && f.value === '约4450名');
    expect(total?.sources.map((s) => s.text)).toEqual(['1200余名', '近3000名', '250名']);
    // 参训 人次 (甲, 乙) and 调研 次 (乙, 丙) are two cities each: no total.
    expect(text).not.toMatch(/2360|12045/);
  });

  it('tabulates only the indicators three or more cities share, with a 合计 row', () => {
    const [table] = of(doc, 'table');
    expect(table?.header[0]?.map((c) => plain(c.children))).toEqual(['城市', '代表（名）']);
    expect(table?.rows.map((r) => r.map((c) => plain(c.children)))).toEqual([
      ['甲市', '1200余'],
      ['乙市', '近3000'],
      ['丙市', '250'],
      ['合计', '约4450'],
    ]);
    expect(table?.notes).toEqual([]);
  });

  it('says nothing about the material, units or counting rules', () => {
    const text = documentText(doc);
    for (const phrase of ABOUT_THE_MATERIAL) expect(text, phrase).not.toContain(phrase);
  });

  it('does not repeat a first or a law that a city’s part already quotes', async () => {
    const quoted = excerpts(doc)
      .map((e) => plain(e.children))
      .join('');
    expect(quoted).toContain('在全省率先建立代表履职档案');
    expect(of(doc, 'heading').map((h) => h.text)).not.toContain('创新与首创');
    // Without the city parts, the firsts and laws stand in parts of their own.
    const short = await composeBriefing(summary, { ...options, parts: { cities: false } });
    const texts = (title: string) =>
      section(short, title).flatMap((b) => (b.type === 'paragraph' ? [plain(b.children)] : []));
    const firsts = texts('创新与首创');
    // Official style runs the cities on in one paragraph.
    expect(firsts).toEqual(['甲市：在全省率先建立代表履职档案。丙市：首次开展代表述职。']);
    const laws = texts('立法与决定');
    expect(laws).toEqual(['甲市：《甲市代表工作条例》。']);
  });

  it('round-trips through JSON, validates, and composes the same document twice', async () => {
    expect(validateDocument(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
    expect(await composeBriefing(summary, { ...options, script: 'hans' })).toEqual(doc);
  });

  it('prints the date given, else today’s — never a date found in the reports', async () => {
    const dated = await composeBriefing(summary, {});
    expect(dated.meta.date).toBe(today());
    expect(summary.latestDate).toBe('2024-01-05');
    expect(dated.meta.date).not.toBe('2024-01-05');
  });

  it('rejects bad and unknown options with a USAGE error naming the option', async () => {
    for (const bad of [
      { date: '15/01/2024' },
      { date: '2024-02-30' },
      { issue: 0 },
      { copies: -1 },
      { highlights: 3 },
    ]) {
      const error = await composeBriefing(summary, { ...options, ...bad } as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(JianbaoError);
      expect((error as JianbaoError).code).toBe('USAGE');
      expect((error as JianbaoError).details.where).toBe(`options.${Object.keys(bad)[0]}`);
    }
  });

  it('leaves out parts on request and renumbers the rest', async () => {
    const short = await composeBriefing(summary, { ...options, parts: { overview: false, closing: false } });
    const top = of(short, 'heading').filter((h) => h.level === 1 && h.numbering !== '');
    expect(top.map((h) => `${h.numbering}${h.text}`)[0]).toBe('一、各地做法');
    expect(of(short, 'closing')).toHaveLength(0);
  });
});

describe('composeBriefing: the title and the editor’s note when the input has none', () => {
  it('states the topic most cities share, and what the issue brings together', async () => {
    const { reports: three } = buildReports([
      {
        city: '甲',
        source: '甲办',
        text: '甲市人大深入开展“学思践行”主题活动，举办讲坛12期。',
        brands: ['学思践行'],
      },
      {
        city: '乙',
        source: '乙办',
        text: '乙市人大开展“学思践行”主题活动，组织调研8次。',
        brands: ['学思践行'],
      },
      {
        city: '丙',
        source: '丙办',
        text: '丙市人大围绕“学思践行”主题活动，开展视察5次。',
        brands: ['学思践行'],
      },
    ]);
    const doc = await composeBriefing(summarize(three), { date: '2024-01-15' });
    expect(of(doc, 'title')[0]?.text).toBe('各地人大深入开展“学思践行”主题活动');
    const [note] = of(doc, 'editorsNote');
    expect(note?.children.map((p) => plain(p.children)).join('')).toBe(
      '本期摘编甲市、乙市、丙市深入开展“学思践行”主题活动的做法和成效。供参阅。',
    );
  });
});

describe('composeBriefing: the campaign’s name ends at a head word of the lexicon (excerpt.CAMPAIGN_HEADS)', () => {
  const { reports: two } = buildReports([
    { city: '甲', source: '甲办', text: '甲市人大推进“文明城市”创建，举办讲坛12期。', brands: ['文明城市'] },
    { city: '乙', source: '乙办', text: '乙市人大深化“文明城市”创建，组织调研8次。', brands: ['文明城市'] },
  ]);

  it('takes a brand no head word follows for no campaign, and one a user’s head word follows for one', async () => {
    const plainDoc = await composeBriefing(summarize(two), { date: '2024-01-15' });
    expect(of(plainDoc, 'title')[0]?.text).toBe('甲市、乙市人大工作做法');
    const lexicon = extendLexicon({ excerpt: { CAMPAIGN_HEADS: ['创建'] } });
    const doc = await composeBriefing(summarize(two), { date: '2024-01-15' }, lexicon);
    expect(of(doc, 'title')[0]?.text).toBe('各地人大深入开展“文明城市”创建');
    const [note] = of(doc, 'editorsNote');
    expect(note?.children.map((p) => plain(p.children)).join('')).toContain('“文明城市”创建');
  });

  it('never makes a platform most cities name the topic (代表“家站点”): 深入开展“家站点” is no title', async () => {
    const { reports } = buildReports([
      { city: '甲', source: '甲办', text: '甲市依托代表“家站点”接待群众120人次。', brands: ['家站点'] },
      { city: '乙', source: '乙办', text: '乙市建成代表“家站点”36个。', brands: ['家站点'] },
      { city: '丙', source: '丙办', text: '丙市代表走进“家站点”宣讲12场。', brands: ['家站点'] },
    ]);
    const doc = await composeBriefing(summarize(reports), { date: '2024-01-15' });
    expect(of(doc, 'title')[0]?.text).toBe('甲市、乙市、丙市工作做法');
    const [note] = of(doc, 'editorsNote');
    expect(note?.children.map((p) => plain(p.children)).join('')).not.toContain('开展“家站点”');
  });

  it('ends a campaign at 建设 by default (“清廉机关”建设)', async () => {
    const { reports } = buildReports([
      {
        city: '甲',
        source: '甲办',
        text: '甲市人大推进“清廉机关”建设，举办讲坛12期。',
        brands: ['清廉机关'],
      },
      { city: '乙', source: '乙办', text: '乙市人大深化“清廉机关”建设，组织调研8次。', brands: ['清廉机关'] },
    ]);
    const doc = await composeBriefing(summarize(reports), { date: '2024-01-15' });
    expect(of(doc, 'title')[0]?.text).toBe('各地人大深入开展“清廉机关”建设');
  });
});

describe('composeBriefing: one city’s work', () => {
  it('is 主要做法, not 各地做法, with no heading of the city’s under it', async () => {
    const { reports } = buildReports([
      {
        city: '甲',
        source: '甲市人大常委会研究室',
        text: '甲市人大常委会组织代表视察12次，推动解决问题35个。',
        metrics: [['35个', 35, '个', 'exact', 'problems_solved', '推动解决问题']],
      },
    ]);
    const doc = await composeBriefing(summarize(reports), { date: '2024-01-15' });
    const headings = of(doc, 'heading').map((h) => `${h.numbering}${h.text}`);
    expect(headings).toContain('一、主要做法');
    expect(headings).not.toContain('一、各地做法');
    expect(of(doc, 'heading').filter((h) => h.level === 2)).toEqual([]);
    expect(documentText(doc)).toContain('推动解决问题35个。（甲市人大常委会研究室）');
  });

  it('puts no city name before an opening clause the city or another subject follows (今年以来，甲市人大常委会……)', async () => {
    const part = async (text: string) => {
      const { reports } = buildReports([
        { city: '甲', text, metrics: [['12次', 12, '次', 'exact', 'research', '组织调研']] },
      ]);
      const doc = await composeBriefing(summarize(reports), { date: '2024-01-15' });
      return plain(of(doc, 'paragraph').at(-1)?.children ?? []);
    };
    expect(await part('今年以来，甲市人大常委会组织调研12次。')).toBe(
      '今年以来，甲市人大常委会组织调研12次。',
    );
    // 全市 is the sentence's subject too: no 甲市一季度，全市…….
    expect(await part('一季度，全市组织调研12次。')).toBe('一季度，全市组织调研12次。');
    // A date of ten characters opens it: no 甲市2023年11月3日，甲市、县两级…….
    expect(await part('2023年11月3日，甲市、县两级人大常委会组织调研12次。')).toBe(
      '2023年11月3日，甲市、县两级人大常委会组织调研12次。',
    );
    // No subject at all: the city is named before the sentence, as before.
    expect(await part('今年以来，组织代表开展专题调研12次。')).toBe(
      '甲市今年以来，组织代表开展专题调研12次。',
    );
  });
});

/** A briefing of as many cities (甲, 乙, 丙) as `titles`, each report given its title (or none). */
async function briefWithTitles(titles: Array<string | null>): Promise<BriefingDocument> {
  const { reports } = buildReports(
    (
      [
        ['甲', '组织代表视察12次。', ['12次', 12, '次', 'exact', 'supervision', '视察']],
        ['乙', '组织代表调研8次。', ['8次', 8, '次', 'exact', 'research', '调研']],
        ['丙', '组织代表培训3期。', ['3期', 3, '期', 'exact', 'training', '培训']],
      ] as const
    )
      .slice(0, titles.length)
      .map(([city, text, metric]) => ({ city, text: `${city}市人大常委会${text}`, metrics: [[...metric]] })),
  );
  reports.forEach((report, index) => {
    report.title = titles[index] ?? null;
  });
  return composeBriefing(summarize(reports), { date: '2024-01-15' });
}

describe('composeBriefing: the cities’ headings', () => {
  const headingsOf = async (titles: Array<string | null>) =>
    of(await briefWithTitles(titles), 'heading')
      .filter((h) => h.level === 2)
      .map((h) => h.text);

  it('heads each part by its report’s title when every report has one that reads as a heading', async () => {
    expect(await headingsOf(['甲市：视察走在前列', '乙市：调研见实效'])).toEqual([
      '甲市：视察走在前列',
      '乙市：调研见实效',
    ]);
  });

  it('heads every part by the city’s name when one report has no title, or a title that names the document', async () => {
    expect(await headingsOf(['甲市：视察走在前列', null])).toEqual(['甲市', '乙市']);
    expect(await headingsOf(['甲市人大常委会2024年代表工作综述', '乙市：调研见实效'])).toEqual([
      '甲市',
      '乙市',
    ]);
    expect(await headingsOf(['甲市代表工作情况报告', '乙市代表工作总结'])).toEqual(['甲市', '乙市']);
  });
});

describe('composeBriefing: the title names the field of work the reports’ titles share', () => {
  const titleOf = async (titles: Array<string | null>) => {
    const doc = await briefWithTitles(titles);
    return [of(doc, 'title')[0]?.text, plain(of(doc, 'editorsNote')[0]?.children[0]?.children ?? [])];
  };

  it('人大代表工作 when every titled report (at least half) is on 代表工作; 人大工作 otherwise', async () => {
    const [title, note] = await titleOf([
      '甲市人大常委会关于2024年度代表工作情况的报告',
      null,
      '丙市代表工作综述',
    ]);
    expect(title).toBe('甲市、乙市、丙市人大代表工作做法');
    expect(note).toContain('人大代表工作的做法和成效');
    expect((await titleOf(['甲市代表工作综述', null, '丙市立法工作综述']))[0]).toBe(
      '甲市、乙市、丙市人大工作做法',
    );
    // One titled report of three is no field for the others.
    expect((await titleOf(['甲市代表工作综述', null, null]))[0]).toBe('甲市、乙市、丙市人大工作做法');
  });
});

describe('composeBriefing: the title states what the reports’ own titles are all about', () => {
  const frontOf = async (titles: Array<string | null>) => {
    const doc = await briefWithTitles(titles);
    return {
      title: of(doc, 'title')[0]?.text,
      note: plain(of(doc, 'editorsNote')[0]?.children[0]?.children ?? []),
      part: of(doc, 'heading').find((h) => h.level === 1 && h.text.startsWith('各地'))?.text,
    };
  };

  it('经济运行情况 when every title is on it, less its city, period and document’s name; 情况, not 做法', async () => {
    const front = await frontOf([
      '甲市2024年前三季度经济运行情况',
      '乙市前三季度经济运行简况',
      '丙市统计局关于经济运行情况的报告',
    ]);
    expect(front.title).toBe('甲市、乙市、丙市经济运行情况');
    expect(front.note).toBe('本期摘编甲市、乙市、丙市经济运行情况。供参阅。');
    expect(front.part).toBe('各地情况');
  });

  it('keeps the period when every title names the same one', async () => {
    const front = await frontOf(['甲市前三季度经济运行情况', '乙市前三季度经济运行简况']);
    expect(front.title).toBe('甲市、乙市前三季度经济运行情况');
  });

  it('a work stays 做法 (人大代表工作做法), and titles with nothing in common leave the work general', async () => {
    const work = await frontOf(['甲市人大代表工作情况', '乙市人大代表工作总结']);
    expect(work.title).toBe('甲市、乙市人大代表工作做法');
    expect(work.note).toContain('甲市、乙市人大代表工作的做法和成效');
    expect(work.part).toBe('各地做法');
    expect((await frontOf(['甲市经济运行情况', '乙市安全生产情况'])).title).toBe('甲市、乙市人大工作做法');
    // Headlines (甲市：…) name no subject of a report.
    expect((await frontOf(['甲市：视察走在前列', '乙市：调研见实效'])).title).toBe('甲市、乙市人大工作做法');
  });

  it('a lone city’s report: its own title, and its subject in the note and the part’s heading', async () => {
    const front = await frontOf(['甲市经济运行情况']);
    expect(front.title).toBe('甲市经济运行情况');
    expect(front.note).toBe('本期摘编甲市经济运行情况。供参阅。');
    const doc = await briefWithTitles(['甲市经济运行情况']);
    expect(of(doc, 'heading')[0]?.text).toBe('主要情况');
  });
});

describe('composeBriefing: the editor’s note says 各市 for what every city did, as the overview does', () => {
  it('各市 for a measure every city shares, 多数市 for one most share', async () => {
    const { reports } = buildReports(
      ['甲', '乙', '丙', '丁'].map((city, index) => ({
        city,
        // Every city names its 代表之家; three of the four hold a 代表讲坛.
        text: `${city}市新建代表之家${index + 3}个。${index < 3 ? `举办代表讲坛${index + 5}期。` : ''}`,
      })),
    );
    const doc = await composeBriefing(summarize(reports), { date: '2024-01-15' });
    const note = plain(of(doc, 'editorsNote')[0]?.children[0]?.children ?? []);
    expect(note).toContain('各市依托代表“家站点”联系服务群众');
    expect(note).toContain('多数市以人大代表讲坛为载体推动学习');
    expect(documentText(doc)).toContain('各市依托代表“家站点”联系服务群众');
  });
});

describe('composeBriefing: the overview’s laws', () => {
  it('names each law as the laws part does: on one line, quoted with its source', async () => {
    // Each report was wrapped at the page's width, inside a law's name.
    const { input, reports } = buildReports(
      ['甲', '乙', '丙'].map((city) => ({
        city,
        text: `${city}市人大常委会今年制定了《${city}市网络餐饮服务食品安全管理若干规\n定》，并开展执法检查。`,
        laws: [`${city}市网络餐饮服务食品安全管理若干规\n定`],
      })),
    );
    const doc = await composeBriefing(summarize(reports), { date: '2024-01-15', parts: { laws: false } });
    const overview = of(doc, 'paragraph')[0]?.children ?? [];
    expect(plain(overview)).toContain(
      '制定或作出了《甲市网络餐饮服务食品安全管理若干规定》《乙市网络餐饮服务食品安全管理若干规定》《丙市网络餐饮服务食品安全管理若干规定》等法规和决定。',
    );
    const names = overview.filter((run) => run.type === 'excerpt');
    expect(names.map((run) => run.type === 'excerpt' && input.slice(...run.source.span))).toEqual(
      ['甲', '乙', '丙'].map((city) => `${city}市网络餐饮服务食品安全管理若干规\n定`),
    );
  });
});

describe('composeBriefing: one script throughout', () => {
  /** The document as JSON without the provenance fields (sources keep the input's writing). */
  const withoutProvenance = (doc: BriefingDocument) =>
    JSON.stringify(doc, (key, value) => (key === 'sources' || key === 'source' ? undefined : value));

  it.each(['hans', 'hant'] as const)(
    'leaves no character of the other script in a %s document',
    async (script) => {
      const { reports: traditional } = handReports();
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
    expect(JSON.stringify(doc)).toContain('約4450名');
  });
});

describe('composeBriefing: a printed 简报 fed back in', () => {
  it('takes its 编者按 for the note, not the overview and table after it, which are worked out afresh', async () => {
    const { extract, reportsOf } = await import('../extract/extract.js');
    const { readSource } = await import('../ingest/read-source.js');
    const printed = [
      '人大工作简报',
      '第5期',
      '',
      '各市代表工作做法',
      '',
      '编者按：本期刊发两个市联系群众的做法，供各地学习借鉴。',
      '',
      '一、总体情况',
      '南京市、无锡市组织代表接待群众合计3500人次。',
      '',
      '二、各地做法',
      '（一）南京市',
      '南京市人大常委会组织代表接待群众2300人次，收集意见建议560条。（宁人宣）',
      '（二）无锡市',
      '无锡市人大常委会组织代表接待群众1200人次，开展议事活动48场。（锡人宣）',
      '',
    ].join('\n');
    const source = readSource(printed, { origin: 'printed.txt' });
    const reports = reportsOf(source, extract(source), { preface: true });
    const doc = await composeBriefing(summarize(reports), { date: '2024-01-15' });
    const [note] = of(doc, 'editorsNote');
    expect(note?.children.map((p) => plain(p.children))).toEqual([
      '本期刊发两个市联系群众的做法，供各地学习借鉴。',
    ]);
  });
});

describe('composeBriefing: the note of a compilation with a title and no note of its own', () => {
  const noteOf = async (title: string) => {
    const { extract, reportsOf } = await import('../extract/extract.js');
    const { readSource } = await import('../ingest/read-source.js');
    const text = [
      title,
      '',
      '衢州市',
      '一季度，衢州市新设经营主体1.3万户，办理涉企经营许可事项4100件。',
      '（衢州市发展改革委）',
      '',
      '舟山市',
      '舟山市走访企业2100余家，收集问题860个，已解决790个。',
      '（舟山市营商办）',
      '',
    ].join('\n');
    const source = readSource(text, { origin: 'compilation.txt' });
    const doc = await composeBriefing(summarize(reportsOf(source, extract(source), { preface: true })), {
      date: '2024-04-15',
    });
    return [
      of(doc, 'title')[0]?.text,
      plain(of(doc, 'editorsNote')[0]?.children[0]?.children ?? []),
      of(doc, 'heading').find((h) => h.text.startsWith('各地'))?.text,
    ];
  };

  it('names the work its title names, without the title’s scope (全省各市) and name (情况, 汇编)', async () => {
    expect(await noteOf('全省各市一季度优化营商环境工作情况')).toEqual([
      '全省各市一季度优化营商环境工作情况',
      '本期摘编衢州市、舟山市一季度优化营商环境工作的做法和成效。供参阅。',
      '各地做法',
    ]);
    expect((await noteOf('各地优化营商环境工作情况汇编'))[1]).toBe(
      '本期摘编衢州市、舟山市优化营商环境工作的做法和成效。供参阅。',
    );
  });

  it('says 工作 as before when the title names no work (a title of its own words)', async () => {
    expect((await noteOf('营商环境简讯'))[1]).toBe('本期摘编衢州市、舟山市工作的做法和成效。供参阅。');
  });

  it('tells the 情况 of a state of things its title names (经济运行情况汇编), and heads the parts 各地情况', async () => {
    expect(await noteOf('全省各市一季度经济运行情况汇编')).toEqual([
      '全省各市一季度经济运行情况',
      '本期摘编衢州市、舟山市一季度经济运行情况。供参阅。',
      '各地情况',
    ]);
    // A compilation of practices (经验做法) tells no 情况: the note says 工作 as before.
    expect((await noteOf('全省各地经验做法汇编'))[1]).toBe(
      '本期摘编衢州市、舟山市工作的做法和成效。供参阅。',
    );
  });
});
