import { JianbaoError } from '../errors.js';
import { TO_HANS_FROM, TO_HANS_MASK } from './changes.data.js';

export type ScriptTarget = 'hans' | 'hant';

const converters = new Map<ScriptTarget, Promise<(s: string) => string>>();

/**
 * A converter to Simplified (`hans`, OpenCC tw → cn) or Traditional (`hant`, cn → tw) script. The `tw` character
 * set writes the forms Chinese readers expect in print (為, 群眾, 裡, 著力), where OpenCC's own `t` standard writes
 * 爲, 羣衆, 裏, 着力; going back, `tw` → `cn` also folds those standard forms.
 * opencc-js is imported on first use, so core stays light when conversion is not used; the dictionaries
 * load once per target. Never the `twp` (phrase) configs: they rewrite vocabulary (簡報 → 演示文稿).
 */
export function loadScriptConverter(to: ScriptTarget): Promise<(s: string) => string> {
  if (to !== 'hans' && to !== 'hant') {
    return Promise.reject(new JianbaoError('USAGE', `Unknown script "${String(to)}": expected hans or hant`));
  }
  let converter = converters.get(to);
  if (!converter) {
    converter =
      to === 'hant'
        ? import('opencc-js/cn2t').then((m) => m.Converter({ from: 'cn', to: 'tw' }))
        : import('opencc-js/t2cn').then((m) => m.Converter({ from: 'tw', to: 'cn' }));
    converter.catch(() => converters.delete(to));
    converters.set(to, converter);
  }
  return converter;
}

/** `text` in the given script (see loadScriptConverter). */
export async function convertScript(text: string, to: ScriptTarget): Promise<string> {
  return (await loadScriptConverter(to))(text);
}

/** A mark per UTF-16 unit the conversion to Simplified may rewrite (built on first use from changes.data.ts). */
let toHansMarks: Uint8Array | null = null;
function marksToHans(): Uint8Array {
  if (toHansMarks) return toHansMarks;
  const marks = new Uint8Array(0x10000);
  const bits = atob(TO_HANS_MASK);
  for (let i = 0; i < bits.length * 8; i++)
    if ((bits.charCodeAt(i >> 3) >> (i & 7)) & 1) marks[TO_HANS_FROM + i] = 1;
  // Taken whole, as the data lists only U+3400–U+9FFF: compatibility ideographs (the converter normalizes them)
  // and characters beyond the BMP (by their lead surrogates). Rare in reports; more marks only cost a load.
  marks.fill(1, 0xf900, 0xfb00);
  marks.fill(1, 0xd800, 0xdc00);
  toHansMarks = marks;
  return marks;
}

/**
 * Whether converting `text` to `to` may change it. False only when it surely does not: for `hans`, when the text
 * holds none of the characters the tw → cn dictionaries rewrite (generated data), so a Simplified briefing of
 * Simplified reports never loads them. Conversion to `hant` is always assumed to change something.
 */
export function mayConvert(text: string, to: ScriptTarget): boolean {
  if (to !== 'hans') return true;
  const marks = marksToHans();
  for (let i = 0; i < text.length; i++) if (marks[text.charCodeAt(i)] === 1) return true;
  return false;
}
