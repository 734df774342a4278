import { FROM, TO } from '../lexicon/fold.data.js';
import type { Script } from '../types.js';
import { HANS_EXTRA, HANS_MASK, HANT_EXTRA, HANT_MASK } from './chars.data.js';

/**
 * Marks as `kind` in `evidence` the characters of `table` whose bit is set in `mask` (base64, lowest bit first),
 * and `extra` (generated data: chars.data.ts); a character already marked keeps its mark.
 */
function mark(evidence: Uint8Array, table: string, mask: string, extra: string, kind: 1 | 2): void {
  const bits = atob(mask);
  const set = (code: number) => {
    if (evidence[code] === 0) evidence[code] = kind;
  };
  for (let i = 0; i < table.length; i++)
    if ((bits.charCodeAt(i >> 3) >> (i & 7)) & 1) set(table.charCodeAt(i));
  for (let i = 0; i < extra.length; i++) set(extra.charCodeAt(i));
}

/** 1: only Simplified writes this unit, 2: only Traditional; a typed table, as the count runs over whole inputs. */
const EVIDENCE = (() => {
  const table = new Uint8Array(0x10000);
  mark(table, [...new Set(TO)].sort().join(''), HANS_MASK, HANS_EXTRA, 1);
  mark(table, FROM, HANT_MASK, HANT_EXTRA, 2);
  return table;
})();

/** How many characters of `text` only Simplified (`hans`) or only Traditional (`hant`) script writes. */
export function countScriptEvidence(text: string): { hans: number; hant: number } {
  let h = 0;
  let t = 0;
  for (let i = 0; i < text.length; i++) {
    const kind = EVIDENCE[text.charCodeAt(i)];
    if (kind === 1) h += 1;
    else if (kind === 2) t += 1;
  }
  return { hans: h, hant: t };
}

/**
 * The script `text` is written in, from a table of common characters that differ between the scripts.
 * `mixed` when the minority script has at least 10% of the evidence and more than two characters (machine-
 * converted text keeps a few stray characters of the other script); `hans` when there is no evidence at all.
 */
export function detectScript(text: string): Script {
  return scriptFromEvidence(countScriptEvidence(text));
}

/** detectScript's reading of a count already made (countScriptEvidence). */
export function scriptFromEvidence({ hans: h, hant: t }: { hans: number; hant: number }): Script {
  const minority = Math.min(h, t);
  if (minority > 2 && minority >= 0.1 * (h + t)) return 'mixed';
  return t > h ? 'hant' : 'hans';
}

/** `hans` or `hant`, whichever has more evidence (ties and no evidence: `hans`). */
export function dominantScript(text: string): 'hans' | 'hant' {
  return dominantFromEvidence(countScriptEvidence(text));
}

/** dominantScript's reading of a count already made. */
export function dominantFromEvidence({ hans: h, hant: t }: { hans: number; hant: number }): 'hans' | 'hant' {
  return t > h ? 'hant' : 'hans';
}
