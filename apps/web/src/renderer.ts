import { type CityReport, JianbaoError, type JianbaoErrorCode, type Span } from '@jianbao/core';
import type { BriefingFormat } from './briefing';
import type { BriefingChoices } from './options-form';
import type { RenderReply, RenderRequest, WireError } from './render-protocol';

export type RenderProgress = (text: string, fraction: number | null) => void;

/** Thrown (rejected with) when the person cancels a render. */
export class RenderCancelled extends Error {
  override readonly name = 'RenderCancelled';
}

type Pending = {
  resolve: (file: Blob) => void;
  reject: (error: unknown) => void;
  onProgress?: RenderProgress;
};

/**
 * The page's side of the render worker: one worker, kept between renders (it keeps the fonts it fetched);
 * cancelling ends it, and the next request starts a new one.
 */
export class Renderer {
  private worker: Worker | null = null;
  private next = 1;
  private readonly pending = new Map<number, Pending>();

  render(
    format: BriefingFormat,
    reports: CityReport[],
    chosen: Record<string, Span[]>,
    choices: BriefingChoices,
    onProgress?: RenderProgress,
  ): Promise<Blob> {
    return this.ask({ kind: 'render', format, reports, chosen, choices }, onProgress);
  }

  /** Stops whatever the worker is doing; every pending request rejects with RenderCancelled. */
  cancel(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const pending of this.pending.values()) pending.reject(new RenderCancelled('已取消'));
    this.pending.clear();
  }

  private ask(request: Omit<RenderRequest, 'id'>, onProgress?: RenderProgress): Promise<Blob> {
    const id = this.next++;
    const worker = this.ensureWorker();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, ...(onProgress ? { onProgress } : {}) });
      worker.postMessage({ ...request, id } as RenderRequest);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./render-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<RenderReply>) => {
      const message = event.data;
      const pending = this.pending.get(message.id);
      if (!pending) return;
      if (message.kind === 'progress') {
        pending.onProgress?.(message.text, message.fraction);
        return;
      }
      this.pending.delete(message.id);
      if (message.kind === 'done') pending.resolve(message.file);
      else pending.reject(fromWire(message.error));
    });
    // The worker's own script could not be loaded (offline before it was ever fetched): every request fails.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      const error = new Error(`render worker failed to load: ${event.message || 'network'}`);
      for (const pending of this.pending.values()) pending.reject(error);
      this.pending.clear();
      this.worker?.terminate();
      this.worker = null;
    });
    this.worker = worker;
    return worker;
  }
}

function fromWire(error: WireError): Error {
  if (error.code) return new JianbaoError(error.code as JianbaoErrorCode, error.message, error.details ?? {});
  const plain = new Error(error.message);
  plain.name = error.name;
  return plain;
}
