import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type BriefingDocument,
  type BriefingInput,
  type BriefingWarning,
  briefingWarnings,
  type CityReport,
  composeBriefing,
  type Extraction,
  type ProvincialSummary,
  type Recipients,
  readBriefingInput,
  type Span,
  summarizeInputs,
} from '@jianbao/core';
import { version } from '../package.json';
import { dataFile } from './data-file.js';
import { errorCode, usageError } from './errors.js';
import { bundledFontPlaces, loadFontOptions, prefetchPdfFonts } from './fonts.js';
import { type OutputFile, writeFilesAtomic } from './io/atomic-write.js';
import { expandInputs, type InputFile, readInput } from './io/inputs.js';
import { jsonPieces } from './io/json-stream.js';
import { readFileSource } from './io/source.js';
import { type LayoutFiles, loadLayoutFiles, printWarning } from './layout-files.js';
import { OUTPUT_FORMATS, type OutputFormat } from './output-formats.js';
import type { Progress } from './progress.js';
import type { StageTimer } from './timings.js';

export { OUTPUT_FORMATS, type OutputFormat };

export interface BriefOptions {
  formats: readonly OutputFormat[];
  /** Output folder. */
  out: string;
  /** File names: `<base>-briefing.pdf`, `<base>-briefing.docx`, `<base>-data.json`. */
  base: string;
  script: 'hans' | 'hant' | 'auto';
  style: 'official' | 'modern';
  title?: string;
  name?: string;
  /** 3 → 第3期; a string is printed as given. */
  issue?: number | string;
  org?: string;
  /** ISO date (YYYY-MM-DD) printed on the briefing; the default comes from the reports themselves. */
  date?: string;
  fonts: readonly string[];
  /** A theme JSON file (any part of a theme) merged over the style. */
  theme?: string;
  /** The office's Word template (.docx) for the Word output. */
  template?: string;
  /** 版记: 报/送/发/抄送 lines, the printing office, 共印N份. */
  recipients?: Recipients;
  printer?: string;
  copies?: number;
  provenance: boolean;
  /** Indent the data JSON (2 spaces) for reading; compact by default. */
  pretty?: boolean;
  keepGoing: boolean;
  /** List the cities in the order of the inputs, not as the province does (by their codes). */
  keepOrder?: boolean;
  /** Folder that input paths are resolved against and shown relative to (default: the working directory). */
  root?: string;
  /**
   * Return the outputs in `files` instead of writing them (a batch worker: its main thread writes, so every
   * temp file is one its signal handler knows).
   */
  deferWrite?: boolean;
}

/** What happened to one input file. */
export interface InputResult {
  file: InputFile;
  /** What core read of it (null when it failed). */
  input: BriefingInput | null;
  extraction: Extraction | null;
  reports: CityReport[];
  /** From a reviewed extraction: the sentences a person chose for each city's part. */
  chosen?: Record<string, Span[]>;
  error: unknown;
}

export interface BriefResult {
  inputs: InputResult[];
  failures: InputResult[];
  /** Null when nothing was written (a failure without --keep-going, or no usable input). */
  summary: ProvincialSummary | null;
  document: BriefingDocument | null;
  /** Non-fatal findings (core's briefingWarnings), in input order. */
  warnings: BriefingWarning[];
  written: string[];
  /** With `deferWrite`: the outputs, not yet written (`written` names them). */
  files?: OutputFile[];
}

/** Reads and extracts every input; a failing file is recorded, never thrown, so all failures get reported. */
export async function extractInputs(
  paths: readonly string[],
  progress: Progress,
  timer: StageTimer,
  root?: string,
  exclude: readonly string[] = [],
): Promise<InputResult[]> {
  const files = await expandInputs(paths, root, exclude);
  if (files.length === 0) throw usageError(`no reports found in ${paths.join(', ')}`, paths.join(', '));
  const results: InputResult[] = [];
  // Each file is read while the one before it is extracted (reading waits on the disk, extracting does not); one
  // file ahead only, so a folder of large files is never all in memory. The read stage counts only the wait.
  let next = readSettled(files[0] as InputFile);
  for (const [index, file] of files.entries()) {
    progress.update('extract', file.display, { index: index + 1, total: files.length });
    const read = next;
    const after = files[index + 1];
    if (after) next = readSettled(after);
    results.push(await extractOne(file, timer, read));
  }
  return results;
}

type ReadResult = { bytes: Uint8Array } | { error: unknown };

/** A file's bytes or its error: a read started ahead never rejects unawaited. */
function readSettled(file: InputFile): Promise<ReadResult> {
  return readInput(file).then(
    (bytes) => ({ bytes }),
    (error: unknown) => ({ error }),
  );
}

async function extractOne(
  file: InputFile,
  timer: StageTimer,
  reading: Promise<ReadResult>,
): Promise<InputResult> {
  try {
    const read = await timer.time('read', () => reading);
    if ('error' in read) throw read.error;
    const bytes = read.bytes;
    // core's one path from an input to reports: a reviewed extraction as reviewed, anything else read
    // (old formats through LibreOffice), extracted, cut into reports with the article's own 編者按.
    const input = await readBriefingInput(bytes, {
      origin: file.display,
      read: () => readFileSource(file, bytes),
      time: (stage, work) => timer.time(stage, work),
    });
    return {
      file,
      input,
      extraction: input.extraction,
      reports: input.reports,
      ...(input.chosen ? { chosen: input.chosen } : {}),
      error: null,
    };
  } catch (error) {
    return { file, input: null, extraction: null, reports: [], error };
  }
}

/**
 * The data file (data-file.ts): the extraction contract for each input plus the provincial summary, each figure
 * stored once; compact unless `pretty`. One string for inputs of up to a million characters, else in pieces (see
 * json-stream.ts): the data of a very large input is longer than one string may be.
 */
export function dataJson(
  inputs: readonly InputResult[],
  summary: ProvincialSummary,
  warnings: readonly BriefingWarning[] = [],
  options: { pretty?: boolean } = {},
): string[] {
  const data = dataFile(
    `jianbao ${version}`,
    inputs.map((input) =>
      input.error === null
        ? { file: input.file.display, format: input.file.format ?? null, extraction: input.extraction }
        : {
            file: input.file.display,
            format: input.file.format ?? null,
            error: {
              code: errorCode(input.error),
              message: (input.error as Error).message ?? String(input.error),
            },
          },
    ),
    summary,
    warnings,
  );
  const inputChars = inputs.reduce((n, input) => n + (input.input?.source.text.length ?? 0), 0);
  return [...jsonPieces(data, options.pretty ? 2 : 0, inputChars)];
}

export function outputPath(options: Pick<BriefOptions, 'out' | 'base'>, format: OutputFormat): string {
  const name = format === 'json' ? `${options.base}-data.json` : `${options.base}-briefing.${format}`;
  return `${options.out.replace(/\/+$/, '') || '.'}/${name}`;
}

/**
 * The whole run: extract, summarize, compose, render, write. Outputs are written all at once at the end
 * (temp files renamed into place), so a failure or an interrupt never leaves a partial briefing.
 */
export async function brief(
  paths: readonly string[],
  options: BriefOptions,
  progress: Progress,
  timer: StageTimer,
): Promise<BriefResult> {
  try {
    return await briefInner(paths, options, progress, timer);
  } finally {
    progress.clear();
  }
}

/** The bundled Noto fonts are this app's dependencies: look for them from here, wherever we run. */
const FONT_SEARCH = [dirname(fileURLToPath(import.meta.url)), process.cwd()];

async function briefInner(
  paths: readonly string[],
  options: BriefOptions,
  progress: Progress,
  timer: StageTimer,
): Promise<BriefResult> {
  // Read first: a bad theme or template is a usage error before any report is read.
  const layout = await loadLayoutFiles(options);
  if (layout.template && !options.formats.includes('docx')) {
    printWarning('--template shapes the Word output only, and no .docx is written (--format)');
  }
  const outputs = OUTPUT_FORMATS.map((format) => outputPath(options, format));
  const inputs = await extractInputs(paths, progress, timer, options.root, outputs);
  const failures = inputs.filter((input) => input.error !== null);
  const usable = inputs.filter((input) => input.error === null);
  if ((failures.length > 0 && !options.keepGoing) || usable.length === 0) {
    return { inputs, failures, summary: null, document: null, warnings: [], written: [] };
  }

  progress.update('summarize');
  const read = usable.flatMap((input) => (input.input ? [input.input] : []));
  const summary = await timer.time('summarize', () =>
    summarizeInputs(read, options.keepOrder ? { order: 'input' } : {}),
  );
  const warnings = briefingWarnings(read, summary);
  // The PDF's fonts are read in the background while the document is composed, once the script is known (as
  // composeBriefing decides it): a head start only, so a failure here is left for the render, which looks for its
  // fonts as always and reports what it cannot read.
  if (options.formats.includes('pdf')) {
    const script = options.script === 'auto' ? (summary.script === 'hant' ? 'hant' : 'hans') : options.script;
    prefetchPdfFonts(options.fonts, script, FONT_SEARCH).catch(() => {});
  }
  // The data JSON is made from the summary: a run that writes only it composes no document (nor converts the
  // cities' words to the briefing's script, the larger part of composing).
  const needsDocument = options.formats.some((format) => format !== 'json');
  if (needsDocument) progress.update('compose');
  const document = needsDocument
    ? await timer.time('compose', () =>
        composeBriefing(summary, {
          script: options.script,
          style: options.style,
          ...(options.title !== undefined ? { title: options.title } : {}),
          ...(options.name !== undefined ? { name: options.name } : {}),
          ...(options.issue !== undefined ? { issue: options.issue } : {}),
          ...(options.org !== undefined ? { office: options.org } : {}),
          ...(options.date !== undefined ? { date: options.date } : {}),
          ...(options.recipients !== undefined ? { recipients: options.recipients } : {}),
          ...(options.printer !== undefined ? { printer: options.printer } : {}),
          ...(options.copies !== undefined ? { copies: options.copies } : {}),
        }),
      )
    : null;

  // Rendered in a fixed order whatever the order asked: Word first, whose allocations are garbage by the time the
  // PDF's fonts (kept parsed for the next render) are loaded, the data JSON last. 2,000 cities peak at 0.94 GB this
  // way, 1.1–1.2 GB in the others measured. The files are listed in the order asked.
  const rendered = new Map<OutputFormat, OutputFile['data']>();
  for (const format of [...options.formats].sort(
    (a, b) => RENDER_ORDER.indexOf(a) - RENDER_ORDER.indexOf(b),
  )) {
    progress.update(`render ${format}`);
    const data = await timer.time(`render ${format}`, () =>
      render(format, document, summary, warnings, inputs, options, layout),
    );
    rendered.set(format, data);
  }
  const files: OutputFile[] = options.formats.map((format) => ({
    path: outputPath(options, format),
    data: rendered.get(format) as OutputFile['data'],
  }));
  if (options.deferWrite) {
    return { inputs, failures, summary, document, warnings, written: files.map((f) => f.path), files };
  }
  progress.update('write');
  await timer.time('write', () => writeFilesAtomic(files));
  return { inputs, failures, summary, document, warnings, written: files.map((f) => f.path) };
}

const RENDER_ORDER: readonly OutputFormat[] = ['docx', 'pdf', 'json'];

async function render(
  format: OutputFormat,
  document: BriefingDocument | null,
  summary: ProvincialSummary,
  warnings: readonly BriefingWarning[],
  inputs: readonly InputResult[],
  options: BriefOptions,
  layout: LayoutFiles,
): Promise<OutputFile['data']> {
  if (format === 'json') return dataJson(inputs, summary, warnings, { pretty: options.pretty === true });
  // Composed whenever a PDF or a Word file is asked for (briefInner).
  if (document === null) throw new Error(`no briefing document was composed for the ${format}`);
  switch (format) {
    // The renderers are loaded only when asked for: `--help` and `extract` start without them.
    case 'pdf': {
      const { renderPdfNode, fontPlaces } = await import('@jianbao/pdf/node');
      const places = await bundledFontPlaces(document, fontPlaces);
      return renderPdfNode(document, {
        fonts: await loadFontOptions(options.fonts),
        style: options.style,
        ...(layout.theme ? { theme: layout.theme } : {}),
        onWarning: printWarning,
        resolve: {
          searchFrom: FONT_SEARCH,
          ...(places ? { places } : {}),
        },
      });
    }
    case 'docx': {
      const { renderDocx } = await import('@jianbao/docx');
      return renderDocx(document, {
        provenance: options.provenance,
        style: options.style,
        ...(layout.theme ? { theme: layout.theme } : {}),
        ...(layout.template ? { template: layout.template } : {}),
        onWarning: printWarning,
      });
    }
  }
}
