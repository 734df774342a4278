import { isJianbaoError, JianbaoError, type JianbaoErrorCode } from '@jianbao/core';

/** An error as it crosses between the page and its workers: a JianbaoError keeps its code and details. */
export interface WireError {
  name: string;
  message: string;
  code?: string;
  details?: Record<string, unknown>;
}

export function toWire(error: unknown): WireError {
  if (isJianbaoError(error)) {
    // Details are plain data (where, snippet, lists of characters); anything else would not survive the copy.
    const details = JSON.parse(JSON.stringify(error.details)) as Record<string, unknown>;
    return { name: error.name, message: error.message, code: error.code, details };
  }
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

export function fromWire(error: WireError): Error {
  if (error.code) return new JianbaoError(error.code as JianbaoErrorCode, error.message, error.details ?? {});
  const plain = new Error(error.message);
  plain.name = error.name;
  return plain;
}
