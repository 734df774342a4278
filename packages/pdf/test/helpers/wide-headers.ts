import { type BriefingDocument, exampleDocument } from '@jianbao/core';

/**
 * The example document with its table headed as a sheet's columns are: each column as wide as its name, the unit
 * closing the header (惠企资金（亿元）) to go under it. Shared by the PDF and Word tests of header wrapping.
 */
export async function wideHeaderDocument(): Promise<BriefingDocument> {
  const doc = await exampleDocument();
  const table = doc.children.find((block) => block.type === 'table');
  if (table?.type !== 'table') throw new Error('the example document has a table');
  const cell = (value: string) => ({ children: [{ type: 'text' as const, value }] });
  const names = ['新设经营主体', '外贸进出口', '惠企资金'];
  table.header = [[cell('城市'), ...names.map((name) => cell(`${name}（亿元）`))]];
  table.rows = [[cell('甲市'), ...names.map(() => cell('21.5'))]];
  table.notes = [];
  table.columns = [
    { align: 'left', width: 3 },
    ...names.map((name) => ({ align: 'right' as const, width: name.length })),
  ];
  return doc;
}
