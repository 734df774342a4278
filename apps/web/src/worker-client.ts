import type { CityReport, Span } from '@jianbao/core';
import type { Analysis } from './analyze';
import type { BriefingFormat } from './briefing';
import type { InputItem } from './inputs';
import type { BriefingChoices } from './options-form';
import { serviceWorkerReady } from './register-sw';
import { fromWire } from './wire-error';
import type { AnalyzeRequest, RenderRequest, WireAnalysis, WorkerReply } from './worker-protocol';

export type RenderProgress = (text: string, fraction: number | null) => void;

/** Thrown (rejected with) when the person cancels a render. */
export class RenderCancelled extends Error {
  override readonly name = 'RenderCancelled';
}

type Pending = {
  resolve: (value: Blob | WireAnalysis) => void;
  reject: (error: unknown) => void;
  onProgress?: RenderProgress;
};

/**
 * The page's side of one worker (worker.ts), kept between requests (it keeps the fonts and the files it read);
 * cancelling ends it, and the next request starts a new one.
 */
export class WorkerClient {
  private worker: Promise<Worker> | null = null;
  private next = 1;
  private readonly pending = new Map<number, Pending>();

  constructor() {
    // A worker started before the service worker took the page over fetches its scripts past it, and they would
    // be missing offline: an idle one is ended when that happens, and the next request starts a new one.
    navigator.serviceWorker?.addEventListener('controllerchange', () => {
      if (this.pending.size === 0) this.end();
    });
  }

  render(
    format: BriefingFormat,
    reports: CityReport[],
    chosen: Record<string, Span[]>,
    choices: BriefingChoices,
    onProgress?: RenderProgress,
  ): Promise<Blob> {
    return this.ask({ kind: 'render', format, reports, chosen, choices }, onProgress) as Promise<Blob>;
  }

  /** The inputs read and extracted in the worker (a file's bytes are read there, and kept under its id). */
  async analyze(items: InputItem[], renames: ReadonlyMap<string, string>): Promise<Analysis> {
    const wire = (await this.ask({ kind: 'analyze', items, renames: [...renames] })) as WireAnalysis;
    return { ...wire, errors: wire.errors.map(({ origin, error }) => ({ origin, error: fromWire(error) })) };
  }

  /** Stops whatever the worker is doing; every pending request rejects with RenderCancelled. */
  cancel(): void {
    this.end();
    for (const pending of this.pending.values()) pending.reject(new RenderCancelled('已取消'));
    this.pending.clear();
  }

  private end(): void {
    void this.worker?.then((worker) => worker.terminate());
    this.worker = null;
  }

  private async ask(
    request: Omit<RenderRequest, 'id'> | Omit<AnalyzeRequest, 'id'>,
    onProgress?: RenderProgress,
  ): Promise<Blob | WireAnalysis> {
    const id = this.next++;
    const started = this.ensureWorker();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, ...(onProgress ? { onProgress } : {}) });
      started.then((worker) => worker.postMessage({ ...request, id }), reject);
    });
  }

  private ensureWorker(): Promise<Worker> {
    if (this.worker) return this.worker;
    // On a first visit the service worker is still being installed: waited for (briefly), so that this worker's
    // scripts pass through it and are kept for offline use.
    this.worker = serviceWorkerReady().then(() => this.start());
    return this.worker;
  }

  private start(): Worker {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const message = event.data;
      const pending = this.pending.get(message.id);
      if (!pending) return;
      if (message.kind === 'progress') {
        pending.onProgress?.(message.text, message.fraction);
        return;
      }
      this.pending.delete(message.id);
      if (message.kind === 'done') pending.resolve(message.file);
      else if (message.kind === 'analysis') pending.resolve(message.analysis);
      else pending.reject(fromWire(message.error));
    });
    // The worker's own script could not be loaded (offline before it was ever fetched): every request fails.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      const error = new Error(`worker failed to load: ${event.message || 'network'}`);
      for (const pending of this.pending.values()) pending.reject(error);
      this.pending.clear();
      worker.terminate();
      this.worker = null;
    });
    return worker;
  }
}
