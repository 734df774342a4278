/**
 * Kinsoku (禁則): the marks a line may not open with and the marks it may not close with. One table for every
 * line breaker: the PDF's paragraph lines and the title's lines (titleLines) for both renderers.
 */
export const NO_LINE_START: ReadonlySet<string> = new Set([
  ...'，。、；：？！）」』”’》〉】〕…—％%,.;:?!)]}·‧﹐﹑﹒﹔﹕',
]);

export const NO_LINE_END: ReadonlySet<string> = new Set([...'（「『“‘《〈【〔([{']);
