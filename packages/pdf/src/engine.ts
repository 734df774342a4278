import * as pdfmakeModule from 'pdfmake';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';
import type { ParsedFont } from './fonts/font-cache.js';

interface VirtualFs {
  existsSync(name: string): boolean;
  writeFileSync(name: string, content: Uint8Array): void;
}

interface Pdfmake {
  virtualfs: VirtualFs;
  setFonts(fonts: TFontDictionary): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy?(policy: (path: string) => boolean): void;
  createPdf(definition: TDocumentDefinitions): { getBuffer(): Promise<Uint8Array> };
}

// pdfmake exports a ready-made instance (CommonJS in Node, a UMD bundle in browsers); reach it through
// `default` when a bundler or Node's ESM loader wraps it.
const shared = ((pdfmakeModule as { default?: unknown }).default ?? pdfmakeModule) as Pdfmake;

let engine: Pdfmake | undefined;

/**
 * Our own pdfmake instance, so fonts and access policies set here never leak into (or from) other users
 * of pdfmake in the same process. It reads nothing from disk or network: fonts come from its virtual
 * file system.
 */
function pdfmake(): Pdfmake {
  if (!engine) {
    const Engine = (shared as unknown as { constructor: new () => Pdfmake }).constructor;
    engine = new Engine();
    engine.setUrlAccessPolicy(() => false);
    engine.setLocalAccessPolicy?.(() => false);
  }
  return engine;
}

/** What pdfmake is given for a font: its bytes, or (Node, see `reuseParsedFonts`) a stub naming a parsed font. */
let stubFor: ((font: ParsedFont) => Uint8Array) | null = null;

/** Lets the Node entry hand pdfmake stubs for fonts that are already parsed. */
export function setFontStubs(stub: (font: ParsedFont) => Uint8Array): void {
  stubFor = stub;
}

/** Lays out and writes the PDF; `fonts` are the fonts the definition names by key. */
export async function runPdfmake(definition: TDocumentDefinitions, fonts: ParsedFont[]): Promise<Uint8Array> {
  const instance = pdfmake();
  const dictionary: TFontDictionary = {};
  for (const font of fonts) {
    const stub = stubFor?.(font);
    const name = stub ? `${font.key}.parsed` : font.key;
    // Written once per process: the virtual file system keeps the bytes, named by their digest.
    if (!instance.virtualfs.existsSync(name)) instance.virtualfs.writeFileSync(name, stub ?? font.file.data);
    // A fresh descriptor per render: pdfmake replaces a collection's [file, face] entry with the bytes.
    const face = () => (!stub && font.file.postscriptName ? [name, font.file.postscriptName] : name);
    dictionary[font.key] = { normal: face(), bold: face(), italics: face(), bolditalics: face() } as never;
  }
  instance.setFonts(dictionary);
  const buffer = await instance.createPdf(definition).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
