import { JianbaoError } from '../errors.js';

export type ScriptTarget = 'hans' | 'hant';

const converters = new Map<ScriptTarget, Promise<(s: string) => string>>();

/**
 * A converter to Simplified (`hans`, OpenCC t → cn) or Traditional (`hant`, cn → t) script.
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
        ? import('opencc-js/cn2t').then((m) => m.Converter({ from: 'cn', to: 't' }))
        : import('opencc-js/t2cn').then((m) => m.Converter({ from: 't', to: 'cn' }));
    converter.catch(() => converters.delete(to));
    converters.set(to, converter);
  }
  return converter;
}

/** `text` in the given script (see loadScriptConverter). */
export async function convertScript(text: string, to: ScriptTarget): Promise<string> {
  return (await loadScriptConverter(to))(text);
}
