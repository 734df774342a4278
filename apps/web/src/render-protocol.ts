import type { CityReport, Span } from '@jianbao/core';
import type { BriefingFormat } from './briefing';
import type { BriefingChoices } from './options-form';

/** What the page asks the render worker: a briefing file. */
export interface RenderRequest {
  id: number;
  kind: 'render';
  format: BriefingFormat;
  reports: CityReport[];
  /** Per city: the sentences its part quotes, as a person chose them. */
  chosen: Record<string, Span[]>;
  choices: BriefingChoices;
}

/** An error as it crosses to the page: a JianbaoError keeps its code and details. */
export interface WireError {
  name: string;
  message: string;
  code?: string;
  details?: Record<string, unknown>;
}

export type RenderReply =
  | { id: number; kind: 'progress'; text: string; fraction: number | null }
  /** The file as a Blob, made in the worker: making a Blob of a megabyte on the page's thread takes tens of ms. */
  | { id: number; kind: 'done'; file: Blob }
  | { id: number; kind: 'error'; error: WireError };
