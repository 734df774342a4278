import { fileStem, onlyCityIn } from '../gazetteer/gazetteer.js';
import type { Script } from '../types.js';

/**
 * The name a report gives itself when the gazetteer knows none of its places: the body its attribution or its first
 * line names (（东湖市人大常委会办公室）, 东湖市人大常委会2024年工作情况 → 东湖市). Only a name that opens either
 * and stands before a people's-congress body counts, so a word of the prose (今年全市人大……) is never taken for one.
 * The briefing then prints the report's own words, not a name of ours (未识别地区).
 */
const OWN_NAME =
  /^[（(]?\s*([\u4e00-\u9fff]{2,8}?(?:市|州|盟|地区|地區))(?=人大|人民代表大会|人民代表大會|常委会|常委會)/;

/** 全市, 本市, 该市 …: a body of the prose's own city, not a name. */
const NOT_A_NAME = /[全本各该該我此]市$/;

export function ownName(source: string | null, text: string): string | null {
  const firstLine = text.replace(/^[\s#]+/, '').split('\n', 1)[0] ?? '';
  // A first line is a title only when no sentence mark ends a clause in it.
  const title = /[。，,；;！!？?]/.test(firstLine) ? '' : firstLine;
  for (const words of [source ?? '', title]) {
    const name = OWN_NAME.exec(words.trim())?.[1];
    if (name && !NOT_A_NAME.test(name)) return name;
  }
  return null;
}

/**
 * The city a file's name gives (徐州市人大常委会.docx, 无锡.txt, 2024年南京代表工作.pdf → 徐州, 无锡, 南京) when it
 * names one city and no other, for a file of one report whose words name none: the name the user filed it under.
 */
function fileCity(origin: string | null | undefined, script: Script): string | null {
  if (!origin) return null;
  const only = onlyCityIn(fileStem(origin));
  return only === null ? null : only.city.name[script === 'hant' ? 'hant' : 'hans'];
}

/**
 * The name a report the gazetteer finds no city in is briefed under: its own words' (see `ownName`), else — when its
 * file holds no other report (`alone`) — its file's name's (see `fileCity`); null when neither gives one.
 */
export function standInName(
  report: { source: string | null; text: string },
  origin: string | null | undefined,
  script: Script,
  alone: boolean,
): string | null {
  return ownName(report.source, report.text) ?? (alone ? fileCity(origin, script) : null);
}
