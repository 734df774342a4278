// Builds fonts/: each face of src/faces.json subset (HarfBuzz's hb-subset, through subset-font) to the
// characters of data/charset.txt, plus the licence the fonts come under. A subset is a Modified Version under
// the OFL: it keeps the OFL, the copyright notice, and a name free of Reserved Font Names (Noto has none).
// Fails if a subset lacks a listed character that its source font has, so the manifest's coverage is true.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url);
const faces = JSON.parse(readFileSync(new URL('src/faces.json', root), 'utf8'));
const charset = JSON.parse(readFileSync(new URL('data/charset.json', root), 'utf8')).lines.join('');
const out = new URL('fonts/', root);
mkdirSync(out, { recursive: true });

/** Written beside and renamed over: a test serving the fonts while a build runs never reads half a file. */
function writeWhole(file, bytes) {
  const temporary = new URL(`.${file}.${process.pid}.tmp`, out);
  writeFileSync(temporary, bytes);
  renameSync(temporary, new URL(file, out));
}

const started = performance.now();
const licences = new Map();
const built = [];
for (const face of faces) {
  const at = performance.now();
  const manifest = require.resolve(`${face.source.package}/package.json`);
  const source = readFileSync(join(dirname(manifest), face.source.file));
  const subset = await subsetFont(source, charset, { targetFormat: 'truetype' });
  const original = fontkit.create(source);
  const made = fontkit.create(subset);
  const lost = [...charset].filter(
    (char) =>
      original.hasGlyphForCodePoint(char.codePointAt(0)) && !made.hasGlyphForCodePoint(char.codePointAt(0)),
  );
  if (lost.length > 0)
    throw new Error(
      `${face.file}: the subset lost ${lost.length} character(s): ${lost.slice(0, 20).join('')}`,
    );
  const absent = [...charset].filter((char) => !original.hasGlyphForCodePoint(char.codePointAt(0)));
  writeWhole(face.file, subset);
  licences.set(face.licence.file, join(dirname(manifest), face.licence.from));
  built.push(
    `${face.file} ${(source.length / 1e6).toFixed(1)} MB → ${(subset.length / 1e6).toFixed(2)} MB in ${((performance.now() - at) / 1000).toFixed(1)} s` +
      (absent.length ? ` (the source lacks ${absent.length}: ${absent.join('')})` : ''),
  );
}
for (const [file, from] of licences) writeWhole(file, readFileSync(from));
console.log(
  `${built.join('\n')}\nsubset ${faces.length} faces in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
