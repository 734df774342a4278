import type { CityReport, Span } from '@jianbao/core';
import type { Analysis } from './analyze';
import type { BriefingFormat } from './briefing';
import type { InputItem } from './inputs';
import type { BriefingChoices } from './options-form';
import type { WireError } from './wire-error';

/** What the page asks a worker: a briefing file… */
export interface RenderRequest {
  id: number;
  kind: 'render';
  format: BriefingFormat;
  reports: CityReport[];
  /** Per city: the sentences its part quotes, as a person chose them. */
  chosen: Record<string, Span[]>;
  choices: BriefingChoices;
}

/** …or the inputs read, extracted and added up (reading a PDF or 13 reports takes hundreds of ms). */
export interface AnalyzeRequest {
  id: number;
  kind: 'analyze';
  items: InputItem[];
  /** The person's city renames, by city key. */
  renames: [string, string][];
}

export type WorkerRequest = RenderRequest | AnalyzeRequest;

/** An Analysis as it is posted: its errors as WireErrors (an Error loses its code in the copy). */
export type WireAnalysis = Omit<Analysis, 'errors'> & { errors: { origin: string; error: WireError }[] };

export type WorkerReply =
  | { id: number; kind: 'progress'; text: string; fraction: number | null }
  /** The file as a Blob, made in the worker: making a Blob of a megabyte on the page's thread takes tens of ms. */
  | { id: number; kind: 'done'; file: Blob }
  | { id: number; kind: 'analysis'; analysis: WireAnalysis }
  | { id: number; kind: 'error'; error: WireError };
