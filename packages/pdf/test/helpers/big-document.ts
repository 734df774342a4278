import type { BriefingDocument, FigureRun, Inline, TableCell } from '@jianbao/core';

/** The 13 cities of Jiangsu, in Traditional script as in the example article. */
export const JIANGSU_CITIES = [
  '南京市',
  '無錫市',
  '徐州市',
  '常州市',
  '蘇州市',
  '南通市',
  '連雲港市',
  '淮安市',
  '鹽城市',
  '揚州市',
  '鎮江市',
  '泰州市',
  '宿遷市',
];

const text = (value: string): Inline => ({ type: 'text', value });

/** 1 → 一, 10 → 十, 13 → 十三. */
function chineseNumber(n: number): string {
  const digits = '〇一二三四五六七八九';
  if (n < 10) return digits[n] ?? '';
  return `${n >= 20 ? digits[Math.floor(n / 10)] : ''}十${n % 10 ? digits[n % 10] : ''}`;
}

function figure(city: string | null, value: string, number: number, unit: string): FigureRun {
  return {
    type: 'figure',
    value,
    number,
    numberMax: null,
    unit,
    qualifier: value.includes('餘') ? 'more_than' : 'exact',
    category: 'research',
    label: '开展调研',
    indicator: 'research_activities|times|activity',
    city,
    sources: [{ city, origin: 'invented.txt', span: [0, value.length], text: value, quote: value, line: 1 }],
  };
}

/**
 * A briefing the size of the 13-city one (invented wording and figures): masthead, title, editor's note,
 * a section per city with two paragraphs, a 13-row table, a column chart and the closing block.
 */
export function bigDocument(style: 'official' | 'modern' = 'official'): BriefingDocument {
  const children: BriefingDocument['children'] = [
    {
      type: 'masthead',
      name: '人大工作簡報',
      issue: '第3期',
      office: '省人大常委會辦公廳編',
      date: '2024年3月8日',
      classification: '內部資料',
    },
    { type: 'title', text: '全省十三個設區市人大常委會工作情況綜述', subtitle: null },
    {
      type: 'editorsNote',
      label: '編者按：',
      children: [
        {
          type: 'paragraph',
          indent: true,
          align: 'justify',
          children: [
            text(
              '本期匯總十三個設區市報送的年度工作材料，數字均按各市原文口徑整理，“餘”“超”按下限計，供各位領導參閱。',
            ),
          ],
        },
      ],
    },
    { type: 'heading', level: 1, numbering: '一、', text: '總體情況', id: 'h-1' },
    {
      type: 'paragraph',
      indent: true,
      align: 'justify',
      children: [
        text('各市圍繞中心工作依法履職，全年合計組織調研'),
        figure(null, '逾3100次', 3136, '次'),
        text('，聽取審議專項工作報告'),
        figure(null, '412項', 412, '項'),
        text('，代表參與各類活動明顯增加，履職平台建設持續推進，各項工作取得新的進展。'),
      ],
    },
    { type: 'heading', level: 1, numbering: '二、', text: '各市工作情況', id: 'h-2' },
  ];
  JIANGSU_CITIES.forEach((city, index) => {
    const research = 120 + index * 37;
    const visits = 800 + index * 113;
    children.push(
      {
        type: 'heading',
        level: 2,
        numbering: `（${chineseNumber(index + 1)}）`,
        text: city,
        id: `h-2-${index + 1}`,
      },
      {
        type: 'paragraph',
        indent: true,
        align: 'justify',
        children: [
          text(`${city}人大常委會堅持問題導向，全年開展專題調研`),
          figure(city, `${research}次`, research, '次'),
          text('，形成調研報告若干篇，相關意見建議已轉交有關部門研究辦理，辦理情況將向常委會報告。'),
        ],
      },
      {
        type: 'paragraph',
        indent: true,
        align: 'justify',
        children: [
          text('代表聯絡站點接待群眾'),
          figure(city, `${visits}餘人次`, visits, '人次'),
          text('，收集意見建議並跟蹤督辦，推動解決了一批群眾關心的實際問題。'),
        ],
      },
      { type: 'sourceNote', children: [text(`（${city}人大常委會辦公室供稿）`)] },
    );
  });
  const cell = (inline: Inline): TableCell => ({ children: [inline] });
  children.push(
    { type: 'heading', level: 1, numbering: '三、', text: '主要數據', id: 'h-3' },
    {
      type: 'table',
      caption: '表1　各市主要工作數據',
      columns: [
        { align: 'left', width: 2 },
        { align: 'right', width: 1.5 },
        { align: 'right', width: 1.5 },
      ],
      header: [[cell(text('設區市')), cell(text('調研（次）')), cell(text('接待（人次）'))]],
      rows: JIANGSU_CITIES.map((city, index) => [
        cell(text(city)),
        cell(figure(city, `${120 + index * 37}`, 120 + index * 37, '次')),
        cell(figure(city, `${800 + index * 113}餘`, 800 + index * 113, '人次')),
      ]),
      notes: ['注：“餘”“超”按下限計入合計。'],
    },
    {
      type: 'chart',
      kind: 'column',
      title: '各市專題調研次數',
      unit: '次',
      categories: JIANGSU_CITIES.map((city) => city.replace(/市$/, '')),
      series: [{ name: '調研', values: JIANGSU_CITIES.map((_, index) => 120 + index * 37) }],
      note: null,
    },
    {
      type: 'closing',
      recipients: [
        { label: '報：', text: '省委辦公廳，省人大常委會各位領導' },
        { label: '送：', text: '各設區市人大常委會辦公室' },
      ],
      office: '省人大常委會辦公廳',
      printDate: '2024年3月8日印發',
      copies: null,
    },
  );
  return {
    type: 'briefing',
    version: 2,
    meta: {
      title: '全省十三個設區市人大常委會工作情況綜述',
      subject: '設區市人大常委會工作情況',
      keywords: ['簡報', '人大', '江蘇'],
      author: '省人大常委會辦公廳',
      language: 'zh-TW',
      script: 'hant',
      style,
      date: '2024-03-08',
    },
    children,
  };
}
