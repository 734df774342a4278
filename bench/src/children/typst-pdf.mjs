// One cold Typst run for bench/src/typst.ts: `node typst-pdf.mjs MAIN.typ OUT.pdf FONT...` — load the compiler, the
// fonts and the source, typeset, write the PDF. Plain JS so that no TypeScript loader is timed with it.
import { readFileSync, writeFileSync } from 'node:fs';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

const [main, out, ...fonts] = process.argv.slice(2);
const compiler = NodeCompiler.create({ fontArgs: [{ fontBlobs: fonts.map((path) => readFileSync(path)) }] });
writeFileSync(out, compiler.pdf({ mainFileContent: readFileSync(main, 'utf8') }));
