import type { BlockNode, BriefingDocument, FigureRun, Inline } from '@jianbao/core';
import { exampleDocument } from '@jianbao/core';

/** Jiangsu's 13 prefecture-level cities, in the province's customary order. */
export const JIANGSU_CITIES = [
  '南京市',
  '无锡市',
  '徐州市',
  '常州市',
  '苏州市',
  '南通市',
  '连云港市',
  '淮安市',
  '盐城市',
  '扬州市',
  '镇江市',
  '泰州市',
  '宿迁市',
] as const;

/** City i's invented figure: 1000 + 37·i 次 of research, so every city's number is distinct and predictable. */
export const researchCount = (index: number) => 1000 + 37 * index;

const text = (value: string): Inline => ({ type: 'text', value });
const figure = (city: string, value: number): FigureRun => ({
  type: 'figure',
  value: `${value}次`,
  number: value,
  numberMax: null,
  unit: '次',
  qualifier: 'exact',
  category: 'research',
  label: '开展专题调研',
  indicator: 'research|times|activity',
  city,
  sources: [
    {
      city,
      origin: 'invented.txt',
      span: [0, 8],
      text: `${value}次`,
      quote: `${city}全年开展专题调研${value}次。`,
      line: 1,
    },
  ],
});

/**
 * A briefing the size of the real 13-city one (invented figures): a section per city with two paragraphs, a
 * 13-row table, a bar chart with every city, and the example's masthead and closing block.
 */
export async function thirteenCityDocument(): Promise<BriefingDocument> {
  const example = await exampleDocument();
  const head = example.children.filter((node) => node.type === 'masthead' || node.type === 'title');
  const closing = example.children.filter((node) => node.type === 'closing');
  const sections: BlockNode[] = JIANGSU_CITIES.flatMap((city, index): BlockNode[] => [
    { type: 'heading', level: 2, numbering: `（${index + 1}）`, text: city, id: `city-${index + 1}` },
    {
      type: 'paragraph',
      indent: true,
      align: 'justify',
      children: [
        text(`${city}人大常委会围绕中心工作开展专题调研`),
        figure(city, researchCount(index)),
        text('，形成调研报告并提出意见建议，推动有关部门改进工作，相关做法在全省交流。'.repeat(2)),
      ],
    },
    {
      type: 'paragraph',
      indent: true,
      align: 'justify',
      children: [
        text(
          '代表联络站建设持续推进，组织代表进站履职，收集群众意见，督促办理反馈，做到件件有着落。'.repeat(3),
        ),
      ],
    },
    { type: 'sourceNote', children: [text(`（来源：${city}人大常委会办公室）`)] },
  ]);
  return {
    ...example,
    meta: { ...example.meta, title: '全省设区市人大工作情况汇总' },
    children: [
      ...head,
      { type: 'heading', level: 1, numbering: '一、', text: '各市工作情况', id: 'cities' },
      ...sections,
      { type: 'heading', level: 1, numbering: '二、', text: '主要指标', id: 'figures' },
      {
        type: 'table',
        caption: '表1 各市专题调研次数',
        columns: [
          { align: 'center', width: 1 },
          { align: 'left', width: 3 },
          { align: 'right', width: 2 },
        ],
        header: [
          [{ children: [text('序号')] }, { children: [text('城市')] }, { children: [text('调研（次）')] }],
        ],
        rows: JIANGSU_CITIES.map((city, index) => [
          { children: [text(String(index + 1))] },
          { children: [text(city)] },
          { children: [figure(city, researchCount(index))] },
        ]),
        notes: ['注：数据为示例。'],
      },
      {
        type: 'chart',
        kind: 'bar',
        title: '各市专题调研次数',
        unit: '次',
        categories: [...JIANGSU_CITIES],
        series: [{ name: '调研', values: JIANGSU_CITIES.map((_, index) => researchCount(index)) }],
        note: null,
      },
      ...closing,
    ],
  };
}
