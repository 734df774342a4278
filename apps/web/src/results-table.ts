import {
  type CityReport,
  defaultLexicon,
  figureText,
  type Indicator,
  lineIndex,
  type Metric,
  normalizeCityName,
  type ProvincialSummary,
  thingName,
} from '@jianbao/core';
import type { KnownThing } from './analyze';
import { el } from './dom';
import { editedMetric, type MetricEdit, metricKey, spanKey } from './edits';
import { CATEGORY_LABELS, formatNumber, QUALIFIER_LABELS, ROLE_LABELS } from './labels';
import { type SourceSentence, sourceSentence } from './source-sentence';

/** Something in the input that was read but not understood, said where it is. */
export interface Warning {
  /** `duplicate`: a city given twice, merged (shown apart from what was not understood). */
  kind?: 'duplicate';
  where: string;
  message: string;
}

export interface ResultsView {
  reports: CityReport[];
  warnings: Warning[];
  summary: ProvincialSummary | null;
  /** Later copies of a city given twice: what they repeat is marked and not counted (core's rule). */
  repeated: ReadonlySet<CityReport>;
  /** The person's corrections, by metricKey. */
  edits: ReadonlyMap<string, MetricEdit>;
  /** A correction of one figure (null: back to what was read). */
  onEdit: (key: string, edit: MetricEdit | null) => void;
  /** The row to select (after a correction re-renders the table), by metricKey. */
  selected?: string | null;
  /** The things the lexicon counts, offered (with the sums already in the table) as what a figure goes into. */
  things: readonly KnownThing[];
}

interface Row {
  key: string;
  /** As read, and as corrected (null when left out). */
  read: Metric;
  edit: MetricEdit | undefined;
  report: CityReport;
  /** The city as the summary names it: one name for a city given twice (or spelt 蘇州 and 苏州). */
  city: string;
  metric: Metric;
  sentence: SourceSentence;
  /** 1-based line of the figure in its input. */
  line: number;
  /** A fact an earlier copy of its city already gave: listed, not added. */
  repeated: boolean;
}

/**
 * The cities found and every figure read, one row per figure. Hovering a row shows the sentence it came
 * from; clicking (or Enter) pins that sentence above the table with the figure highlighted.
 */
export function renderResults(root: HTMLElement, view: ResultsView): void {
  const cityOf = cityNamer(view.summary);
  const counted = countedFigures(view.summary);
  const rows: Row[] = view.reports.flatMap((report) => {
    const lineAt = lineIndex(report.text);
    return report.metrics.map((read) => {
      const key = metricKey(report, read);
      const edit = view.edits.get(key);
      return {
        key,
        read,
        edit,
        report,
        city: cityOf(report),
        metric: editedMetric(read, edit) ?? read,
        sentence: sourceSentence(report.text, report.span[0], read.span),
        line: (report.line ?? 1) + lineAt(read.span[0] - report.span[0]) - 1,
        repeated: view.repeated.has(report) && !counted.has(key),
      };
    });
  });
  const cities = [...new Set(view.reports.filter((r) => r.kind === 'city').map(cityOf))];

  const quote = el('div', { class: 'quote', attrs: { id: 'quote', 'aria-live': 'polite' } });
  const editor = el('form', {
    class: 'editor',
    attrs: { id: 'figure-editor', 'aria-label': '修改所选数字' },
  });
  const first = rows.find((row) => row.key === view.selected) ?? rows[0] ?? null;
  const choices = indicatorChoices(rows, view);
  showQuote(quote, first);
  showEditor(editor, first, view.onEdit, choices);

  const body = el('tbody');
  /** The city the chips show (null: all): rows added later follow it. */
  let shown: string | null = null;
  const rowElement = (row: Row, index: number): HTMLElement => {
    const excluded = row.edit?.excluded === true;
    const tr = el(
      'tr',
      {
        class: excluded ? 'is-excluded' : '',
        title: sentenceText(row.sentence),
        attrs: { tabindex: '-1', 'data-city': row.city, 'data-index': String(index), 'data-key': row.key },
      },
      el('td', { class: 'cell-city' }, row.city),
      el(
        'td',
        { class: 'cell-label' },
        row.metric.label || '—',
        row.repeated ? el('span', { class: 'tag tag--repeated' }, '另一份已给出，不重复计入') : null,
        excluded
          ? el('span', { class: 'tag tag--repeated' }, '已排除')
          : row.metric !== row.read
            ? el('span', { class: 'tag tag--edited' }, '已修改')
            : null,
      ),
      el('td', { class: 'cell-text' }, row.metric.text),
      el('td', { class: 'cell-value' }, formatValue(row.metric)),
      el(
        'td',
        { class: 'cell-category' },
        el('span', { class: `tag tag--${row.metric.category}` }, CATEGORY_LABELS[row.metric.category]),
      ),
    );
    tr.hidden = shown !== null && row.city !== shown;
    if (row === first) {
      tr.classList.add('is-selected');
      tr.setAttribute('tabindex', '0');
    }
    return tr;
  };
  // The rows go in a batch at a time, each in a task of its own: hundreds of rows built at once held the
  // page's thread for over 100 ms. A newer render (its table replaces this one) stops the batches.
  const BATCH = 20;
  const addRows = (from: number) => {
    if (from > 0 && !body.isConnected) return;
    const to = Math.min(rows.length, from + BATCH);
    for (let index = from; index < to; index++) body.append(rowElement(rows[index] as Row, index));
    if (to < rows.length) setTimeout(() => addRows(to), 0);
  };
  addRows(0);
  // One listener of each kind for the whole table (one per row, for hundreds of rows, held the page up).
  const rowOf = (target: EventTarget | null) => {
    const tr = (target as HTMLElement | null)?.closest<HTMLElement>('tr[data-index]');
    const row = rows[Number(tr?.dataset.index)];
    return tr && row ? { tr, row } : null;
  };
  const select = (tr: HTMLElement, row: Row) => {
    const previous = body.querySelector<HTMLElement>('tr.is-selected');
    previous?.classList.remove('is-selected');
    previous?.setAttribute('tabindex', '-1');
    tr.classList.add('is-selected');
    // One tab stop for the whole table: the selected row (arrow keys move it).
    tr.setAttribute('tabindex', '0');
    showQuote(quote, row);
    showEditor(editor, row, view.onEdit, choices);
  };
  for (const type of ['click', 'focusin'] as const)
    body.addEventListener(type, (event) => {
      const hit = rowOf(event.target);
      if (hit) select(hit.tr, hit.row);
    });
  body.addEventListener('keydown', (event) => {
    const hit = rowOf(event.target);
    if (!hit) return;
    const { tr } = hit;
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step !== undefined) {
      event.preventDefault();
      let next = (step > 0 ? tr.nextElementSibling : tr.previousElementSibling) as HTMLElement | null;
      while (next?.hidden)
        next = (step > 0 ? next.nextElementSibling : next.previousElementSibling) as HTMLElement | null;
      next?.focus();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      editor.querySelector<HTMLElement>('input, select')?.focus();
    }
  });

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

  const figuresOf = (city: string) => rows.filter((row) => row.city === city).length;
  const chips = el(
    'div',
    { class: 'chips', attrs: { role: 'group', 'aria-label': '按城市筛选' } },
    chip('全部', rows.length, true),
    ...cities.map((city) => chip(city, figuresOf(city), false)),
  );
  chips.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest('button');
    if (!button) return;
    for (const other of chips.querySelectorAll('button'))
      other.setAttribute('aria-pressed', String(other === button));
    const city = button.dataset.city ?? null;
    shown = city;
    for (const tr of body.querySelectorAll('tr')) tr.hidden = city !== null && tr.dataset.city !== city;
    // The table's one tab stop must be a row that is shown.
    const stop = body.querySelector<HTMLElement>('tr[tabindex="0"]');
    const firstShown = body.querySelector<HTMLElement>('tr:not([hidden])');
    if (stop?.hidden && firstShown) {
      stop.setAttribute('tabindex', '-1');
      firstShown.setAttribute('tabindex', '0');
    }
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
    renderDuplicates(view.warnings.filter((warning) => warning.kind === 'duplicate')),
    renderWarnings(view.warnings.filter((warning) => warning.kind !== 'duplicate')),
    renderTotals(view.summary),
    quote,
    editor,
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

/** A city given twice is said apart from the other warnings, where it cannot be missed. */
function renderDuplicates(warnings: Warning[]): HTMLElement | null {
  if (warnings.length === 0) return null;
  return el(
    'div',
    { class: 'notice', attrs: { id: 'duplicate-warning', role: 'status' } },
    el('strong', {}, `${warnings.length} 个城市重复提供，已合并`),
    el('ul', {}, ...warnings.map((warning) => el('li', {}, warning.message))),
  );
}

/** The province-wide sums the briefing prints: one row per thing counted, with the cities that gave it. */
function renderTotals(summary: ProvincialSummary | null): HTMLElement | null {
  // A sum all of whose figures another copy of their city already gave adds nothing: not shown.
  const totals = summary?.totals.filter((total) => total.cities.length > 0) ?? [];
  if (totals.length === 0) return null;
  const rows = totals.map((total) =>
    el(
      'tr',
      { attrs: { 'data-indicator': total.indicator } },
      el('td', {}, total.name),
      el('td', { class: 'cell-value' }, figureText(total)),
      el('td', {}, `${total.cities.length} 市`),
    ),
  );
  return el(
    'details',
    { class: 'totals', attrs: { id: 'totals', open: '' } },
    el('summary', {}, `全省合计（${totals.length} 项，重复的数字只计一次）`),
    el(
      'div',
      // Scrolls sideways on a small screen: focusable, so the keyboard can scroll it too.
      { class: 'table-wrap', attrs: { tabindex: '0', role: 'region', 'aria-label': '全省合计表' } },
      el(
        'table',
        { class: 'figures', attrs: { id: 'totals-table' } },
        el(
          'thead',
          {},
          el('tr', {}, el('th', {}, '事项'), el('th', { class: 'cell-value' }, '合计'), el('th', {}, '城市')),
        ),
        el('tbody', {}, ...rows),
      ),
    ),
  );
}

/**
 * The figures the sums add (by metricKey), as core decided: a later copy of a city adds only what the earlier
 * ones did not give.
 */
function countedFigures(summary: ProvincialSummary | null): Set<string> {
  const keys = new Set<string>();
  for (const total of summary?.totals ?? [])
    for (const contribution of total.contributions)
      if (contribution.counted) keys.add(spanKey(contribution.origin, contribution.metric.span));
  return keys;
}

/**
 * Names each report's city as the summary does (the first spelling seen of one city); a report the gazetteer named no
 * city in by the name the briefing gives it (its own words', its file's: 徐州市人大常委会.txt → 徐州), found by its
 * input and span.
 */
function cityNamer(summary: ProvincialSummary | null): (report: CityReport) => string {
  const byKey = new Map<string, string>();
  const byPlace = new Map<string, string>();
  for (const city of summary?.cities ?? []) {
    byKey.set(cityKey(city.city), city.city);
    byPlace.set(placeKey(city.origin, city.span), city.city);
  }
  return (report) => {
    const own = cityName(report);
    if (report.city !== null) return byKey.get(cityKey(report.city)) ?? own;
    return report.kind === 'city' ? (byPlace.get(placeKey(report.origin, report.span)) ?? own) : own;
  };
}

const placeKey = (origin: string | null, span: readonly [number, number]): string =>
  `${origin ?? ''}\u0000${span[0]}:${span[1]}`;

function cityKey(name: string): string {
  return normalizeCityName(name)?.code ?? name;
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

/**
 * The correction form of the selected figure: what it counts, its value, qualifier and category, and whether
 * the briefing uses it. A change applies when the field is left (or Enter is pressed).
 */
function showEditor(
  root: HTMLFormElement,
  row: Row | null,
  onEdit: ResultsView['onEdit'],
  choices: (metric: Metric) => [string, string][],
): void {
  if (!row) {
    root.replaceChildren();
    return;
  }
  const edit = { ...row.edit };
  const label = el('input', { attrs: { name: 'label', value: row.metric.label } });
  const value = el('input', {
    attrs: { name: 'value', type: 'number', step: 'any', value: String(row.metric.value) },
  });
  const qualifier = el(
    'select',
    { attrs: { name: 'qualifier' } },
    ...Object.entries(QUALIFIER_LABELS).map(([id, name]) => option(id, name, row.metric.qualifier)),
  );
  const category = el(
    'select',
    { attrs: { name: 'category' } },
    ...Object.entries(CATEGORY_LABELS).map(([id, name]) => option(id, name, row.metric.category)),
  );
  const indicator = el(
    'select',
    { attrs: { name: 'indicator' } },
    ...choices(row.metric).map(([id, name]) => option(id, name, row.metric.indicator)),
  );
  const include = el('input', { attrs: { name: 'include', type: 'checkbox' } });
  include.checked = edit.excluded !== true;
  const reset = el('button', { class: 'button button--small', attrs: { type: 'button' } }, '恢复原值');
  reset.hidden = row.edit === undefined;
  const apply = () => {
    const next: MetricEdit = {};
    const number = Number(value.value);
    if (label.value.trim() !== row.read.label) next.label = label.value.trim();
    if (value.value !== '' && Number.isFinite(number) && number !== row.read.value) next.value = number;
    if (qualifier.value !== row.read.qualifier) next.qualifier = qualifier.value as MetricEdit['qualifier'];
    if (category.value !== row.read.category) next.category = category.value as MetricEdit['category'];
    // The select offers only indicators (indicatorChoices), so its value is one.
    if (indicator.value !== row.read.indicator) next.indicator = indicator.value as Indicator;
    if (!include.checked) next.excluded = true;
    onEdit(row.key, Object.keys(next).length > 0 ? next : null);
  };
  for (const field of [label, value, qualifier, category, indicator, include])
    field.addEventListener('change', apply);
  root.onsubmit = (event) => {
    event.preventDefault();
    apply();
  };
  reset.addEventListener('click', () => onEdit(row.key, null));
  root.replaceChildren(
    el('label', { class: 'field' }, el('span', {}, '事项'), label),
    el('label', { class: 'field' }, el('span', {}, `数值（${row.metric.unit}）`), value),
    el('label', { class: 'field' }, el('span', {}, '限定'), qualifier),
    el('label', { class: 'field' }, el('span', {}, '类别'), category),
    el('label', { class: 'field field--wide' }, el('span', {}, '计入合计'), indicator),
    el('label', { class: 'editor__include' }, include, '用于简报'),
    reset,
  );
}

/**
 * What a figure may be added into (its indicator, `thing|measure|role`): the sums the table already has for its
 * measure (its unit family, or a unit's own: 件次, 户), then every thing the lexicon counts, in the figure's own
 * measure and role. Two figures are added only when their indicators are equal, so choosing another figure's sum
 * merges the two.
 */
function indicatorChoices(rows: readonly Row[], view: ResultsView): (metric: Metric) => [string, string][] {
  const names = new Map<string, string>();
  for (const total of view.summary?.totals ?? []) names.set(total.indicator, total.name);
  const things = new Map(view.things.map((known) => [known.thing, known.name]));
  const named = (indicator: string) => {
    const [thing = '', , role = ''] = indicator.split('|');
    const name = names.get(indicator) ?? things.get(thing) ?? thingName(thing, defaultLexicon) ?? thing;
    const how = ROLE_LABELS[role as keyof typeof ROLE_LABELS];
    return how ? `${name}（${how}）` : name;
  };
  const inTable = [...new Set(rows.flatMap((row) => [row.read.indicator, row.metric.indicator]))];
  return (metric) => {
    const measure = (indicator: string) => indicator.split('|')[1];
    const own = measure(metric.indicator);
    const ids = [
      metric.indicator,
      ...inTable.filter((indicator) => measure(indicator) === own),
      ...view.things.map((known) => `${known.thing}|${own}|${metric.role}`),
    ];
    return [...new Set(ids)].map((id) => [id, named(id)]);
  };
}

function option(id: string, name: string, current: string): HTMLOptionElement {
  const node = el('option', { attrs: { value: id } }, name);
  node.selected = id === current;
  return node;
}

function showQuote(root: HTMLElement, row: Row | null): void {
  if (!row) {
    root.replaceChildren();
    return;
  }
  const { before, figure, after } = row.sentence;
  root.replaceChildren(
    el('div', { class: 'quote__meta' }, `${row.city} · ${row.report.origin ?? '输入'} · 第${row.line}行`),
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
