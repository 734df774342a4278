import { type BriefingDocument, type CityReport, composeBriefing, type Span, summarize } from '@jianbao/core';
import type { BriefingFonts } from './fonts';
import type { BriefingChoices } from './options-form';

export type BriefingFormat = 'pdf' | 'docx';

/** The same stages the CLI runs: summarize the reports, compose the document in the chosen script and style. */
export async function composeFromReports(
  reports: CityReport[],
  choices: BriefingChoices,
  chosenSentences: Record<string, Span[]> = {},
): Promise<BriefingDocument> {
  const summary = summarize(reports, { chosenSentences });
  return composeBriefing(summary, {
    name: choices.name,
    issue: choices.issue,
    title: choices.title ?? undefined,
    office: choices.office,
    date: choices.date,
    script: choices.script,
    style: choices.style,
  });
}

// Each renderer is loaded when its format is first asked for: a Word file never waits for (or downloads)
// the PDF layout engine, nor a PDF for the Word writer.
export async function renderPdfBytes(doc: BriefingDocument, fonts: BriefingFonts): Promise<Uint8Array> {
  const { renderPdf } = await import('@jianbao/pdf');
  return renderPdf(doc, { fonts });
}

export async function renderDocxBytes(doc: BriefingDocument): Promise<Uint8Array> {
  const { renderDocx } = await import('@jianbao/docx');
  return renderDocx(doc);
}

/**
 * Loads the Word writer while a PDF is made (its fonts being fetched), so that a Word file can then be made offline
 * too (the other way round is not done: a PDF offline needs the fonts, which only a PDF fetches). A failure here is
 * only a later fetch: the render that needs it reports it.
 */
export function warmDocx(): void {
  import('@jianbao/docx').catch(() => undefined);
}
