import type { BriefingDocument } from '../../src/document/schema.js';
import { briefingInputOf, composeBriefing, summarizeInputs } from '../../src/index.js';
import { readSource } from '../../src/ingest/read-source.js';

/** The briefing of some cities' reports given as plain texts, one file each (`<city>.txt`), in Simplified. */
export function briefingOfTexts(reports: Record<string, string>, date: string): Promise<BriefingDocument> {
  const inputs = Object.entries(reports).map(([city, text]) =>
    briefingInputOf(readSource(text, { origin: `${city}.txt` })),
  );
  return composeBriefing(summarizeInputs(inputs), { date, script: 'hans' });
}
