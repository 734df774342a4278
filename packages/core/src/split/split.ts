import { JianbaoError, snippetAt } from '../errors.js';
import { type City, findCityMentions, normalizeCityName } from '../gazetteer/gazetteer.js';
import { checkOptions, checkSource } from '../guard.js';
import { dominantScript } from '../script/detect.js';
import type { Section, Source, SourceMeta, SourcePart, Span } from '../types.js';
import { atInlineLabels } from './inline-labels.js';
import { isBlank, type Line, splitLines } from './lines.js';
import {
  attributionOf,
  closingAttributionOf,
  compilingOfficeOf,
  headingCity,
  isCompilationTitle,
  PREFACE_MARKER,
  signatureOfficeOf,
} from './markers.js';

export interface SplitOptions {
  /** Script of the city names in the result; default: the input's dominant script. */
  script?: 'hans' | 'hant';
  /** At most this many sections (default DEFAULT_MAX_SECTIONS); more → INPUT_TOO_MANY_SECTIONS. */
  maxSections?: number;
}

/** A province has a few dozen cities at most: a thousand sections is a generous bound, not a real input. */
export const DEFAULT_MAX_SECTIONS = 1000;

interface Input {
  text: string;
  meta: SourceMeta;
  parts: SourcePart[] | undefined;
}

/** A run of lines before it is told what it is. */
interface Block {
  lines: Line[];
  /** The attribution line closing it, if any. */
  source: string | null;
  /** The city its heading names, in heading-split documents. */
  heading: City | null;
}

/**
 * Splits a report or a compiled article into sections, losslessly: the spans partition `[0, text.length)`.
 *
 * - Compiled articles: each city's part ends with an attribution line in parentheses; the text before the first
 *   city part is the preface when the article opens with an editor's note (編者按/按語).
 * - Documents whose parts start with city headings (`## 南京市`, `一、南京市`, `南京市：`): one section per
 *   heading; text before the first heading is the preface.
 * - Anything else is one section; `meta.city` (front matter) names its city when given.
 * A section's city is the one it is about: the city its heading or attribution names, else the one it names most
 * (full names 南京市 count double), not merely the first one it mentions.
 */
export function splitSections(input: Source | string, options: SplitOptions = {}): Section[] {
  checkSource('splitSections', 'input', input, true);
  checkOptions('splitSections', options);
  const bodyStart = typeof input === 'string' ? 0 : (input.bodyStart ?? 0);
  if (bodyStart > 0 && typeof input !== 'string') {
    // Split the body after the front matter; the front matter joins the first section, so the sections still
    // partition the whole file.
    const body = splitSections({ ...input, text: input.text.slice(bodyStart), bodyStart: 0 }, options);
    return body.map((section, i) => ({
      ...section,
      span: [i === 0 ? 0 : section.span[0] + bodyStart, section.span[1] + bodyStart],
    }));
  }
  const source: Input =
    typeof input === 'string'
      ? { text: input, meta: {}, parts: undefined }
      : { text: input.text, meta: input.meta ?? {}, parts: input.parts };
  const { text } = source;
  const script = options.script ?? dominantScript(text);
  const name = (city: City): string => city.name[script];

  const maxSections = options.maxSections ?? DEFAULT_MAX_SECTIONS;
  const where = (typeof input === 'string' ? null : input.origin) ?? 'input';
  const fromParts = source.parts && partition(source.parts, text.length) ? source.parts : null;
  if (fromParts) {
    checkSectionCount(fromParts, maxSections, text, where);
    return fromParts.map((part) => ({
      kind: 'city',
      city: part.city ? cityName(part.city, name) : null,
      source: part.source ?? null,
      span: [part.span[0], part.span[1]],
    }));
  }

  const lines = atInlineLabels(splitLines(text));
  const blocks = headingBlocks(lines) ?? attributionBlocks(lines);
  // Every block is at least one section: refuse early, before the per-block work.
  checkSectionCount(
    blocks.map((b) => ({ span: [b.lines[0]?.start ?? 0, 0] as Span })),
    maxSections,
    text,
    where,
  );
  const sections: Section[] = [];
  // The first two lines with text, found from the top (not a filter over every line of a long input).
  const first = lines.findIndex((l) => !isBlank(l));
  const firstLine = lines[first];
  const secondLine = first < 0 ? undefined : lines.find((l, i) => i > first && !isBlank(l));
  // A compilation of several cities may open with its title: that line is its preface, not the first city's, and
  // so is an editor's note after it.
  const titled = blocks.length > 1 && firstLine !== undefined && isCompilationTitle(firstLine.text);
  const hasPreface = PREFACE_MARKER.test((titled ? secondLine : firstLine)?.text ?? '');

  blocks.forEach((block, index) => {
    const span: Span = [block.lines[0]?.start ?? 0, block.lines.at(-1)?.next ?? 0];
    if (index === 0 && block.heading === null && blocks.length > 1 && blocks[1]?.heading) {
      // Text before the first heading.
      sections.push({ kind: 'preface', city: null, source: block.source, span });
      return;
    }
    const city = block.heading ?? mainCity(text, block);
    if (index === 0 && titled && !hasPreface) {
      const next = block.lines.find((l) => l.start > (firstLine?.start ?? 0) && !isBlank(l));
      if (next) {
        sections.push({ kind: 'preface', city: null, source: null, span: [span[0], next.start] });
        span[0] = next.start;
      }
    }
    if (index === 0 && hasPreface) {
      const opening = city ? openingLine(text, block, city) : undefined;
      if (!opening) {
        sections.push({ kind: 'preface', city: null, source: block.source, span });
        return;
      }
      if (opening.start > span[0])
        sections.push({ kind: 'preface', city: null, source: null, span: [span[0], opening.start] });
      span[0] = opening.start;
    }
    sections.push({ kind: 'city', city: city ? name(city) : null, source: block.source, span });
  });

  checkSectionCount(sections, maxSections, text, where);
  const cities = sections.filter((s) => s.kind === 'city');
  const only = cities.length === 1 ? cities[0] : undefined;
  if (only) {
    if (source.meta.city) only.city = cityName(source.meta.city, name);
    // A city that sends its own 简报 names its office in the masthead or the 版记, not in parentheses.
    only.source ??= source.meta.source ?? ownOffice(lines, only.span) ?? null;
  }
  return sections;
}

/**
 * The office a section's own masthead (its first lines), closing block or signature (its last lines) names, if any.
 */
function ownOffice(lines: readonly Line[], span: Span): string | null {
  const own = lines.filter((l) => l.start >= span[0] && l.start < span[1] && !isBlank(l));
  for (const line of [...own.slice(0, 4), ...own.slice(-3)]) {
    const office = compilingOfficeOf(line.text);
    if (office) return office;
  }
  // A report signed at its end by its office (and the date) is that office's.
  return signatureOfficeOf(own.slice(-2).map((l) => l.text));
}

/** Refuses more than `max` sections, naming where the first one over the limit starts. */
function checkSectionCount(
  sections: readonly { span: Span }[],
  max: number,
  text: string,
  where: string,
): void {
  const over = sections[max];
  if (over === undefined) return;
  const at = over.span[0];
  const line = text.slice(0, at).split('\n').length;
  throw new JianbaoError(
    'INPUT_TOO_MANY_SECTIONS',
    `${where}: more than ${max} sections (option maxSections); section ${max + 1} starts at line ${line}`,
    { where: `${where}, line ${line}`, snippet: snippetAt(text, at), maxSections: max, offset: at },
  );
}

function cityName(raw: string, name: (city: City) => string): string {
  const city = normalizeCityName(raw);
  return city ? name(city) : raw.trim();
}

function partition(parts: SourcePart[], length: number): boolean {
  let at = 0;
  for (const { span } of parts) {
    if (span[0] !== at || span[1] < span[0]) return false;
    at = span[1];
  }
  return parts.length > 0 && at === length;
}

/** The attribution a block's line closes it with: a line of its own, or after the paragraph's last sentence. */
const closingSource = (line: string): string | null => attributionOf(line) ?? closingAttributionOf(line);

/** Blocks starting at city headings, consecutive headings of the same city merged; null without headings. */
function headingBlocks(lines: Line[]): Block[] | null {
  const starts: { index: number; city: City }[] = [];
  lines.forEach((line, index) => {
    const city = headingCity(line.text);
    if (city && starts.at(-1)?.city !== city) starts.push({ index, city });
  });
  const attributions = lines.filter((l) => attributionOf(l.text) !== null).length;
  // One heading in a compiled article with attributions is a heading inside a city's part, not a split point.
  if (starts.length === 0 || (starts.length === 1 && attributions > 1)) return null;
  const blocks: Block[] = [];
  const before = lines.slice(0, starts[0]?.index ?? 0);
  // Blank lines before the first heading belong to its section; anything else is the preface.
  if (before.some((l) => !isBlank(l))) blocks.push({ lines: before, source: null, heading: null });
  else if (starts[0]) starts[0] = { ...starts[0], index: 0 };
  starts.forEach((start, k) => {
    const own = lines.slice(start.index, starts[k + 1]?.index ?? lines.length);
    const last = [...own].reverse().find((l) => !isBlank(l));
    blocks.push({ lines: own, source: last ? closingSource(last.text) : null, heading: start.city });
  });
  return blocks;
}

/** Blocks each closed by an attribution line (and the blank lines after it); the rest is a block of its own. */
function attributionBlocks(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  let current: Line[] = [];
  let source: string | null = null;
  for (const line of lines) {
    if (source !== null && !isBlank(line)) {
      blocks.push({ lines: current, source, heading: null });
      current = [];
      source = null;
    }
    current.push(line);
    source ??= closingSource(line.text);
  }
  const last = blocks.at(-1);
  // What follows the last attribution joins its block when it is blank, or a page's footer with no sentence and no
  // city in it (编辑：…, 审核：…, 阅读原文): it is nobody's report.
  const footer = (l: Line) => !/[。！？!?]/.test(l.text) && findCityMentions(l.text).length === 0;
  if (last && source === null && current.every((l) => isBlank(l) || footer(l)))
    for (const line of current) last.lines.push(line);
  else blocks.push({ lines: current, source, heading: null });
  return blocks;
}

/** Weight of a mention: 2 for a full name (南京市), 1 for a short one (南京); an attribution naming a city, 5. */
const FULL_WEIGHT = 2;
const ATTRIBUTION_WEIGHT = 5;

/** The city a block is about: the most weighted mention, ties to the earliest. */
function mainCity(text: string, block: Block): City | null {
  const scores = new Map<City, { score: number; first: number }>();
  const add = (city: City, weight: number, at: number) => {
    const entry = scores.get(city) ?? { score: 0, first: at };
    entry.score += weight;
    scores.set(city, entry);
  };
  for (const line of block.lines) {
    const attribution = attributionOf(line.text);
    for (const mention of findCityMentions(text.slice(line.start, line.end))) {
      add(
        mention.city,
        attribution ? ATTRIBUTION_WEIGHT : mention.full ? FULL_WEIGHT : 1,
        line.start + mention.span[0],
      );
    }
  }
  let best: City | null = null;
  let bestEntry = { score: 0, first: Number.POSITIVE_INFINITY };
  for (const [city, entry] of scores) {
    if (entry.score > bestEntry.score || (entry.score === bestEntry.score && entry.first < bestEntry.first)) {
      best = city;
      bestEntry = entry;
    }
  }
  return best;
}

/** How far into a line a city may first appear for the line to open that city's part. */
const OPENING_WINDOW = 40;

/**
 * The line where an article's first city part begins after the editor's note: the first line (after the marker
 * line) naming the city near its start, else the first naming it at all.
 */
function openingLine(text: string, block: Block, city: City): Line | undefined {
  const body = block.lines.slice(1);
  const names = (line: Line) =>
    findCityMentions(text.slice(line.start, line.end)).filter((m) => m.city === city);
  return (
    body.find((line) => names(line).some((m) => m.span[0] < OPENING_WINDOW)) ??
    body.find((l) => names(l).length > 0)
  );
}
