import type { CityReport, CitySummary, ExcerptPiece, ProvincialSummary, Span } from '@jianbao/core';
import { normalizeCityName } from '@jianbao/core';
import { el } from './dom';

/** Where a sentence ends in a report, as the page cuts it for choosing (the full stop stays with it). */
const SENTENCE_END = /[。！？；!?;\n]/;

export interface PreviewView {
  summary: ProvincialSummary | null;
  /** The reports the briefing is made from (a city given twice: its first copy). */
  reports: readonly CityReport[];
  /** Rename a city (to another city's name: merge the two). */
  onRename: (city: string, name: string) => void;
  /** Add (true) or remove (false) a sentence of a city's report from the city's part. */
  onToggle: (city: string, sentence: Span, add: boolean, current: Span[]) => void;
}

/** The cities whose report the person opened in the preview. */
const openReports = new Set<string>();

/**
 * The briefing's text, city by city, as the summary will quote it; under each city its report with the quoted
 * sentences marked. Clicking a sentence (or Space/Enter on it) adds it to the city's part or takes it out.
 */
export function renderPreview(root: HTMLElement, view: PreviewView): void {
  if (!view.summary) {
    root.replaceChildren();
    return;
  }
  const byKey = new Map<string, CityReport>();
  for (const report of view.reports) {
    if (report.kind !== 'city' || report.city === null) continue;
    const key = cityKey(report.city);
    if (!byKey.has(key)) byKey.set(key, report);
  }
  const cities = view.summary.cities
    .filter((city) => city.reported)
    .map((city) => renderCity(city, byKey.get(cityKey(city.city)) ?? null, view));
  root.replaceChildren(
    el('h3', { class: 'preview__title' }, '简报预览：各地做法（点选原文中的句子可加入或移出）'),
    ...cities,
  );
}

function renderCity(city: CitySummary, report: CityReport | null, view: PreviewView): HTMLElement {
  const onToggle = view.onToggle;
  const name = el('input', {
    class: 'preview__name',
    attrs: { name: 'city', value: city.city, 'aria-label': `${city.city}的名称（改成另一市的名称即合并）` },
  });
  name.addEventListener('change', () => view.onRename(city.city, name.value));
  const current = city.excerpt.map((piece) => piece.span);
  const quoted = (span: Span) =>
    city.excerpt.some((piece) => piece.span[0] < span[1] && piece.span[1] > span[0]);
  const text = el('p', { class: 'preview__report' });
  // A report's sentences are made into buttons only once it is opened (hundreds per report, for each city,
  // on every change would hold the page up), and one listener serves them all.
  let sentences: Span[] | null = null;
  const fill = () => {
    if (sentences || !report) return;
    const offset = report.span[0];
    sentences = sentencesOf(report);
    text.append(
      ...sentences.map((span, index) => {
        const on = quoted(span);
        return el(
          'button',
          {
            class: `preview__sentence${on ? ' is-chosen' : ''}`,
            attrs: {
              type: 'button',
              'aria-pressed': String(on),
              'data-span': `${span[0]}-${span[1]}`,
              'data-index': String(index),
            },
          },
          report.text.slice(span[0] - offset, span[1] - offset),
        );
      }),
    );
  };
  text.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLElement>('.preview__sentence');
    const span = sentences?.[Number(button?.dataset.index)];
    if (button && span) onToggle(city.city, span, button.getAttribute('aria-pressed') !== 'true', current);
  });
  const details = el(
    'details',
    {},
    el('summary', {}, `${city.city}报告原文（已选 ${city.excerpt.length} 处）`),
    text,
  );
  // A report opened stays open when the preview is drawn again (after each sentence chosen).
  details.open = openReports.has(city.city);
  if (details.open) fill();
  details.addEventListener('toggle', () => {
    if (details.open) {
      openReports.add(city.city);
      fill();
    } else openReports.delete(city.city);
  });
  return el(
    'section',
    { class: 'preview__city', attrs: { 'data-city': city.city } },
    el('h4', {}, name),
    el('p', { class: 'preview__part' }, partText(city.excerpt)),
    details,
  );
}

/** The part as the briefing prints it: pieces of one sentence joined with ，, each sentence closed with 。. */
function partText(pieces: readonly ExcerptPiece[]): string {
  let text = '';
  pieces.forEach((piece, index) => {
    const next = pieces[index + 1];
    text += piece.text + (next && next.sentence === piece.sentence ? '，' : '。');
  });
  return text;
}

/** The report's sentences, as spans of the input (blank ones left out). */
function sentencesOf(report: CityReport): Span[] {
  const spans: Span[] = [];
  const text = report.text;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !SENTENCE_END.test(text.charAt(i))) continue;
    const end = i < text.length && text.charAt(i) !== '\n' ? i + 1 : i;
    let from = start;
    while (from < end && /\s/.test(text.charAt(from))) from++;
    if (end > from) spans.push([report.span[0] + from, report.span[0] + end]);
    start = i + 1;
  }
  return spans;
}

function cityKey(name: string): string {
  return normalizeCityName(name)?.code ?? name;
}
