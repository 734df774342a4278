// Writes office-template.docx: a sample office's own Word template for `jianbao brief --template`, made with the
// docx library. Its masthead, faces and margins differ from jianbao's official style on purpose, so a briefing
// rendered with it shows what a template changes. Run: node apps/demo/templates/make-office-template.mjs
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
} from 'docx';

const mm = (value) => Math.round((value / 25.4) * 1440);
const font = (eastAsia, latin = 'Arial') => ({ ascii: latin, hAnsi: latin, eastAsia, cs: latin });
const BLUE = '1F3A93';
// Margins of this office: 30 mm top and bottom, 25 mm left and right (jianbao's official: 37/35/28/26).
const margin = { top: mm(30), bottom: mm(30), left: mm(25), right: mm(25) };
const textWidth = mm(210) - margin.left - margin.right;

const document = new Document({
  creator: '示例市人大常委会办公室',
  title: '办公室简报模板',
  styles: {
    default: {
      document: { run: { font: font('宋体', 'Times New Roman'), size: 30 } },
      title: {
        run: { font: font('黑体'), size: 40, bold: true, color: BLUE },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 360 } },
      },
      heading1: {
        run: { font: font('微软雅黑'), size: 32, bold: true, color: BLUE },
        paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, outlineLevel: 0 },
      },
      heading2: {
        run: { font: font('楷体'), size: 30, bold: true, color: '000000' },
        paragraph: { spacing: { before: 120, after: 60 }, keepNext: true, outlineLevel: 1 },
      },
    },
    paragraphStyles: [
      {
        id: 'Normal',
        name: 'Normal',
        run: { font: font('宋体', 'Times New Roman'), size: 30 },
        paragraph: {
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLineChars: 200, firstLine: 600 },
          spacing: { line: 520, lineRule: LineRuleType.EXACT },
        },
      },
      {
        id: 'OfficeName',
        name: 'Office Masthead Name',
        basedOn: 'Normal',
        run: { font: font('华文中宋'), size: 64, bold: true, color: BLUE, characterSpacing: 40 },
        paragraph: {
          alignment: AlignmentType.CENTER,
          indent: { firstLineChars: 0, firstLine: 0 },
          spacing: { before: 120, after: 120, line: 240, lineRule: LineRuleType.AUTO },
        },
      },
      {
        id: 'OfficeIssue',
        name: 'Office Masthead Issue',
        basedOn: 'Normal',
        run: { font: font('楷体'), size: 28, color: BLUE },
        paragraph: {
          alignment: AlignmentType.CENTER,
          indent: { firstLineChars: 0, firstLine: 0 },
          spacing: { after: 120, line: 240, lineRule: LineRuleType.AUTO },
        },
      },
      {
        id: 'OfficeLine',
        name: 'Office Masthead Line',
        basedOn: 'Normal',
        run: { font: font('黑体'), size: 24 },
        paragraph: {
          indent: { firstLineChars: 0, firstLine: 0 },
          spacing: { after: 360, line: 240, lineRule: LineRuleType.AUTO },
          border: { bottom: { style: BorderStyle.DOUBLE, size: 12, color: BLUE, space: 6 } },
        },
      },
      {
        id: 'Header',
        name: 'header',
        basedOn: 'Normal',
        run: { font: font('黑体'), size: 18, color: '7F7F7F' },
        paragraph: {
          alignment: AlignmentType.RIGHT,
          indent: { firstLineChars: 0, firstLine: 0 },
          spacing: { line: 240, lineRule: LineRuleType.AUTO },
        },
      },
      {
        id: 'Footer',
        name: 'footer',
        basedOn: 'Normal',
        run: { font: font('宋体'), size: 21 },
        paragraph: {
          alignment: AlignmentType.CENTER,
          indent: { firstLineChars: 0, firstLine: 0 },
          spacing: { line: 240, lineRule: LineRuleType.AUTO },
        },
      },
    ],
  },
  sections: [
    {
      properties: {
        page: {
          size: { width: mm(210), height: mm(297) },
          margin: { ...margin, header: mm(15), footer: mm(15) },
        },
      },
      headers: {
        default: new Header({
          children: [
            new Paragraph({ style: 'Header', children: [new TextRun('{{name}} · 内部资料 注意保存')] }),
          ],
        }),
      },
      footers: {
        default: new Footer({
          children: [
            new Paragraph({
              style: 'Footer',
              children: [new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页'] })],
            }),
          ],
        }),
      },
      children: [
        new Paragraph({ style: 'OfficeName', children: [new TextRun('{{name}}')] }),
        new Paragraph({ style: 'OfficeIssue', children: [new TextRun('（{{issue}}）')] }),
        new Paragraph({
          style: 'OfficeLine',
          tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
          children: [new TextRun('编印：{{office}}'), new TextRun('\t{{date}}')],
        }),
        new Paragraph({ text: '（正文由 jianbao 生成；此段及以下在套用模板时不使用。）' }),
      ],
    },
  ],
});

const out = fileURLToPath(new URL('./office-template.docx', import.meta.url));
writeFileSync(out, await Packer.toBuffer(document));
console.log(`wrote ${out}`);
