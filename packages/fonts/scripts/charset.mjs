// Writes data/charset.json: the characters the subset fonts keep. Run by hand (`pnpm --filter @jianbao/fonts
// charset`) when the list should change; the list itself is committed data, so a build never depends on an
// ICU or OpenCC version.
//   - GB2312 (every assigned cell of rows 0xA1–0xF7, read through the platform's GBK decoder; no private use)
//   - the Traditional forms of its hanzi in OpenCC's dictionaries (both directions), with their TW/HK variants
//   - ASCII, Latin-1, general punctuation, CJK symbols and punctuation, full-width forms, and the few
//     signs a work report uses that GB2312 lacks (〇 in dates, ℃, №, circled numbers up to ⑳)
import { writeFileSync } from 'node:fs';
import hkVariants from 'opencc-js/dict/HKVariants';
import hkVariantsRev from 'opencc-js/dict/HKVariantsRev';
import stCharacters from 'opencc-js/dict/STCharacters';
import tsCharacters from 'opencc-js/dict/TSCharacters';
import twVariants from 'opencc-js/dict/TWVariants';
import twVariantsRev from 'opencc-js/dict/TWVariantsRev';

const chars = new Set();
const add = (from, to) => {
  for (let code = from; code <= to; code++) chars.add(String.fromCodePoint(code));
};
const isPrivateUse = (code) => code >= 0xe000 && code <= 0xf8ff;

const gbk = new TextDecoder('gbk', { fatal: false });
const hanzi = [];
for (let row = 0xa1; row <= 0xf7; row++) {
  for (let cell = 0xa1; cell <= 0xfe; cell++) {
    const char = gbk.decode(new Uint8Array([row, cell]));
    const code = char.codePointAt(0) ?? 0xfffd;
    if ([...char].length !== 1 || code === 0xfffd || isPrivateUse(code)) continue;
    chars.add(char);
    if (row >= 0xb0) hanzi.push(char);
  }
}
const gb2312 = chars.size;

// OpenCC's dictionaries ("key value value…|…"): every Traditional character that OpenCC writes for a GB2312
// hanzi or reads back as one (鐘 and 鍾 both → 钟), with the Taiwan and Hong Kong variants of each (鑒 → 鑑).
const pairs = (dict) =>
  dict.split('|').map((entry) => {
    const [key = '', ...values] = entry.split(' ');
    return [key, values];
  });
const simplified = new Set(hanzi);
const traditionalForms = new Set();
for (const [from, to] of pairs(stCharacters))
  if (simplified.has(from)) for (const t of to) traditionalForms.add(t);
for (const [from, to] of pairs(tsCharacters))
  if (to.some((s) => simplified.has(s))) traditionalForms.add(from);
for (const dict of [twVariants, hkVariants]) {
  for (const [from, to] of pairs(dict))
    if (traditionalForms.has(from)) for (const t of to) traditionalForms.add(t);
}
for (const dict of [twVariantsRev, hkVariantsRev]) {
  for (const [from, to] of pairs(dict))
    if (to.some((t) => traditionalForms.has(t))) traditionalForms.add(from);
}
// Astral forms (𡻕) are in none of the faces: the list stays in the Basic Multilingual Plane.
for (const char of traditionalForms) if ((char.codePointAt(0) ?? 0) <= 0xffff) chars.add(char);
const traditional = chars.size - gb2312;

add(0x20, 0x7e); // ASCII
add(0xa0, 0xff); // Latin-1
for (const char of '‐‑‒–—―‖‘’‚“”„†‡•‥…‧‰′″‵※') chars.add(char); // dashes, quotes, ‰, ※
add(0x2460, 0x2473); // ①–⑳
add(0x3000, 0x303f); // CJK symbols and punctuation (〇 〔〕 …)
add(0xff01, 0xff5e); // full-width forms
for (const char of '℃№℉•…−×÷±≤≥≠≈∶·') chars.add(char);

const list = [...chars].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0));
const out = new URL('../data/charset.json', import.meta.url);
// JSON, so Node, Vite and tsup all import it as it is; 64 characters a line, so a diff stays readable.
const lines = [];
for (let i = 0; i < list.length; i += 64) lines.push(list.slice(i, i + 64).join(''));
const note = 'Characters the subset fonts keep; written by scripts/charset.mjs';
writeFileSync(out, `${JSON.stringify({ note, count: list.length, lines }, null, 1)}\n`);
console.log(
  `${list.length} characters: GB2312 ${gb2312}, Traditional forms ${traditional}, the rest punctuation and signs`,
);
