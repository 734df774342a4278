import type { BriefingDocument, FigureRun, Inline } from './schema.js';

/** The example briefing (see exampleDocument), built here: a module of its own, loaded only when asked for. */
export function buildExampleDocument(style: 'official' | 'modern' = 'official'): BriefingDocument {
  const figure = (
    value: string,
    number: number,
    unit: string,
    city: string | null,
    quote: string,
  ): FigureRun => ({
    type: 'figure',
    value,
    number,
    numberMax: null,
    unit,
    qualifier: value.startsWith('逾') ? 'at_least' : 'exact',
    category: 'research',
    label: '开展调研',
    indicator: 'research_activities|times|activity',
    city,
    sources: [
      { city: city ?? '甲市', origin: 'example.md', span: [0, quote.length], text: value, quote, line: 1 },
    ],
  });
  const text = (value: string): Inline => ({ type: 'text', value });
  const document: BriefingDocument = {
    type: 'briefing',
    version: 2,
    meta: {
      title: '示例简报',
      subject: '各地工作情况汇总',
      keywords: ['简报', '示例'],
      author: '示例办公室',
      language: 'zh-CN',
      script: 'hans',
      style,
      date: '2024-01-15',
    },
    children: [
      {
        type: 'masthead',
        name: '工作简报',
        issue: '第1期',
        office: '示例办公室编',
        date: '2024年1月15日',
        classification: '内部资料',
      },
      { type: 'title', text: '各地工作情况汇总', subtitle: null },
      {
        type: 'editorsNote',
        label: '编者按：',
        children: [
          {
            type: 'paragraph',
            indent: true,
            align: 'justify',
            children: [text('现将各地情况汇总如下，供参考。')],
          },
        ],
      },
      { type: 'heading', level: 1, numbering: '一、', text: '总体情况', id: 'h-1' },
      {
        type: 'paragraph',
        indent: true,
        align: 'justify',
        children: [
          text('全省共开展调研'),
          figure('逾1200次', 1236, '次', null, '甲市开展调研1200余次。'),
          text('，'),
          { type: 'emphasis', value: '成效明显' },
          text('。'),
        ],
      },
      {
        type: 'paragraph',
        indent: true,
        align: 'justify',
        children: [
          {
            type: 'excerpt',
            children: [
              { type: 'text', value: '乙市组织代表开展调研' },
              figure('36次', 36, '次', '乙市', '乙市组织代表开展调研36次。'),
              { type: 'text', value: '。' },
            ],
            source: {
              city: '乙市',
              origin: 'example.md',
              span: [0, 14],
              text: '乙市组织代表开展调研36次。',
              quote: '乙市组织代表开展调研36次。',
              line: 3,
            },
          },
          text('（乙市办公室）'),
        ],
      },
      { type: 'heading', level: 2, numbering: '（一）', text: '主要指标', id: 'h-1-1' },
      {
        type: 'table',
        caption: '表1 各市主要指标',
        columns: [
          { align: 'left', width: 2 },
          { align: 'right', width: 1 },
        ],
        header: [[{ children: [text('城市')] }, { children: [text('调研（次）')] }]],
        rows: [
          [
            { children: [text('甲市')] },
            { children: [figure('1200余', 1200, '次', '甲市', '甲市开展调研1200余次。')] },
          ],
          [
            { children: [text('乙市')] },
            { children: [figure('36', 36, '次', '乙市', '乙市开展调研36次。')] },
          ],
        ],
        notes: ['注：“余”“超”计为下限，“近”计为约数。'],
      },
      {
        type: 'chart',
        kind: 'bar',
        title: '各市调研次数',
        unit: '次',
        categories: ['甲市', '乙市'],
        series: [{ name: '调研', values: [1200, 36] }],
        note: '数据来源：各市报送材料。',
      },
      { type: 'heading', level: 3, numbering: '1.', text: '三级标题', id: 'h-1-1-1' },
      { type: 'heading', level: 4, numbering: '（1）', text: '四级标题', id: 'h-1-1-1-1' },
      { type: 'list', ordered: true, items: [[text('甲市率先出台办法。')], [text('乙市制定首部条例。')]] },
      { type: 'sourceNote', children: [text('（来源：甲市办公室）')] },
      { type: 'pageBreak' },
      {
        type: 'closing',
        recipients: [
          { label: '报：', text: '省委办公厅' },
          { label: '送：', text: '各市办公室' },
        ],
        office: '示例办公室',
        printDate: '2024年1月15日印发',
        copies: '共印20份',
      },
    ],
  };
  return document;
}

/** Block kinds that `exampleDocument` uses — all of them (checked in its test). */
