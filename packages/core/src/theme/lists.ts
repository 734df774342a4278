import type { Inline } from '../document/schema.js';
import { listMark } from './resolve.js';
import type { ResolvedTheme } from './types.js';

// Punctuation an item may already end with; the enumeration puts its own separator there.
const TRAILING = /[。；;，,.\s]+$/;

/**
 * A list run into one paragraph, as 简报 enumerate (一是……；二是……。): each item after its lead, the items
 * separated and the last one closed as the theme says. The items' own runs (figures, excerpts) are kept.
 */
export function inlineEnumeration(theme: ResolvedTheme, items: readonly Inline[][]): Inline[] {
  const { inlineLead, inlineSeparator, inlineEnd } = theme.numbering;
  const out: Inline[] = [];
  items.forEach((item, index) => {
    const lead = listMark(inlineLead, index + 1);
    if (lead) out.push({ type: 'text', value: lead });
    out.push(...trimEnd(item));
    out.push({ type: 'text', value: index === items.length - 1 ? inlineEnd : inlineSeparator });
  });
  return out;
}

/** The item without the punctuation it ends with (inside a closing excerpt too). */
function trimEnd(item: readonly Inline[]): Inline[] {
  const runs = [...item];
  const last = runs[runs.length - 1];
  if (last?.type === 'text' || last?.type === 'emphasis') {
    const value = last.value.replace(TRAILING, '');
    if (value) runs[runs.length - 1] = { ...last, value };
    else runs.pop();
  } else if (last?.type === 'excerpt') {
    const end = last.children[last.children.length - 1];
    if (end?.type === 'text') {
      const value = end.value.replace(TRAILING, '');
      const children = value
        ? [...last.children.slice(0, -1), { ...end, value }]
        : last.children.slice(0, -1);
      if (children.length > 0) runs[runs.length - 1] = { ...last, children };
    }
  }
  return runs;
}
