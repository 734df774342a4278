/**
 * The JSON Schema (draft 2020-12) of the extraction contract, for validators in other languages and tools. Loaded
 * on first call: an app that never asks for it does not carry it (it is the size of the lexicon's units and
 * indicators together). In TypeScript, `extractionSchema` (zod) checks the same contract.
 */
export async function loadExtractionJsonSchema(): Promise<Record<string, unknown>> {
  return (await import('./schema.json.js')).extractionJsonSchema;
}
