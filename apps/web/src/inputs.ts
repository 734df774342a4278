/**
 * One piece of input: the pasted text, or a file (read, decoded and extracted in the worker by core, which
 * knows the encodings and formats).
 */
export interface InputItem {
  /** Shown in messages and provenance: the file name, or PASTED_ORIGIN for the text box. */
  origin: string;
  /** A File crosses to the worker as a handle: its bytes are read there, not on the page's thread. */
  content: string | Blob;
  /** A file's number while it is in the list: the worker keeps what it read under it. */
  id?: number;
}

export const PASTED_ORIGIN = '粘贴的文本';
