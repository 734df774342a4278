import { checkKnownOptions } from '../guard.js';
import { type SummarizeOptions, summarize } from '../summarize/summarize.js';
import type { ProvincialSummary } from '../summarize/types.js';
import type { BriefingInput } from './input.js';

/**
 * The province's summary of several inputs: their reports in input order, and the sentences a person chose in
 * any reviewed extraction among them.
 */
export function summarizeInputs(
  inputs: readonly BriefingInput[],
  options: Omit<SummarizeOptions, 'chosenSentences'> = {},
): ProvincialSummary {
  checkKnownOptions('summarizeInputs', options, ['cities', 'prefaces', 'excerptLength', 'lexicon', 'order']);
  const chosenSentences = Object.assign({}, ...inputs.map((input) => input.chosen ?? {}));
  return summarize(
    inputs.flatMap((input) => input.reports),
    Object.keys(chosenSentences).length > 0 ? { ...options, chosenSentences } : options,
  );
}
