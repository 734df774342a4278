import { type DraftBlock, heading, paragraph, text } from '../nodes.js';
import type { PartContext } from './context.js';

/** 附：数字说明 — how the figures were read and added; only when asked for (`parts.method`). */
export function method({ summary }: PartContext): DraftBlock[] {
  return [
    heading(1, '附：数字说明', false, 'method'),
    ...summary.method.map((line) => paragraph([text(line)])),
  ];
}
