/**
 * A BriefingDocument as Typst source, for the typesetting yardstick only (bench/src/typst.ts): the same blocks,
 * fonts and A4 page as our PDF renderer's official style, in Typst's own layout. Not a renderer: no theme, no
 * provenance, charts as plain bars. Every text goes in as a Typst string literal, so nothing in a report can
 * be read as markup.
 */
import type { BriefingDocument } from '@jianbao/core';

type Block = BriefingDocument['children'][number];
type Inline = Extract<Block, { type: 'paragraph' }>['children'][number];

/** The families of the five faces, as their name tables spell them. */
export interface TypstFamilies {
  body: string;
  title: string;
  heading1: string;
  heading2: string;
  chart: string;
}

const str = (text: string): string => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

function inlines(runs: readonly Inline[]): string {
  return runs
    .map((run) => {
      if (run.type === 'emphasis') return `strong(${str(run.value)})`;
      if (run.type === 'excerpt') return run.children.map((child) => str(child.value)).join(' + ');
      return str(run.value);
    })
    .join(' + ');
}

const textOf = (runs: readonly Inline[]): string => (runs.length ? `[#(${inlines(runs)})]` : '[]');

function block(b: Block, f: TypstFamilies): string {
  switch (b.type) {
    case 'masthead':
      return [
        `#align(center, text(font: ${str(f.title)}, weight: 900, size: 40pt, fill: rgb("#c00000"), ${str(b.name)}))`,
        `#align(center, text(${str(b.issue)}))`,
        `#grid(columns: (1fr, 1fr), align(left, text(${str(b.office)})), align(right, text(${str(b.date)})))`,
        '#line(length: 100%, stroke: 2pt + rgb("#c00000"))',
      ].join('\n');
    case 'title':
      return `#align(center, text(font: ${str(f.title)}, weight: 900, size: 22pt, ${str(b.text)}))${
        b.subtitle ? `\n#align(center, text(${str(b.subtitle)}))` : ''
      }`;
    case 'editorsNote':
      return `#par(text(font: ${str(f.heading1)}, weight: 700, ${str(b.label)}))\n${b.children
        .map((p) => block(p, f))
        .join('\n')}`;
    case 'heading': {
      const font =
        b.level === 1
          ? `font: ${str(f.heading1)}, weight: 700`
          : b.level === 2
            ? `font: ${str(f.heading2)}`
            : 'weight: 700';
      return `#par(text(${font}, ${str(b.numbering + b.text)}))`;
    }
    case 'paragraph':
    case 'sourceNote': {
      const indent = b.type === 'paragraph' && b.indent ? '2em' : '0em';
      const align = b.type === 'paragraph' && b.align !== 'justify' ? b.align : 'left';
      return `#align(${align}, par(first-line-indent: (amount: ${indent}, all: true), ${textOf(b.children)}))`;
    }
    case 'list':
      return `#${b.ordered ? 'enum' : 'list'}(${b.items.map((item) => textOf(item)).join(', ')})`;
    case 'table': {
      const columns = b.columns.map((c) => `${c.width}fr`).join(', ');
      const aligns = b.columns.map((c) => c.align).join(', ');
      const cells = (rows: typeof b.rows) => rows.flatMap((row) => row.map((cell) => textOf(cell.children)));
      return [
        b.caption ? `#align(center, text(font: ${str(f.heading1)}, weight: 700, ${str(b.caption)}))` : '',
        `#text(size: 10.5pt, font: ${str(f.chart)}, table(columns: (${columns},), align: (${aligns},), stroke: 0.5pt,`,
        `  table.header(${cells(b.header).join(', ')}),`,
        `  ${cells(b.rows).join(', ')}))`,
        ...b.notes.map((note) => `#text(size: 10.5pt, ${str(note)})`),
      ]
        .filter(Boolean)
        .join('\n');
    }
    case 'chart': {
      const values = b.series[0]?.values ?? [];
      const max = Math.max(1, ...values.map((v) => v ?? 0));
      const rows = b.categories.map((category, i) => {
        const v = values[i] ?? 0;
        return `${str(category)}, rect(width: ${((v / max) * 100).toFixed(2)}%, height: 8pt, fill: rgb("#4472c4")), ${str(String(v))}`;
      });
      return [
        `#align(center, text(font: ${str(f.chart)}, weight: 700, ${str(`${b.title}（${b.unit}）`)}))`,
        `#text(size: 9pt, font: ${str(f.chart)}, grid(columns: (5em, 1fr, 4em), gutter: 4pt, ${rows.join(', ')}))`,
        b.note ? `#text(size: 9pt, ${str(b.note)})` : '',
      ]
        .filter(Boolean)
        .join('\n');
    }
    case 'pageBreak':
      return '#pagebreak()';
    case 'closing':
      return [
        '#line(length: 100%, stroke: 1pt)',
        ...b.recipients.map((r) => `#par(text(${str(r.label + r.text)}))`),
        `#grid(columns: (1fr, 1fr), align(left, text(${str(b.office)})), align(right, text(${str(b.printDate)})))`,
        b.copies ? `#align(right, text(${str(b.copies)}))` : '',
        '#line(length: 100%, stroke: 1pt)',
      ]
        .filter(Boolean)
        .join('\n');
    default: {
      const unknown: never = b;
      return unknown;
    }
  }
}

/** The whole document: GB/T 9704's A4 page and 三号 body, numbered pages, then the blocks in order. */
export function typstMarkup(doc: BriefingDocument, families: TypstFamilies): string {
  return [
    `#set document(title: ${str(doc.meta.title)})`,
    '#set page(paper: "a4", margin: (top: 37mm, bottom: 35mm, left: 28mm, right: 26mm), footer: context align(center, text(size: 14pt, "— " + counter(page).display() + " —")))',
    `#set text(font: ${str(families.body)}, size: 16pt, lang: "zh", region: ${doc.meta.script === 'hant' ? '"tw"' : '"cn"'})`,
    '#set par(justify: true, leading: 1em, spacing: 1em)',
    ...doc.children.map((b) => block(b, families)),
  ].join('\n');
}
