import { type ReviewDocument, reviewDocument, type Span } from '@jianbao/core';
import type { ReadInput } from './analyze';
import { editedMetric, type MetricEdit, spanKey } from './edits';

/** A reviewed extraction to download: the same JSON `jianbao extract --review` writes and `brief` reads. */
export interface ReviewFile {
  fileName: string;
  json: string;
}

/**
 * One review document per input, with the person's corrections written into its figures (a corrected figure is
 * marked `reviewed`; a figure left out is not in it) and each city's chosen sentences as its `excerpt`.
 */
export function reviewFiles(
  inputs: readonly ReadInput[],
  edits: ReadonlyMap<string, MetricEdit>,
  chosen: Readonly<Record<string, Span[]>>,
): ReviewFile[] {
  return inputs.map((input) => {
    const doc: ReviewDocument = reviewDocument(input.source, input.extraction);
    const sections = doc.sections.map((section) => {
      const metrics = section.metrics.flatMap((metric) => {
        const edited = editedMetric(metric, edits.get(spanKey(input.origin, metric.span)));
        return edited ? [edited] : [];
      });
      const excerpt = section.city ? (chosen[section.city] ?? section.excerpt) : section.excerpt;
      return { ...section, metrics, ...(excerpt ? { excerpt } : {}) };
    });
    const base = input.origin.replace(/(\.review)?\.[^.]+$/, '');
    return { fileName: `${base}.review.json`, json: `${JSON.stringify({ ...doc, sections }, null, 2)}\n` };
  });
}
