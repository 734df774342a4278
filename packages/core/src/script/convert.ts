import { JianbaoError } from '../errors.js';

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
