import type { Line } from './lines.js';
import { cityLabelLength } from './markers.js';

/**
 * A line that opens with a city's label may hold the next cities' parts too, each after the last one's sentence:
 * `南京市：…视察46次。无锡市：…走访选民9800人次。徐州市：…` (a digest pasted into one paragraph), each part perhaps
 * closed by its attribution in parentheses (…9800人次。（锡人宣）徐州市：…). Such a line is cut where each label
 * starts, so that every city's part is a line of its own; the pieces still cover the line.
 * A line that does not open with a label is left whole: a city named after a colon inside prose is no part.
 */
const SENTENCE_THEN_LABEL =
  /[。！？；!?;][”’」』]?(?:\s*[（(][^（）()\n]{1,30}[）)])?\s*(?=[^\s，,。：:；;]{2,12}[：:]|[【［[〔〖])/g;

export function atInlineLabels(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    if (cityLabelLength(line.text) === 0) {
      out.push(line);
      continue;
    }
    let from = 0;
    SENTENCE_THEN_LABEL.lastIndex = 0;
    for (let m = SENTENCE_THEN_LABEL.exec(line.text); m !== null; m = SENTENCE_THEN_LABEL.exec(line.text)) {
      const cut = m.index + m[0].length;
      if (cityLabelLength(line.text.slice(cut, cut + 16)) === 0) continue;
      out.push({
        start: line.start + from,
        end: line.start + cut,
        next: line.start + cut,
        text: line.text.slice(from, cut),
      });
      from = cut;
    }
    out.push(from === 0 ? line : { ...line, start: line.start + from, text: line.text.slice(from) });
  }
  return out;
}
