import type { BlockNode, BriefingDocument, TableNode } from '@jianbao/core';

/**
 * Hand-built documents for the layout rules (keep with next, continued tables, the closing block): a title and
 * `lines` one-line paragraphs push what follows down the page a line at a time, so some count of them puts it
 * at the page foot. Shared by the PDF and the DOCX tests.
 */
const LINE = '各地人大常委会认真贯彻落实会议精神推动工作';

export function fillerDocument(
  lines: number,
  tail: BlockNode[],
  style: 'official' | 'modern' = 'official',
): BriefingDocument {
  const filler: BlockNode[] = Array.from({ length: lines }, (_, index) => ({
    type: 'paragraph',
    children: [{ type: 'text', value: `${String(index + 1).padStart(2, '0')}${LINE}` }],
    indent: true,
    align: 'justify',
  }));
  return {
    type: 'briefing',
    version: 2,
    meta: {
      title: '版式测试',
      subject: '版式测试',
      keywords: [],
      author: '测试办公室',
      language: 'zh-CN',
      script: 'hans',
      style,
      date: '2024-01-15',
    },
    children: [{ type: 'title', text: '版式测试', subtitle: null }, ...filler, ...tail],
  };
}

export const heading = (text: string): BlockNode => ({
  type: 'heading',
  level: 1,
  numbering: '一、',
  text,
  id: `h-${text}`,
});

export const paragraph = (value: string): BlockNode => ({
  type: 'paragraph',
  children: [{ type: 'text', value }],
  indent: true,
  align: 'justify',
});

/** A table of `rows` cities, header 城市 | 调研次数, with a caption and a note. */
export function cityTable(rows: number, caption = '表1 各市调研次数'): TableNode {
  return {
    type: 'table',
    caption,
    columns: [
      { align: 'left', width: 2 },
      { align: 'right', width: 1 },
    ],
    header: [
      [{ children: [{ type: 'text', value: '城市' }] }, { children: [{ type: 'text', value: '调研次数' }] }],
    ],
    rows: Array.from({ length: rows }, (_, index) => [
      { children: [{ type: 'text', value: `第${index + 1}市` }] },
      { children: [{ type: 'text', value: String(100 + index) }] },
    ]),
    notes: ['注：次数为各市报送数。'],
  };
}

export const closing: BlockNode = {
  type: 'closing',
  recipients: [
    { label: '报：', text: '省委办公厅' },
    { label: '发：', text: '各设区市人大常委会' },
    { label: '抄送：', text: '省政府办公厅' },
  ],
  office: '测试办公室',
  printDate: '2024年1月15日印发',
  copies: '共印80份',
};
