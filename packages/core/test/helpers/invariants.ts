/**
 * What must hold of any successful pipeline run, whatever the input: checked by the property tests of core and
 * of the renderers. Each check throws (via expect) naming what broke.
 */
import { expect } from 'vitest';
import { type BriefingDocument, type FigureRun, type Inline, normalize } from '../../src/index.js';
import type { PipelineRun } from './pipeline.js';

/** Sections partition the text; every fact's span lies in its section and slices to its text. */
export function expectLosslessSpans({ source, extraction }: PipelineRun): void {
  const text = source.text;
  let at = 0;
  for (const section of extraction.sections) {
    expect(section.span[0]).toBe(at);
    expect(section.span[1]).toBeGreaterThanOrEqual(section.span[0]);
    at = section.span[1];
    const inside = ([s, e]: [number, number]) => s >= section.span[0] && e <= section.span[1] && s <= e;
    for (const m of section.metrics) {
      expect(inside(m.span), `metric ${m.text} at ${m.span}`).toBe(true);
      expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
    }
    for (const fact of [...section.firsts, ...section.dates, ...section.titles, ...section.brands]) {
      expect(inside(fact.span)).toBe(true);
      expect(text.slice(fact.span[0], fact.span[1])).toBe(fact.text);
    }
    for (const law of section.laws) {
      expect(inside(law.span)).toBe(true);
      expect(text.slice(law.span[0], law.span[1])).toContain(law.title);
    }
    const once = normalize(text.slice(section.span[0], section.span[1])).text;
    expect(normalize(once).text).toBe(once);
  }
  expect(at).toBe(text.length);
}

/** Every figure run of the document, wherever it stands (paragraphs, notes, lists, tables). */
export function figureRuns(doc: BriefingDocument): FigureRun[] {
  const runs: FigureRun[] = [];
  const visit = (inlines: readonly Inline[]) => {
    for (const inline of inlines) {
      if (inline.type === 'figure') runs.push(inline);
      if (inline.type === 'excerpt') for (const c of inline.children) if (c.type === 'figure') runs.push(c);
    }
  };
  for (const block of doc.children) {
    if (block.type === 'paragraph' || block.type === 'sourceNote') visit(block.children);
    if (block.type === 'editorsNote') for (const p of block.children) visit(p.children);
    if (block.type === 'list') for (const item of block.items) visit(item);
    if (block.type === 'table')
      for (const row of [...block.header, ...block.rows]) for (const c of row) visit(c.children);
  }
  return runs;
}

/**
 * Every figure in the briefing traces back to the input: each source's span slices to its text, and a city's
 * figure is a number written there — in digits or Chinese numerals, 万/亿 applied, across a line break too (an
 * independent reading).
 */
export function expectTraceableFigures({ source, document }: PipelineRun, origin: string | null): void {
  for (const run of figureRuns(document)) {
    for (const ref of run.sources) {
      expect(ref.origin).toBe(origin);
      expect(source.text.slice(ref.span[0], ref.span[1])).toBe(ref.text);
      // A line broken inside a number (近十\n五%, as text taken from a PDF breaks) is read joined, as normalize joins it.
      const written = [...numbersIn(ref.text), ...numbersIn(ref.text.replace(/[ \t]*\r?\n[ \t]*/g, ''))];
      expect(written.length, `no number in the source of ${run.value}: ${ref.text}`).toBeGreaterThan(0);
      if (run.city !== null && run.sources.length === 1) {
        expect(
          written.some((n) => close(n, run.number)),
          `${run.value} (${run.number}) is not written in ${JSON.stringify(ref.text)}`,
        ).toBe(true);
      }
    }
  }
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

const MULTIPLIERS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The numbers written in `text`: digit runs (half- or full-width) and Chinese numerals, each with 万/亿 applied. */
export function numbersIn(text: string): number[] {
  const ascii = text.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const out: number[] = [];
  // 0.1余亿 puts the qualifier before the multiplier; 万万 is an old way of writing 亿.
  for (const m of ascii.matchAll(
    /(\d+(?:\.\d+)?|[〇零一二两兩三四五六七八九十百千]+)[余餘多]?([万萬亿億]*)/g,
  )) {
    const body = m[1] ?? '';
    const value = /\d/.test(body) ? Number(body) : chineseNumeral(body);
    out.push([...(m[2] ?? '')].reduce((n, c) => n * (MULTIPLIERS[c] ?? 1), value));
  }
  return out;
}

function chineseNumeral(text: string): number {
  if (![...text].some((c) => c in UNITS)) {
    // 二〇二三: digit by digit.
    return [...text].reduce((n, c) => n * 10 + (DIGITS[c] ?? 0), 0);
  }
  let total = 0;
  let digit = 0;
  let seen = false;
  for (const c of text) {
    if (c in DIGITS) {
      digit = DIGITS[c] ?? 0;
      seen = true;
    } else {
      total += (seen ? digit : 1) * (UNITS[c] ?? 1);
      digit = 0;
      seen = false;
    }
  }
  return total + digit;
}

/**
 * Every quoted piece of a city's words traces back to the input (its source span slices to its source text), and
 * every province total adds figures of one indicator only, each counted once.
 */
export function expectQuotesAndTotals({ source, summary, document }: PipelineRun): void {
  const visit = (inlines: readonly Inline[]) => {
    for (const inline of inlines) {
      if (inline.type !== 'excerpt') continue;
      expect(source.text.slice(inline.source.span[0], inline.source.span[1])).toBe(inline.source.text);
      expect(inline.source.quote).toContain(inline.source.text);
    }
  };
  for (const block of document.children) {
    if (block.type === 'paragraph') visit(block.children);
    if (block.type === 'list') for (const item of block.items) visit(item);
  }
  for (const total of summary.totals) {
    for (const c of total.contributions) expect(c.metric.indicator).toBe(total.indicator);
  }
  for (const run of figureRuns(document)) {
    if (run.city !== null) continue;
    const total = summary.totals.find((t) => t.indicator === run.indicator);
    expect(total, `a printed total of ${run.indicator}`).toBeDefined();
    const counted = total?.contributions.filter((c) => c.counted).map((c) => c.metric.span.join()) ?? [];
    expect(run.sources.map((s) => s.span.join())).toEqual(counted);
  }
}
