import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  briefingInputOf,
  composeBriefing,
  readSource,
  readSourceAsync,
  summarizeInputs,
} from '../src/index.js';
import { of, plain } from './helpers/briefing.js';

/** A Word file as an office compiles one: a centred title, then each city under its heading, closed by its attribution. */
function compilation(): Uint8Array {
  const p = (text: string, props = '') => `<w:p>${props}<w:r><w:t>${text}</w:t></w:r></w:p>`;
  const body = [
    p('全省各市人大工作情况汇编', '<w:pPr><w:jc w:val="center"/></w:pPr>'),
    p('一、南京市', '<w:pPr><w:pStyle w:val="Heading2"/></w:pPr>'),
    p('南京市人大常委会组织代表专题调研36次，推动解决问题520个。'),
    p('（南京市人大常委会研究室）'),
    p('二、无锡市', '<w:pPr><w:pStyle w:val="Heading2"/></w:pPr>'),
    p('无锡市人大常委会组织代表专题调研28次，推动解决问题610个。'),
    p('（无锡市人大常委会办公室）'),
  ].join('');
  return zipSync({ 'word/document.xml': strToU8(`<w:document><w:body>${body}</w:body></w:document>`) });
}

describe('a compilation: one Word file of several cities under one title', () => {
  it('heads no city with the file’s title, and makes no editor’s note of it', async () => {
    const source = await readSourceAsync(compilation(), { origin: 'compiled.docx' });
    const summary = summarizeInputs([briefingInputOf(source)]);
    expect(summary.cities.map((c) => [c.city, c.title, c.source])).toEqual([
      ['南京', null, '南京市人大常委会研究室'],
      ['无锡', null, '无锡市人大常委会办公室'],
    ]);
    const doc = await composeBriefing(summary, { date: '2024-01-15' });
    const headings = of(doc, 'heading').map((h) => h.text);
    expect(headings).not.toContain('全省各市人大工作情况汇编');
    expect(headings).toEqual(expect.arrayContaining(['南京市', '无锡市']));
    const [note] = of(doc, 'editorsNote');
    expect(note?.children.map((c) => plain(c.children)).join('')).not.toContain('情况汇编');
  });

  it('takes the compilation’s title as the briefing’s: its editors’ own words for what the issue is about', async () => {
    const source = await readSourceAsync(compilation(), { origin: 'compiled.docx' });
    const doc = await composeBriefing(summarizeInputs([briefingInputOf(source)]), { date: '2024-01-15' });
    // Less the 汇编 it ends with: the briefing is itself the compilation, and its title states the topic.
    expect(of(doc, 'title')[0]?.text).toBe('全省各市人大工作情况');
  });

  it('takes a plain-text compilation’s first line as its title when it is a bare title, not a note', async () => {
    const cities =
      '南京市\n南京市人大常委会组织代表专题调研36次。\n（南京市人大常委会研究室）\n无锡市\n无锡市人大常委会组织代表专题调研28次。\n（无锡市人大常委会办公室）\n';
    const titleOf = async (text: string, more: string[] = []) => {
      const inputs = [text, ...more].map((t, i) => briefingInputOf(readSource(t, { origin: `in${i}.txt` })));
      const doc = await composeBriefing(summarizeInputs(inputs), { date: '2024-01-15' });
      return of(doc, 'title')[0]?.text;
    };
    expect(await titleOf(`全省各市代表工作情况\n${cities}`)).toBe('全省各市代表工作情况');
    expect(await titleOf(`全省各市代表工作情況匯編\n${cities}`)).toBe('全省各市代表工作情况');
    // A note, not a title: the briefing composes its own.
    expect(await titleOf(`现将各市材料摘编如下：\n${cities}`)).toBe('南京市、无锡市人大工作做法');
    // The first city's headline, naming no city, is no compilation's title either.
    expect(await titleOf(`以学铸魂推动人大工作走在前列\n${cities}`)).toBe('南京市、无锡市人大工作做法');
    // A compilation's title covers its own cities only: with another city's report beside it, it is not the issue's.
    expect(
      await titleOf(`全省各市代表工作情况\n${cities}`, [
        '徐州市人大常委会组织代表专题调研12次。\n（徐州市人大常委会办公室）\n',
      ]),
    ).toBe('南京市、无锡市、徐州市人大工作做法');
  });
});

describe('a compilation that opens with its title and an editor’s note', () => {
  const cities = [
    '南京市人大常委会组织代表专题调研36次。',
    '（南京市人大常委会研究室）',
    '无锡市人大常委会组织代表专题调研28次。',
    '（无锡市人大常委会办公室）',
    '',
  ];
  const note = '编者按：各市推进代表联络站建设，现将两市做法摘编如下，供参考。';
  const brief = async (text: string, origin: string) => {
    const summary = summarizeInputs([briefingInputOf(readSource(text, { origin }))]);
    const doc = await composeBriefing(summary, { date: '2024-01-15' });
    return {
      cities: summary.cities.map((c) => c.city),
      title: of(doc, 'title')[0]?.text,
      note: of(doc, 'editorsNote')[0]
        ?.children.map((c) => plain(c.children))
        .join(''),
    };
  };

  it('keeps both out of the first city’s part: the title is the briefing’s, the note its editor’s note', async () => {
    const expected = {
      cities: ['南京', '无锡'],
      title: '全省各市代表联络站建设情况',
      note: '各市推进代表联络站建设，现将两市做法摘编如下，供参考。',
    };
    // Plain text, the cities closed by their attributions (the note was the first city's text).
    expect(await brief(['全省各市代表联络站建设情况', '', note, '', ...cities].join('\n'), 'a.txt')).toEqual(
      expected,
    );
    // Markdown, the title a heading and the cities numbered headings (## 一、南京市 was not read as one).
    const md = [
      '# 全省各市代表联络站建设情况',
      '',
      note,
      '',
      '## 一、南京市',
      '',
      cities[0],
      '',
      cities[1],
      '',
      '## 二、无锡市',
      '',
      cities[2],
      '',
      cities[3],
      '',
    ];
    expect(await brief(md.join('\n'), 'a.md')).toEqual(expected);
  });
});

describe('a compilation of reports that are not a congress’s', () => {
  it('names no congress in the masthead or the closing block it was not given', async () => {
    const text = [
      '杭州市',
      '前三季度，全市生产总值4410亿元，增长5.5%。',
      '（杭州市统计局）',
      '宁波市',
      '前三季度，全市生产总值3920亿元，增长5.9%。',
      '（宁波市统计局）',
      '',
    ].join('\n');
    const doc = await composeBriefing(
      summarizeInputs([briefingInputOf(readSource(text, { origin: 'e.txt' }))]),
      {
        date: '2024-01-15',
      },
    );
    const [masthead] = of(doc, 'masthead');
    const [closing] = of(doc, 'closing');
    expect([masthead?.name, masthead?.office, closing?.office]).toEqual(['工作简报', '办公室编', '办公室']);
  });
});

describe('a compilation titled with its period before its scope', () => {
  it('keeps the period and drops the scope in the editor’s note (前三季度各市… → 前三季度文旅消费情况)', async () => {
    const page = [
      '<h1>前三季度各市文旅消費情況</h1>',
      '<h2>無錫市</h2><p>無錫市接待遊客8650萬人次，實現旅遊總收入1320億元。</p>',
      '<h2>蘇州市</h2><p>蘇州市接待遊客1.35億人次，實現旅遊總收入2180億元。</p>',
      '<h2>揚州市</h2><p>揚州市接待遊客5620萬人次，實現旅遊總收入760億元。</p>',
    ].join('');
    const source = await readSourceAsync(`<html><body><article>${page}</article></body></html>`, {
      origin: 'page.html',
    });
    const doc = await composeBriefing(summarizeInputs([briefingInputOf(source)]), {
      date: '2024-10-28',
      script: 'hans',
    });
    expect(of(doc, 'title')[0]?.text).toBe('前三季度各市文旅消费情况');
    const [note] = of(doc, 'editorsNote');
    expect(note?.children.map((c) => plain(c.children)).join('')).toBe(
      '本期摘编无锡市、苏州市、扬州市前三季度文旅消费情况。供参阅。',
    );
  });
});

describe('a lone city’s report titled as a document', () => {
  it('titles the briefing by its topic, without the document’s name (总结, 的报告) or its 关于', async () => {
    const titleOf = async (title: string) => {
      const text = `# ${title}\n\n全市建成代表之家84个，组织代表进站接待群众1.2万人次。\n`;
      const input = briefingInputOf(readSource(text, { origin: 'wuxi.md' }));
      const doc = await composeBriefing(summarizeInputs([input]), { date: '2024-12-20' });
      return of(doc, 'title')[0]?.text;
    };
    expect(await titleOf('无锡市人大常委会2024年度代表工作总结')).toBe('无锡市人大常委会2024年度代表工作');
    expect(await titleOf('无锡市人大常委会关于2024年代表工作情况的报告')).toBe(
      '无锡市人大常委会2024年代表工作情况',
    );
    // What a report tells stays: …情况 is the topic, not the document's name.
    expect(await titleOf('无锡市2024年代表工作情况')).toBe('无锡市2024年代表工作情况');
  });
});
