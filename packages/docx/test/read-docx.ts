import JSZip from 'jszip';
import mammoth from 'mammoth';

/** A rendered .docx opened for reading: its parts as text, and its body text as mammoth reads it. */
export interface OpenedDocx {
  paths: string[];
  part(path: string): Promise<string>;
  has(path: string): boolean;
  raw: Uint8Array;
  zip: JSZip;
}

export async function openDocx(bytes: Uint8Array): Promise<OpenedDocx> {
  const zip = await JSZip.loadAsync(bytes);
  const paths = Object.keys(zip.files).filter((path) => !zip.files[path]?.dir);
  return {
    paths,
    raw: bytes,
    zip,
    has: (path) => paths.includes(path),
    part: async (path) => {
      const file = zip.file(path);
      if (!file) throw new Error(`No part ${path} in the package (has ${paths.join(', ')})`);
      return file.async('string');
    },
  };
}

export async function docxText(bytes: Uint8Array): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return value;
}
