import './style.css';
import type { CityReport, ProvincialSummary, Span } from '@jianbao/core';
import { type Analysis, cityKey, summarizeReports } from './analyze';
import type { BriefingFormat } from './briefing';
import { byId } from './dom';
import { downloadBlob } from './download';
import { applyEdits, type MetricEdit } from './edits';
import { ErrorPanel } from './error-panel';
import { mountInputPanel } from './input-panel';
import type { InputItem } from './inputs';
import { OptionsForm } from './options-form';
import { renderPreview } from './preview';
import { Progress } from './progress';
import { registerServiceWorker } from './register-sw';
import { renderResults } from './results-table';
import { reviewFiles } from './review-export';
import { RenderCancelled, WorkerClient } from './worker-client';

registerServiceWorker();

/** Inputs that could not be read and that the person chose to leave out of the briefing (by name). */
const excluded = new Set<string>();
/** The last format asked for, for 重试 after a download failed. */
let lastFormat: BriefingFormat = 'pdf';
const errors = new ErrorPanel(byId('error-panel', HTMLElement), {
  onExclude: (origin, exclude) => {
    if (exclude) excluded.add(origin);
    else excluded.delete(origin);
    showAnalysis(analysis);
  },
  onRetry: () => void makeBriefing(lastFormat),
});
const progress = new Progress(byId('progress', HTMLElement));
const options = new OptionsForm(byId('options-form', HTMLFormElement));
const results = byId('results', HTMLElement);
const preview = byId('preview', HTMLElement);
const emptyResults = Array.from(results.childNodes, (node) => node.cloneNode(true));
const fontStatus = byId('font-status', HTMLElement);
const cancelButton = byId('cancel-render', HTMLButtonElement);
const reviewButton = byId('download-review', HTMLButtonElement);
/** Composes and renders in a worker: the page stays responsive, and a render can be cancelled. */
const renderer = new WorkerClient();
/** Reads and extracts the inputs in a second worker: adding files never freezes the page, even during a render. */
const reader = new WorkerClient();
const buttons: Record<BriefingFormat, HTMLButtonElement> = {
  pdf: byId('download-pdf', HTMLButtonElement),
  docx: byId('download-docx', HTMLButtonElement),
};

let analysis: Analysis | null = null;
let busy = false;
/** Counts changes of the input, so that a slow read (a large PDF) never overwrites a newer one's result. */
let generation = 0;

function showAnalysis(next: Analysis | null): void {
  analysis = next;
  // A choice to leave a file out lasts as long as that file's error.
  const failing = new Set(analysis?.errors.map((error) => error.origin));
  for (const origin of excluded) if (!failing.has(origin)) excluded.delete(origin);
  renderView(null);
  errors.showInputs(analysis?.errors ?? [], excluded);
  progress.hide();
  updateButtons();
}

/** The person's corrections of figures, by metricKey: kept when files are added or removed. */
const edits = new Map<string, MetricEdit>();
/** Per city, the sentences the person chose for its part in the preview (over those of a loaded review). */
const chosenEdits: Record<string, Span[]> = {};

/** The sentences each city's part quotes, as chosen (a loaded review's, then the preview's). */
function chosenSentences(): Record<string, Span[]> {
  return { ...(analysis?.chosen ?? {}), ...chosenEdits };
}

/** What the briefing is made from: every report (core counts a city given twice once), corrections applied. */
function briefingReports(): CityReport[] {
  return analysis ? applyEdits(analysis.reports, edits) : [];
}

/** The table, the sums and the figure editor; `selected` keeps the row a correction was made on. */
function renderView(selected: string | null): void {
  if (!analysis) {
    clearTimeout(previewTimer);
    results.replaceChildren(...emptyResults.map((node) => node.cloneNode(true)));
    preview.replaceChildren();
    return;
  }
  // The field being edited keeps the focus across the re-render.
  const active = document.activeElement;
  const field =
    active instanceof HTMLElement && active.closest('#figure-editor') ? active.getAttribute('name') : null;
  const summary =
    edits.size === 0 && Object.keys(chosenEdits).length === 0
      ? analysis.summary
      : summarizeReports(briefingReports(), chosenSentences()).summary;
  // The preview is drawn in a task of its own, after the table: together they held the page's thread too long.
  clearTimeout(previewTimer);
  previewTimer = setTimeout(() => drawPreview(summary), 0);
  renderResults(results, {
    ...analysis,
    summary,
    edits,
    selected,
    onEdit: (key, edit) => {
      if (edit) edits.set(key, edit);
      else edits.delete(key);
      renderView(key);
    },
  });
  if (field) results.querySelector<HTMLElement>(`#figure-editor [name="${field}"]`)?.focus();
}

let previewTimer: ReturnType<typeof setTimeout> | undefined;

/** The briefing's text city by city, and each city's report to choose sentences from. */
function drawPreview(summary: ProvincialSummary | null): void {
  if (!analysis) return;
  renderPreview(preview, {
    summary,
    reports: analysis.reports,
    onRename: (city, name) => {
      const to = name.trim();
      if (to === '' || to === city) return;
      renames.set(cityKey(city), to);
      // A name that was itself renamed to `city` follows it.
      for (const [key, value] of renames) if (value === city) renames.set(key, to);
      reanalyze();
    },
    onToggle: (city, sentence, add, current) => {
      const overlaps = (span: Span) => span[0] < sentence[1] && span[1] > sentence[0];
      const next = add ? [...current, sentence] : current.filter((span) => !overlaps(span));
      if (next.length > 0) chosenEdits[city] = next.sort((a, b) => a[0] - b[0]);
      renderView(null);
    },
  });
}

function updateButtons(): void {
  // Never a briefing while an input has an error the person has not chosen to leave out.
  const ready =
    !busy &&
    analysis !== null &&
    analysis.reports.some((report) => report.kind === 'city') &&
    analysis.errors.every((error) => excluded.has(error.origin));
  for (const button of Object.values(buttons)) button.disabled = !ready;
  reviewButton.disabled = busy || analysis === null || analysis.inputs.length === 0;
}

/** The inputs as last given, and the person's city renames (by city key), applied when they are read. */
let currentItems: InputItem[] = [];
const renames = new Map<string, string>();

function reanalyze(): void {
  const mine = ++generation;
  if (currentItems.length === 0) {
    showAnalysis(null);
    return;
  }
  reader
    .analyze(currentItems, renames)
    .then((next) => {
      if (mine === generation) showAnalysis(next);
    })
    .catch((error: unknown) => errors.showRun(error));
}

mountInputPanel(
  {
    textarea: byId('source-text', HTMLTextAreaElement),
    dropzone: byId('dropzone', HTMLElement),
    fileInput: byId('file-input', HTMLInputElement),
    folderInput: byId('folder-input', HTMLInputElement),
    fileList: byId('file-list', HTMLUListElement),
  },
  {
    onChange: (items) => {
      currentItems = items;
      reanalyze();
    },
    onError: (error) => errors.showRun(error),
  },
);

// The inputs are hidden (a file input cannot be styled); the buttons that open them are in the tab order.
byId('choose-files', HTMLButtonElement).addEventListener('click', () =>
  byId('file-input', HTMLInputElement).click(),
);
byId('choose-folder', HTMLButtonElement).addEventListener('click', () =>
  byId('folder-input', HTMLInputElement).click(),
);

// A file dropped beside the drop zone must not make the browser leave the page (and lose the input).
window.addEventListener('dragover', (event) => event.preventDefault());
window.addEventListener('drop', (event) => event.preventDefault());

for (const [format, button] of Object.entries(buttons) as [BriefingFormat, HTMLButtonElement][]) {
  button.addEventListener('click', () => void makeBriefing(format));
}

async function makeBriefing(format: BriefingFormat): Promise<void> {
  const choices = options.read();
  if (!analysis || !choices || busy) return;
  lastFormat = format;
  busy = true;
  updateButtons();
  errors.clearRun();
  cancelButton.hidden = false;
  try {
    progress.update('正在准备……', 0.05);
    const file = await renderer.render(
      format,
      briefingReports(),
      chosenSentences(),
      choices,
      (text, fraction) => progress.update(text, fraction),
    );
    const fileName = `${choices.name}第${choices.issue}期.${format}`;
    downloadBlob(file, fileName);
    if (format === 'pdf') {
      fontStatus.dataset.state = 'ready';
      fontStatus.textContent = '排版字体已下载并保存在本机，断网后仍可生成 PDF。';
    }
    progress.done(`已生成 ${fileName}（${formatKb(file.size)}）`);
  } catch (error) {
    if (error instanceof RenderCancelled) progress.done('已取消，可重新生成。');
    else {
      progress.hide();
      errors.showRun(error);
    }
  } finally {
    busy = false;
    cancelButton.hidden = true;
    updateButtons();
  }
}

cancelButton.addEventListener('click', () => renderer.cancel());

// The reviewed extraction, one JSON per input: dropped into the page again (or given to `jianbao brief`), it
// gives back the figures as corrected and the sentences as chosen.
reviewButton.addEventListener('click', () => {
  if (!analysis) return;
  for (const file of reviewFiles(analysis.inputs, edits, chosenSentences()))
    downloadBlob(new Blob([file.json], { type: 'application/json' }), file.fileName);
});

function formatMb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function formatKb(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : formatMb(bytes);
}
