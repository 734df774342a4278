import { type BriefingDocument, type CityReport, composeBriefing, summarize } from '@jianbao/core';
import { renderDocx } from '@jianbao/docx';
import { renderPdf } from '@jianbao/pdf';
import type { BriefingFonts } from './fonts';
import type { BriefingChoices } from './options-form';

export type BriefingFormat = 'pdf' | 'docx';

/** The same stages the CLI runs: summarize the reports, compose the document in the chosen script and style. */
export async function composeFromReports(
  reports: CityReport[],
  choices: BriefingChoices,
): Promise<BriefingDocument> {
  const summary = summarize(reports);
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

export function renderPdfBytes(doc: BriefingDocument, fonts: BriefingFonts): Promise<Uint8Array> {
  return renderPdf(doc, { fonts });
}

export function renderDocxBytes(doc: BriefingDocument): Promise<Uint8Array> {
  return renderDocx(doc);
}
