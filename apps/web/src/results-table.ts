import type { CityReport, Metric } from '@jianbao/core';
import { el } from './dom';
import { CATEGORY_LABELS, formatNumber, QUALIFIER_LABELS } from './labels';
import { type SourceSentence, sourceSentence } from './source-sentence';

/** Something in the input that was read but not understood, said where it is. */
export interface Warning {
  where: string;
  message: string;
}

export interface ResultsView {
  reports: CityReport[];
  warnings: Warning[];
}

interface Row {
  report: CityReport;
  metric: Metric;
  sentence: SourceSentence;
}

/**
 * The cities found and every figure read, one row per figure. Hovering a row shows the sentence it came
 * from; clicking (or Enter) pins that sentence above the table with the figure highlighted.
 */
export function renderResults(root: HTMLElement, view: ResultsView): void {
  const cities = view.reports.filter((report) => report.kind === 'city');
  const rows: Row[] = view.reports.flatMap((report) =>
    report.metrics.map((metric) => ({
      report,
      metric,
      sentence: sourceSentence(report.text, report.span[0], metric.span),
    })),
  );

  const quote = el('div', { class: 'quote', attrs: { id: 'quote', 'aria-live': 'polite' } });
  showQuote(quote, rows[0] ?? null);

  const body = el('tbody');
  for (const [index, row] of rows.entries()) {
    const tr = el(
      'tr',
      {
        title: sentenceText(row.sentence),
        attrs: { tabindex: '0', 'data-city': cityName(row.report), 'data-index': String(index) },
      },
      el('td', { class: 'cell-city' }, cityName(row.report)),
      el('td', { class: 'cell-label' }, row.metric.label || '—'),
      el('td', { class: 'cell-text' }, row.metric.text),
      el('td', { class: 'cell-value' }, formatValue(row.metric)),
      el(
        'td',
        { class: 'cell-category' },
        el('span', { class: `tag tag--${row.metric.category}` }, CATEGORY_LABELS[row.metric.category]),
      ),
    );
    const select = () => {
      body.querySelector('tr.is-selected')?.classList.remove('is-selected');
      tr.classList.add('is-selected');
      showQuote(quote, row);
    };
    tr.addEventListener('click', select);
    tr.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        select();
      }
    });
    body.append(tr);
  }
  body.querySelector('tr')?.classList.add('is-selected');

  const table = el(
    'table',
    { class: 'figures', attrs: { id: 'figures-table' } },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', {}, '城市'),
        el('th', {}, '事项'),
        el('th', {}, '原文'),
        el('th', { class: 'cell-value' }, '数值'),
        el('th', {}, '类别'),
      ),
    ),
    body,
  );

  const figuresOf = (city: string) => rows.filter((row) => cityName(row.report) === city).length;
  const chips = el(
    'div',
    { class: 'chips', attrs: { role: 'group', 'aria-label': '按城市筛选' } },
    chip('全部', rows.length, true),
    ...cities.map((report) => chip(cityName(report), figuresOf(cityName(report)), false)),
  );
  chips.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest('button');
    if (!button) return;
    for (const other of chips.querySelectorAll('button'))
      other.setAttribute('aria-pressed', String(other === button));
    const city = button.dataset.city ?? null;
    for (const tr of body.querySelectorAll('tr')) tr.hidden = city !== null && tr.dataset.city !== city;
  });

  const parts: (HTMLElement | null)[] = [
    el(
      'p',
      { class: 'summary', attrs: { id: 'results-summary' } },
      '识别出 ',
      el('strong', {}, cities.length),
      ' 个城市、',
      el('strong', {}, rows.length),
      ' 个数字',
      view.warnings.length > 0 ? `，${view.warnings.length} 条提示` : '',
    ),
    chips,
    renderWarnings(view.warnings),
    quote,
    rows.length > 0
      ? el('div', { class: 'table-wrap' }, table)
      : el('p', { class: 'empty' }, '没有识别出数字。'),
  ];
  root.replaceChildren(...parts.filter((part) => part !== null));
}

function chip(city: string, count: number, all: boolean): HTMLButtonElement {
  const button = el(
    'button',
    { class: 'chip', attrs: { type: 'button', 'aria-pressed': String(all) } },
    city,
    el('span', { class: 'chip__count' }, count),
  );
  if (!all) button.dataset.city = city;
  return button;
}

function renderWarnings(warnings: Warning[]): HTMLElement | null {
  if (warnings.length === 0) return null;
  return el(
    'details',
    { class: 'warnings', attrs: { id: 'warnings', open: '' } },
    el('summary', {}, `未能理解的内容（${warnings.length}）`),
    el(
      'ul',
      {},
      ...warnings.map((warning) =>
        el('li', {}, el('span', { class: 'warnings__where' }, warning.where), warning.message),
      ),
    ),
  );
}

function showQuote(root: HTMLElement, row: Row | null): void {
  if (!row) {
    root.replaceChildren();
    return;
  }
  const { before, figure, after } = row.sentence;
  root.replaceChildren(
    el(
      'div',
      { class: 'quote__meta' },
      `${cityName(row.report)} · ${row.report.origin ?? '输入'} · 第 ${row.metric.span[0]}–${row.metric.span[1]} 字`,
    ),
    el('blockquote', {}, before, el('mark', {}, figure), after),
  );
}

function formatValue(metric: Metric): HTMLElement {
  const number =
    metric.valueMax === null
      ? formatNumber(metric.value)
      : `${formatNumber(metric.value)}–${formatNumber(metric.valueMax)}`;
  return el(
    'span',
    {},
    `${number} ${metric.unit}`,
    metric.qualifier === 'exact'
      ? null
      : el('span', { class: 'qualifier' }, QUALIFIER_LABELS[metric.qualifier]),
  );
}

function cityName(report: CityReport): string {
  return report.city ?? (report.kind === 'preface' ? '按语' : '未识别城市');
}

function sentenceText(sentence: SourceSentence): string {
  return sentence.before + sentence.figure + sentence.after;
}
