import { type BrokenLine, type StyledRun, WORD } from './break-lines.js';

/** A piece of a line and the letter spacing it is set with. */
export interface JustifiedRun extends StyledRun {
  spacing: number;
}

/**
 * Fills a line to `room` pt the way Chinese typesetting does: the spare width goes between Chinese characters,
 * never inside a number or Latin word (21560, 4.9%, GDP stay as they are set). pdfmake adds a run's letter
 * spacing between its characters, not after its last, so a run is cut where a number starts or ends and only
 * the pieces between them are spaced. A line with nothing to spare, or no gap to spread it over (all one number), is left as it is.
 */
export function justify(line: BrokenLine, room: number): JustifiedRun[] {
  const unspaced = () => line.runs.map((run) => ({ ...run, spacing: 0 }));
  const spare = room - line.width;
  if (spare <= 0) return unspaced();
  const pieces: (StyledRun & { word: boolean })[] = [];
  for (const run of line.runs) {
    let from = 0;
    const chars = [...run.text];
    for (let i = 1; i <= chars.length; i++) {
      const word = WORD.test(chars[from] ?? '');
      if (i < chars.length && WORD.test(chars[i] ?? '') === word) continue;
      pieces.push({ ...run, text: chars.slice(from, i).join(''), word });
      from = i;
    }
  }
  let gaps = 0;
  for (const piece of pieces) if (!piece.word) gaps += [...piece.text].length - 1;
  if (gaps === 0) return unspaced();
  const spacing = spare / gaps;
  return pieces.map(({ word, ...run }) => ({ ...run, spacing: word ? 0 : spacing }));
}
