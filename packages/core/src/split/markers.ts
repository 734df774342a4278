import { type City, findCityMentions } from '../gazetteer/gazetteer.js';
import { foldToHans } from '../lexicon/fold.js';
import { alternation } from '../lexicon/lexicon.js';
import {
  CLOSING_OFFICE_MARKS,
  COMPILATION_TITLE_WORDS,
  CONTRIBUTED_MARKS,
  EDITORIAL_NOTES,
  MASTHEAD_OFFICE_MARKS,
  OFFICE_ENDINGS,
  SOURCE_LABELS,
} from '../lexicon/split.data.js';
import { isWhitespaceCode } from '../normalize/chars.js';

/** An editor's note opening a compiled article: 編者按, 按語, 編者的話. */
export const PREFACE_MARKER = /^\s*[【[]?\s*(編者按|编者按|按語|按语|編者的話|编者的话)/;

/**
 * A compilation's title line (全省各市一季度经济运行情况汇编): short, with no sentence or clause mark, naming no city,
 * stating its subject with a word of the lexicon's COMPILATION_TITLE_WORDS (情况, 汇编 …).
 * Stricter than the editor's note's test on purpose: 现将各市材料摘编如下： is a note, and a line naming a city
 * (南京市人大常委会扎实开展主题教育) is that city's headline.
 */
export function isCompilationTitle(line: string): boolean {
  const text = compilationTitleText(line);
  const folded = foldToHans(text);
  return (
    /^[^。！？!?；;，,：:、]{4,40}$/.test(text) &&
    !PREFACE_MARKER.test(text) &&
    COMPILATION_TITLE_WORDS.some((word) => folded.includes(word)) &&
    findCityMentions(text).length === 0
  );
}

/** A title line's words, without a Markdown heading's marks (# 全省各市…情况 → 全省各市…情况). */
export function compilationTitleText(line: string): string {
  return line.trim().replace(/^#{1,6}\s+/, '');
}

/**
 * Parenthesised lines that close nothing: （完）, （待續）, numbering （一）, captions （圖為…）, notes （注：…), a
 * report's date under its title (（2024年12月18日）, （二〇二四年一月十五日在…会议上）) and its status (（草案）).
 */
const NOT_ATTRIBUTION =
  /^(完|全文完|待續|待续|未完待續|未完待续|續|续|[一二三四五六七八九十]+|\d+|草案|征求意见稿|徵求意見稿|讨论稿|討論稿|送审稿|送審稿)$|^([圖图](為|为|片|示)?|見|见|詳見|详见|注|下同|同上)|^(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年/;

/** A line that names where a web article came from: 来源：泰州市人大常委会办公室 (a pasted page's footer). */
const SOURCE_LINE = new RegExp(
  `^\\s*(?:${alternation(SOURCE_LABELS)})\\s*[:：]\\s*([^\\s。，,；;！!？?:：][^。，,；;！!？?:：]{1,39})$`,
);

/**
 * The attribution a line states, without parentheses: a whole line in ASCII or full-width parentheses naming an
 * office (南京市人大常委會研究室), a pen name (錫人宣) or people (許君璞 應秀梅), or a source line of a pasted web
 * article (来源：泰州市人大常委会办公室). Null for any other line.
 */
export function attributionOf(line: string): string | null {
  // Most lines are prose: a look at the last character rules them out before any trimming or matching.
  if (!endsInParenthesis(line)) {
    const source = line.length < 60 ? SOURCE_LINE.exec(line.trimEnd())?.[1] : undefined;
    return source && /\p{Script=Han}/u.test(source) ? source.trim() : null;
  }
  const match = /^[(（]\s*([^()（）]{1,60}?)\s*[)）]$/.exec(line.trim());
  const content = match?.[1];
  if (!content || !/\p{Script=Han}/u.test(content) || /[。，,；;！!？?]/.test(content)) return null;
  return NOT_ATTRIBUTION.test(content) ? null : content;
}

/** Whether the line's last character but spaces is a closing parenthesis, ASCII or full-width. */
function endsInParenthesis(line: string): boolean {
  let last = line.length - 1;
  while (last >= 0 && isWhitespaceCode(line.charCodeAt(last))) last--;
  const close = line.charCodeAt(last);
  return close === 0x29 || close === 0xff09;
}

/** A parenthesis closing a paragraph after its last sentence: …推动解决问题85个。（南京市人大常委会办公室） */
const CLOSING_PARENTHESIS = /[。！？!?]\s*[(（]\s*([^()（）]{2,40}?)\s*[)）]\s*$/;
/** People's names, one to four, a space or 、 apart: 沙莎, 许君璞 应秀梅. */
const NAMES = /^\p{Script=Han}{2,4}(?:[\s、]+\p{Script=Han}{2,4}){0,3}$/u;

/**
 * The attribution a paragraph's last line closes with, after its last sentence, where an office or its writers are
 * named in parentheses on the same line rather than on a line of their own. Null for any other line.
 */
export function closingAttributionOf(line: string): string | null {
  // Most lines end in a stop, not a parenthesis: ruled out before the pattern is tried.
  if (!endsInParenthesis(line)) return null;
  const content = CLOSING_PARENTHESIS.exec(line)?.[1];
  if (!content || NOT_ATTRIBUTION.test(content) || EDITORIAL.has(content)) return null;
  const named = content.replace(CONTRIBUTED, '');
  return CLOSING_OFFICE_NAME.test(named) || NAMES.test(named) ? content : null;
}

const EDITORIAL = new Set(EDITORIAL_NOTES);
const CONTRIBUTED = new RegExp(`\\s*(?:${alternation(CONTRIBUTED_MARKS)})$`);

const DATE = '\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日';
const OFFICE = `([\\p{Script=Han}（）()]{3,29}[${OFFICE_ENDINGS.join('')}])`;
const CLOSING_OFFICE_NAME = new RegExp(`^${OFFICE}$`, 'u');
const MASTHEAD_OFFICE = new RegExp(
  `^\\s*${OFFICE}(?:${alternation(MASTHEAD_OFFICE_MARKS)})(?:\\s+${DATE})?\\s*$`,
  'u',
);
const CLOSING_OFFICE = new RegExp(
  `^\\s*${OFFICE}\\s+${DATE}(?:${alternation(CLOSING_OFFICE_MARKS)})\\s*$`,
  'u',
);

/**
 * The office a 简报's own masthead or closing block names (扬州市人大常委会办公室编  2024年5月6日;
 * 扬州市人大常委会办公室  2024年5月6日印发), or null for any other line.
 */
export function compilingOfficeOf(line: string): string | null {
  if (line.length > 60) return null;
  return (MASTHEAD_OFFICE.exec(line) ?? CLOSING_OFFICE.exec(line))?.[1] ?? null;
}

/** A date alone on a line, as a report's signature closes it: 2024年12月18日, 二〇二四年十二月十八日. */
const DATE_LINE =
  /^\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)\s*$/;
const SIGNATURE_OFFICE = new RegExp(`^\\s*${OFFICE}\\s*$`, 'u');

/**
 * The office a report is signed by (落款): its last line, or the line before a closing date, naming an office of a
 * city (徐州市人大常委会代表工作委员会 / 2024年12月18日). Null when the report does not close so.
 */
export function signatureOfficeOf(lastLines: readonly string[]): string | null {
  const lines = DATE_LINE.test(lastLines.at(-1) ?? '') ? lastLines.slice(0, -1) : lastLines;
  const office = SIGNATURE_OFFICE.exec(lines.at(-1) ?? '')?.[1];
  if (!office || /[\d０-９]/.test(office)) return null;
  return findCityMentions(office.slice(0, LONGEST_NAME))[0]?.span[0] === 0 ? office : null;
}

/** A heading's number: 一、, （一）, 1. */
const NUMBER = String.raw`(?:[一二三四五六七八九十]+[、.．]\s*|[（(][一二三四五六七八九十]+[)）]\s*|\d+[.、．]\s*)`;
/** Heading prefixes: ## 南京市, 一、南京市, （一）南京市, 1. 南京市, and a Markdown heading numbered too: ## 一、南京市. */
const NUMBERED = new RegExp(String.raw`^(?:#{1,6}\s*${NUMBER}?|${NUMBER})`);
const LONGEST_NAME = 12;
/** A numbered heading's text is short; a longer line is a numbered paragraph that mentions a city. */
const HEADING_MAX = 30;

/** After a city's name, a label's colon, perhaps after its congress (南京市：, 南京市人大常委会：, 无锡市人大：). */
const OFFICE_LABEL = /^\s*(?:市?(?:人大常委[会會]|人大|常委[会會]))?\s*[:：]/;

/** A label in brackets opening a line, as news digests write it: 【南京】, 【南京市】, ［無錫］, 〔徐州〕. */
const BRACKETED = /^[【［[〔〖]\s*([^】］\]〕〗\s]{2,12})\s*[】］\]〕〗]/;
/** A label opening a line, in brackets or before a colon (【南京】, 南京市：), with the spaces after it. */
const LABEL = new RegExp(`^(?:${BRACKETED.source.slice(1)}|[^，,。：:\\n]{2,12}[：:])\\s*`);

/** How long the city's label a line opens with is (南京市：, 【南京】, with the spaces after it); 0 for none. */
export function cityLabelLength(line: string): number {
  const label = LABEL.exec(line.slice(0, 16))?.[0];
  return label !== undefined && headingCity(label) !== null ? label.length : 0;
}

/**
 * The city a heading line introduces: `## 南京市`, `一、南京市`, `（一）連雲港市`, a label `南京市：` or `【南京】`
 * opening a line, or the name alone on its line. Null when the line is not such a heading.
 */
export function headingCity(line: string): City | null {
  const trimmed = line.trim();
  const label = BRACKETED.exec(trimmed)?.[1];
  if (label !== undefined) {
    // The brackets hold the name and nothing else: 【南京日报】 and 【编者按】 are no city's label.
    const named = findCityMentions(label)[0];
    return named?.span[0] === 0 && named.span[1] === label.length ? named.city : null;
  }
  const prefix = NUMBERED.exec(trimmed)?.[0];
  const rest = trimmed.slice(prefix?.length ?? 0);
  // Only a name at the very start counts: look no further than the longest name (大兴安岭地区, 克孜勒苏柯尔克孜自治州).
  const first = findCityMentions(rest.slice(0, LONGEST_NAME))[0];
  if (first?.span[0] !== 0) return null;
  const after = rest.slice(first.span[1]);
  if (OFFICE_LABEL.test(after)) return first.city;
  // A line that is the name alone (南京市), as a compilation pasted from Word keeps its headings.
  if (after.trim() === '') return first.city;
  if (prefix === undefined) return null;
  if (prefix.startsWith('#') || rest.length <= HEADING_MAX) return first.city;
  return null;
}
