import { exampleDocument } from '@jianbao/core';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { describe, expect, it } from 'vitest';
import { typstMarkup } from '../src/typst-markup.js';

const families = {
  body: 'Noto Serif SC',
  title: 'Noto Serif SC',
  heading1: 'Noto Sans SC',
  heading2: 'LXGW WenKai',
  chart: 'Noto Sans SC',
};

/** The yardstick is only fair if Typst sets every block of the document, and a report's text stays text. */
describe('typstMarkup', () => {
  it('turns every block of a briefing into Typst that compiles, markup in the text kept as text', async () => {
    const doc = await exampleDocument();
    const tricky = '引號"#set page(width: 1cm)" 反斜線\\ [方括號] *星號* $x$ <標籤> @引用';
    doc.children.push({
      type: 'paragraph',
      children: [{ type: 'text', value: tricky }],
      indent: true,
      align: 'justify',
    });
    const source = typstMarkup(doc, families);
    const kinds = new Set(doc.children.map((block) => block.type));
    expect(kinds.size).toBeGreaterThan(5);

    const compiler = NodeCompiler.create();
    const result = compiler.compile({ mainFileContent: source });
    const compiled = result.result;
    expect(result.takeDiagnostics()?.compilationStatus ?? 'ok').not.toBe('error');
    if (!compiled) throw new Error('Typst compiled nothing');
    // The page keeps its A4 width: the text's `#set page(…)` was printed, not run.
    const text = JSON.stringify(compiler.query(compiled, { selector: 'par' }));
    expect(text).toContain('#set page(width: 1cm)');
    expect(text).toContain('反斜線\\\\ [方括號]');
  });
});
