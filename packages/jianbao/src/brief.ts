import {
  type BriefingDocument,
  type BriefingWarning,
  briefingWarnings,
  composeBriefing,
  type Extraction,
  type InputFormat,
  JianbaoError,
  type ProvincialSummary,
  summarizeInputs,
} from '@jianbao/core';
import { type BriefInput, readInputs } from './inputs.js';
import { BRIEF_OPTIONS, type BriefOptions, formatsOf, refuseUnknown } from './options.js';

/** What was read and added up: each input's extraction (the `jianbao extract --json` contract) and the summary. */
export interface BriefData {
  inputs: Array<{ origin: string | null; format: InputFormat; extraction: Extraction }>;
  summary: ProvincialSummary;
}

export interface BriefResult {
  /** The briefing as a document tree (render it again, or insert a section, and render that). */
  document: BriefingDocument;
  /** With `'pdf'` among the formats (the default). */
  pdf?: Uint8Array;
  /** With `'docx'` among the formats (the default). */
  docx?: Uint8Array;
  data: BriefData;
  /** Non-fatal findings with codes (DUPLICATE_CITY, SECTION_EMPTY …), in input order. */
  warnings: BriefingWarning[];
}

/** How the PDF is made: the isomorphic entry needs fonts; `jianbao/node` finds them. */
export interface PdfRenderer<Pdf> {
  /** Refuses, before any input is read, options the PDF cannot be made with. */
  check?: (options: Pdf | undefined) => void;
  render: (document: BriefingDocument, options: Pdf | undefined) => Promise<Uint8Array>;
}

/** `brief` with a given PDF renderer: read, extract, summarize, compose, render (core's path, as the CLI's). */
export async function briefWith<Pdf extends object>(
  inputs: readonly BriefInput[],
  options: BriefOptions<Pdf> | undefined,
  pdf: PdfRenderer<Pdf>,
): Promise<BriefResult> {
  refuseUnknown(options, BRIEF_OPTIONS, 'options');
  const opts = options ?? {};
  const formats = formatsOf(opts);
  const pdfOptions = withTheme(opts.pdf, opts.theme);
  const docxOptions = withTheme(opts.docx, opts.theme);
  if (formats.includes('pdf')) pdf.check?.(pdfOptions);
  const read = await readInputs(inputs);
  const summary = summarizeInputs(read, opts.summarize ?? {});
  const warnings = briefingWarnings(read, summary);
  const document = await composeBriefing(summary, opts.compose ?? {});
  const result: BriefResult = {
    document,
    data: {
      inputs: read.map((input) => ({
        origin: input.origin,
        format: input.source.format,
        extraction: input.extraction,
      })),
      summary,
    },
    warnings,
  };
  // The renderers are loaded only when asked for: a docx-only caller never loads pdfmake, and the reverse.
  if (formats.includes('pdf')) result.pdf = await pdf.render(document, pdfOptions);
  if (formats.includes('docx')) {
    const { renderDocx } = await import('@jianbao/docx');
    result.docx = await renderDocx(document, docxOptions ?? {});
  }
  return result;
}

function withTheme<T extends object>(options: T | undefined, theme: BriefOptions['theme']): T | undefined {
  if (theme === undefined || (options && 'theme' in options)) return options;
  return { ...options, theme } as T;
}

/** FONT_NOT_FOUND when a PDF is asked for without fonts, saying the three ways out. */
export function fontsNeeded(): JianbaoError {
  return new JianbaoError(
    'FONT_NOT_FOUND',
    "brief: a PDF needs fonts: pass options.pdf.fonts ({ body: { data, origin } }, see @jianbao/pdf), import { brief } from 'jianbao/node' to use fonts found on this machine, or ask for formats: ['docx']",
    { where: 'brief(options.pdf.fonts)' },
  );
}
