/** Character classes the normalizer and the splitter share. All take one UTF-16 unit (or '' for none). */

/** Han-ness of every BMP unit, computed once: the normalizer asks for each character of its input. */
const HAN_TABLE = (() => {
  const table = new Uint8Array(0x10000);
  const han = /\p{Script=Han}/u;
  for (let c = 0x2e80; c < 0x10000; c++) if (han.test(String.fromCharCode(c))) table[c] = 1;
  return table;
})();

/** A Han character in the BMP (supplementary-plane ideographs arrive as surrogate halves and are not matched). */
export const isHan = (ch: string): boolean => ch.length === 1 && HAN_TABLE[ch.charCodeAt(0)] === 1;

/** isHan by UTF-16 unit. */
export const isHanCode = (code: number): boolean => HAN_TABLE[code] === 1; // undefined for -1: false

export const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9' && ch.length === 1;

/** CJK punctuation: 、。《》「」【】 …, full-width punctuation, curly quotes, ellipsis, dash. */
export function isCjkPunct(ch: string): boolean {
  return ch.length === 1 && isCjkPunctCode(ch.charCodeAt(0));
}

/** isCjkPunct by UTF-16 unit. */
export function isCjkPunctCode(c: number): boolean {
  return (
    (c >= 0x3001 && c <= 0x303f) ||
    (c >= 0xff01 && c <= 0xff0f) ||
    (c >= 0xff1a && c <= 0xff20) ||
    (c >= 0xff3b && c <= 0xff40) ||
    (c >= 0xff5b && c <= 0xff65) ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2026 ||
    c === 0x2014 ||
    c === 0x00b7
  );
}

/** A character that makes its neighbourhood Chinese text. */
export const isChinese = (ch: string): boolean => isHan(ch) || isCjkPunct(ch);

/** isChinese by UTF-16 unit (-1 for none is neither). */
export const isChineseCode = (c: number): boolean => isHanCode(c) || isCjkPunctCode(c);

/** Horizontal space the normalizer may remove (not the ideographic space U+3000, which indents paragraphs). */
export const isSpace = (ch: string): boolean => ch === ' ' || ch === '\t';

/** What the regex class \s matches (WhiteSpace and LineTerminator), by code unit. */
export function isWhitespaceCode(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
