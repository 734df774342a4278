import { NO_LINE_END, NO_LINE_START } from '@jianbao/core/document';
import type { LoadedFont } from '../fonts/font-cache.js';

/** A piece of text in one font with the pdfmake properties it carries (colour…). */
export interface StyledRun {
  text: string;
  font: LoadedFont;
  props: Record<string, unknown>;
}

export interface BrokenLine {
  runs: StyledRun[];
  /** Natural width of the line, pt. */
  width: number;
  chars: number;
}

// Letters and digits of one number or Latin word stay together (2.4745, 1+8, GDP).
export const WORD = /[0-9A-Za-z.,+\-/％%]/;

/**
 * Breaks `runs` into lines of at most `width` pt (the first line `firstWidth`), between any two Chinese
 * characters but never inside a number or Latin word, never before closing or after opening punctuation.
 * pdfmake would do this too, but it writes every character as its own text object and justifies Chinese by
 * widening word gaps; breaking here lets a whole line be one text object, justified by letter spacing.
 */
export function breakLines(runs: StyledRun[], size: number, width: number, firstWidth: number): BrokenLine[] {
  // Characters with their run and advance.
  const chars: { char: string; run: number; advance: number }[] = [];
  runs.forEach((run, index) => {
    for (const char of run.text) chars.push({ char, run: index, advance: run.font.widthOf(char, size) });
  });
  // Clusters: spans of characters with no break allowed inside.
  const clusters: [number, number][] = [];
  let start = 0;
  for (let i = 1; i <= chars.length; i++) {
    const prev = chars[i - 1]?.char ?? '';
    const next = chars[i]?.char;
    const keep =
      next !== undefined &&
      (NO_LINE_START.has(next) ||
        NO_LINE_END.has(prev) ||
        (WORD.test(prev) && WORD.test(next)) ||
        next === '\n');
    if (!keep || prev === '\n') {
      clusters.push([start, i]);
      start = i;
    }
  }
  const lines: [number, number][] = [];
  let lineStart = 0;
  let lineWidth = 0;
  const room = () => (lines.length === 0 ? firstWidth : width) + 0.01;
  for (const [from, to] of clusters) {
    let clusterWidth = 0;
    for (let i = from; i < to; i++) clusterWidth += chars[i]?.advance ?? 0;
    const forced = chars[to - 1]?.char === '\n';
    if (lineWidth + clusterWidth > room() && from > lineStart) {
      lines.push([lineStart, from]);
      lineStart = from;
      lineWidth = 0;
    }
    // A cluster wider than a line (a very long number) is split wherever it must be.
    if (clusterWidth > room()) {
      for (let i = from; i < to; i++) {
        const advance = chars[i]?.advance ?? 0;
        if (lineWidth + advance > room() && i > lineStart) {
          lines.push([lineStart, i]);
          lineStart = i;
          lineWidth = 0;
        }
        lineWidth += advance;
      }
    } else {
      lineWidth += clusterWidth;
    }
    if (forced) {
      lines.push([lineStart, to]);
      lineStart = to;
      lineWidth = 0;
    }
  }
  if (lineStart < chars.length || lines.length === 0) lines.push([lineStart, chars.length]);

  return lines.map(([from, to]) => {
    const out: StyledRun[] = [];
    let lineWidthPt = 0;
    let count = 0;
    for (let i = from; i < to; i++) {
      const c = chars[i];
      if (!c || c.char === '\n') continue;
      const run = runs[c.run];
      if (!run) continue;
      lineWidthPt += c.advance;
      count++;
      const last = out[out.length - 1];
      if (last && last.font === run.font && last.props === run.props) last.text += c.char;
      else out.push({ text: c.char, font: run.font, props: run.props });
    }
    return { runs: out, width: lineWidthPt, chars: count };
  });
}
