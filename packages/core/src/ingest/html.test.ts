import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { isJianbaoError } from '../errors.js';
import { extract } from '../extract/extract.js';
import { briefingInputOf } from '../pipeline/input.js';
import { summarizeInputs } from '../pipeline/summarize-inputs.js';
import { readSource } from './read-source.js';
import { readSourceAsync } from './read-source-async.js';

// A city website's article page, in our own words: a menu, a banner, a sidebar of other news, a footer with a
// visitor count and a hotline, a script and a style — each with figures that are not the article's.
const ARTICLE = [
  '常州：代表联络站里的“小事”',
  '今年以来，常州市各级人大代表在联络站接待群众3200余人次，收集意见建议870条。',
  '市人大常委会组织代表专题调研45次，形成调研报告28篇，推动解决停车、加装电梯等问题610个。',
  '全市已建成代表联络站126个，实现镇（街道）全覆盖。',
];
const ARTICLE_FIGURES = ['3200余人次', '870条', '45次', '28篇', '610个', '126个'];

const PAGE = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>常州：代表联络站里的“小事”_常州人大网</title>
  <style>.nav li { margin: 12px 3px; } /* 99次 */</style>
  <script>var visits = 123456; document.title = "访问量88888次";</script>
</head>
<body>
  <div class="top-banner"><img src="banner.png" alt="常州人大"><span>今天是2024年1月10日</span></div>
  <nav class="nav"><ul>
    <li><a href="/">首页</a></li><li><a href="/news">人大新闻</a></li><li><a href="/dbgz">代表工作</a></li>
    <li><a href="/hot">热点：全省培训代表5000人次</a></li>
  </ul></nav>
  <div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/dbgz">代表工作</a> &gt; 正文</div>
  <div class="wrapper">
    <div class="sidebar">
      <h3>相关新闻</h3>
      <ul><li><a href="/1">某区开展执法检查12次</a></li><li><a href="/2">代表视察活动累计300场</a></li></ul>
    </div>
    <div class="article-content">
      <h1>${ARTICLE[0]}</h1>
      <div class="info">发布时间：2024-01-10 来源：常州人大 浏览次数：<span id="count">4567</span></div>
      <div class="TRS_Editor">
        <p>${ARTICLE[1]}</p>
        <p>市人大常委会组织代表专题调研45次，形成调研报告28篇，
           推动解决停车、加装电梯等问题610个。</p>
        <p>全市已建成代表联络站126个，实现镇（街道）全覆盖。</p>
      </div>
      <div class="share">分享到：<a href="#">微信</a><a href="#">微博</a></div>
    </div>
  </div>
  <footer><p>版权所有：常州市人大常委会办公室 备案号：苏ICP备12345678号</p><p>联系电话：0519-12345678 累计访问2000000次</p></footer>
  <script src="/js/stat.js"></script><script>window.__pv = 777;</script>
</body>
</html>`;

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isJianbaoError(error)) {
      expect(error.message).not.toContain('\n');
      return error.code;
    }
    throw error;
  }
  throw new Error('expected a JianbaoError');
}

describe('.html: a saved article page', () => {
  it('gives its headline and paragraphs, and only its figures — not the menu, sidebar, footer or scripts', async () => {
    const source = await readSourceAsync(new TextEncoder().encode(PAGE), { origin: 'changzhou.html' });
    expect(source.format).toBe('html');
    expect(source.text).toBe(ARTICLE.join('\n\n'));
    const metrics = extract(source).sections.flatMap((s) => s.metrics);
    expect(metrics.map((m) => m.text)).toEqual(ARTICLE_FIGURES);
    for (const m of metrics) expect(source.text.slice(m.span[0], m.span[1])).toBe(m.text);
  });

  it('takes the info bar’s 来源 for the attribution, in the article’s box or beside it', async () => {
    const inside = await readSourceAsync(new TextEncoder().encode(PAGE), { origin: 'changzhou.html' });
    expect(inside.meta).toMatchObject({ source: '常州人大' });
    const paragraphs = ARTICLE.slice(1)
      .map((p) => `<p>${p}</p>`)
      .join('');
    const beside = `<html><body><div class="top"><a href="/">首页</a></div><div class="article"><h1>${ARTICLE[0]}</h1><div class="info">来源：常州市人大常委会办公室　　发布时间：2024-01-05 09:30　【打印本页】</div><div class="content">${paragraphs}</div></div><div class="foot">版权所有：常州市人大常委会</div></body></html>`;
    const source = await readSourceAsync(beside, { origin: 'beside.html' });
    expect(source.text).toBe(ARTICLE.join('\n\n'));
    expect(source.meta).toEqual({ title: ARTICLE[0], source: '常州市人大常委会办公室' });
  });

  it('takes a city named in a short heading (<h2>南京市</h2>) for the start of its part', async () => {
    const page = `<html><body><div class="content"><h1>各市人大代表工作情况</h1><h2>南京市</h2><p>南京市人大常委会今年组织代表视察42次。</p><h2>无锡市</h2><p>无锡市人大常委会开展专题调研18次。</p><h3>工作成效，代表满意度明显提升。</h3></div></body></html>`;
    const source = await readSourceAsync(page, { origin: 'cities.html' });
    expect(source.text.split('\n\n')).toEqual([
      '各市人大代表工作情况',
      '## 南京市',
      '南京市人大常委会今年组织代表视察42次。',
      '## 无锡市',
      '无锡市人大常委会开展专题调研18次。',
      // A heading that is a sentence stays as written.
      '工作成效，代表满意度明显提升。',
    ]);
    expect(extract(source).sections.map((s) => [s.kind, s.city])).toEqual([
      ['preface', null],
      ['city', '南京'],
      ['city', '无锡'],
    ]);
  });

  it('reads a table of cities’ figures as a sheet is: a part a city, each figure with its column’s name and unit', async () => {
    const page = `<html><body><div class="content"><h1>各市代表工作统计</h1><p>现将各市代表工作情况统计如下。</p>
      <table><tr><th>设区市</th><th>代表建议（件）</th><th>视察次数</th></tr>
      <tr><td>南京市</td><td>812</td><td>46</td></tr>
      <tr><td>无锡市</td><td></td><td>38</td></tr>
      <tr><td>合计</td><td>812</td><td>84</td></tr></table>
      <p>统计口径以各市报送为准。</p></div></body></html>`;
    const source = await readSourceAsync(page, { origin: 'stats.html' });
    expect(source.text.split('\n\n')).toEqual([
      '各市代表工作统计',
      '现将各市代表工作情况统计如下。',
      '## 南京市',
      '代表建议：812件；视察次数：46次。',
      '## 无锡市',
      '视察次数：38次。',
      '统计口径以各市报送为准。',
    ]);
    const sections = extract(source).sections;
    expect(sections.map((s) => [s.city, s.metrics.map((m) => [m.label, m.text])])).toEqual([
      [null, []],
      [
        '南京',
        [
          ['代表建议', '812件'],
          ['视察次数', '46次'],
        ],
      ],
      ['无锡', [['视察次数', '38次']]],
    ]);
  });

  it('reads a table that lists the cities across its first row as the same table turned', async () => {
    const page = `<html><body><h1>各市代表工作统计</h1><table><tr><td>指标</td><td>南京市</td><td>无锡市</td><td>合计</td></tr>
      <tr><td>代表建议（件）</td><td>812</td><td></td><td>812</td></tr><tr><td>视察次数</td><td>46</td><td>38</td><td>84</td></tr>
      </table></body></html>`;
    const source = await readSourceAsync(page, { origin: 'across.html' });
    expect(source.text.split('\n\n')).toEqual([
      '各市代表工作统计',
      '## 南京市',
      '代表建议：812件；视察次数：46次。',
      '## 无锡市',
      '视察次数：38次。',
    ]);
  });

  it('leaves a table that lays the page out, or holds no cities, as its paragraphs', async () => {
    const page = `<html><body><table><tr><td><div class="content"><h1>南京市人大常委会开展代表活动</h1>
      <p>南京市人大常委会今年组织代表视察42次，走访选民1.6万人次。</p>
      <table><tr><td>活动</td><td>次数</td></tr><tr><td>视察</td><td>42</td></tr></table>
      <p>全市收集意见建议560条。</p></div></td></tr></table></body></html>`;
    const source = await readSourceAsync(page, { origin: 'layout.html' });
    expect(source.text.split('\n\n')).toEqual([
      '南京市人大常委会开展代表活动',
      '南京市人大常委会今年组织代表视察42次，走访选民1.6万人次。',
      '活动',
      '次数',
      '视察',
      '42',
      '全市收集意见建议560条。',
    ]);
  });

  it('finds the article in a page that marks it with <article>, and in one with no marks at all', async () => {
    const marked = `<html><body><div><a href="/">首页</a> <a href="/a">要闻</a></div><article><h1>${ARTICLE[0]}</h1>${ARTICLE.slice(
      1,
    )
      .map((p) => `<p>${p}</p>`)
      .join('')}</article><div>电话：12345 访问量：8888次</div></body></html>`;
    const plain = `<html><body><table><tr><td><a href="/">首页</a></td><td><a href="/b">公告</a></td></tr></table><div><div>${ARTICLE.slice(
      1,
    )
      .map((p) => `<p>${p}</p>`)
      .join('')}</div></div><div>地址：某路1号 邮编：213000</div></body></html>`;
    for (const [name, html] of [
      ['marked.html', marked],
      ['plain.htm', plain],
    ] as const) {
      const source = await readSourceAsync(html, { origin: name });
      const figures = extract(source).sections.flatMap((s) => s.metrics.map((m) => m.text));
      expect(figures, name).toEqual(ARTICLE_FIGURES);
    }
  });

  it('keeps the headline apart from the first paragraph, takes it as the title, and the info bar’s 来源 as the attribution', async () => {
    // The headline, the info bar and the paragraphs side by side in one container, as many sites lay them out.
    const page = `<html><body><div class="nav"><a href="/">首页</a></div><div class="article"><h1>${ARTICLE[0]}</h1>
      <div class="info">发布时间：2024-01-10 来源：常州市人大常委会研究室 浏览次数：1234</div>
      ${ARTICLE.slice(1)
        .map((p) => `<p>${p}</p>`)
        .join('')}</div><div class="footer">版权所有：常州市人大常委会办公室</div></body></html>`;
    const source = await readSourceAsync(page, { origin: 'info.html' });
    expect(source.text).toBe(ARTICLE.join('\n\n'));
    expect(source.meta).toEqual({ title: ARTICLE[0], source: '常州市人大常委会研究室' });
    const [section] = extract(source).sections;
    expect(section?.source).toBe('常州市人大常委会研究室');
    // The headline has no full stop, and is still not run into the first sentence.
    const summary = summarizeInputs([briefingInputOf(source)]);
    expect(summary.cities[0]?.title).toBe(ARTICLE[0]);
    expect(summary.cities[0]?.excerpt[0]?.text.startsWith('今年以来')).toBe(true);
  });

  it('decodes a GBK page, and is recognised by its content without an extension', async () => {
    const bytes = new Uint8Array(iconv.encode(PAGE.replace('charset="utf-8"', 'charset="gbk"'), 'gbk'));
    const source = await readSourceAsync(bytes);
    expect(source.format).toBe('html');
    expect(source.text).toBe(ARTICLE.join('\n\n'));
  });

  it('decodes a page that declares Big5 as Big5 (its bytes would read as other characters in GBK)', async () => {
    const article = [
      '鎮江：代表履職見實效',
      '今年以來，鎮江市人大常委會組織代表專題調研31次，推動解決問題865個。',
    ];
    const page = (charset: string) =>
      `<html><head><meta charset="${charset}"></head><body><div class="content"><h1>${article[0]}</h1><p>${article[1]}</p></div></body></html>`;
    const big5 = new Uint8Array(iconv.encode(page('big5'), 'big5'));
    const source = await readSourceAsync(big5, { origin: 'zhenjiang.html' });
    expect(source.text).toBe(article.join('\n\n'));
    expect(extract(source).sections.flatMap((s) => s.metrics.map((m) => m.text))).toEqual(['31次', '865個']);
    // Saved as UTF-8 with the old declaration kept: read as the UTF-8 it is.
    const resaved = new TextEncoder().encode(page('big5'));
    expect((await readSourceAsync(resaved, { origin: 'resaved.html' })).text).toBe(article.join('\n\n'));
  });

  it('a page whose article is cut off gives what arrived', async () => {
    const cut = PAGE.slice(0, PAGE.indexOf('全市已建成'));
    const source = await readSourceAsync(cut, { origin: 'cut.html' });
    expect(source.text).toBe(ARTICLE.slice(0, 3).join('\n\n'));
  });

  it('a page with nothing but furniture is INPUT_EMPTY', async () => {
    const html =
      '<html><head><script>var a = 1;</script></head><body><nav><a href="/">首页</a></nav><footer>版权所有</footer></body></html>';
    expect(await codeOf(readSourceAsync(html, { origin: 'empty.html' }))).toBe('INPUT_EMPTY');
  });

  it('100,000 nested divs are INPUT_LIMIT, in one line (a stack-bound DOM walk would overflow)', async () => {
    const html = `<html><body>${'<div>'.repeat(100_000)}代表100名${'</div>'.repeat(100_000)}</body></html>`;
    expect(await codeOf(readSourceAsync(html, { origin: 'deep.html' }))).toBe('INPUT_LIMIT');
  });

  it('the synchronous readSource names an HTML file instead of reading its tags as text', () => {
    expect(() => readSource(new TextEncoder().encode(PAGE), { origin: 'page.html' })).toThrow(
      /^page\.html is an HTML page: read it with readSourceAsync$/,
    );
  });
});
