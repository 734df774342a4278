// One cold run of our renderer for bench/src/typst.ts: `node jianbao-pdf.mjs DOC.json OUT.pdf ROLE=FONT...` — load
// @jianbao/pdf, the fonts and the composed document, typeset, write the PDF: what typst-pdf.mjs does with Typst.
import { readFileSync, writeFileSync } from 'node:fs';
import { renderPdfNode } from '@jianbao/pdf/node';

const [doc, out, ...specs] = process.argv.slice(2);
const fonts = Object.fromEntries(
  specs.map((spec) => {
    const [role, path] = spec.split('=');
    return [role, { data: readFileSync(path), origin: path, id: path }];
  }),
);
writeFileSync(out, await renderPdfNode(JSON.parse(readFileSync(doc, 'utf8')), { fonts }));
