/** A line of a text: `[start, end)` is its content, `next` where the following line starts (after \n or \r\n). */
export interface Line {
  start: number;
  end: number;
  next: number;
  text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const lf = text.indexOf('\n', start);
    const stop = lf === -1 ? text.length : lf;
    const end = stop > start && text[stop - 1] === '\r' ? stop - 1 : stop;
    lines.push({ start, end, next: lf === -1 ? text.length : lf + 1, text: text.slice(start, end) });
    if (lf === -1) break;
    start = lf + 1;
  }
  return lines;
}

export const isBlank = (line: Line): boolean => line.text.trim() === '';
