/// <reference lib="webworker" />
// The page's heavy work runs here, off its thread, so the page keeps responding (and a render can be
// cancelled): reading and extracting the inputs (a PDF's text layer, 13 reports: hundreds of ms), and composing
// and rendering a briefing (a second or more for a PDF). The page starts two of these: one reads, one renders.
import { analyzeAsync } from './analyze';
import { composeFromReports, renderDocxBytes, renderPdfBytes, warmDocx } from './briefing';
import { DOCX_MIME, PDF_MIME } from './download';
import { loadFonts, rolesFor } from './fonts';
import { toWire } from './wire-error';
import type { AnalyzeRequest, RenderRequest, WorkerReply, WorkerRequest } from './worker-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function reply(message: WorkerReply): void {
  scope.postMessage(message);
}

function formatMb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

scope.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.kind === 'analyze') analyze(request);
  else render(request);
});

function analyze(request: AnalyzeRequest): void {
  analyzeAsync(request.items, new Map(request.renames)).then(
    (analysis) =>
      reply({
        id: request.id,
        kind: 'analysis',
        analysis: {
          ...analysis,
          errors: analysis.errors.map(({ origin, error }) => ({ origin, error: toWire(error) })),
        },
      }),
    (error: unknown) => reply({ id: request.id, kind: 'error', error: toWire(error) }),
  );
}

function render(request: RenderRequest): void {
  const progress = (text: string, fraction: number | null) =>
    reply({ id: request.id, kind: 'progress', text, fraction });
  const fontProgress = (loaded: number, total: number | null) =>
    progress(
      `正在加载字体 ${formatMb(loaded)}${total ? ` / ${formatMb(total)}` : ''}`,
      total ? 0.1 + 0.4 * (loaded / total) : null,
    );
  const work = async (): Promise<Uint8Array> => {
    progress('正在汇总各市数字、组织文稿……', 0.1);
    const doc = await composeFromReports(request.reports, request.choices, request.chosen);
    if (request.format === 'docx') {
      progress('正在生成 Word 文档……', 0.6);
      return renderDocxBytes(doc);
    }
    // The Word writer loads beside the fonts (the PDF does not wait for it): once a PDF is made, a Word file can be
    // made offline too, however soon after the download the network goes.
    warmDocx();
    const fonts = await loadFonts(rolesFor(doc), fontProgress);
    progress('正在排版 PDF……', 0.6);
    return renderPdfBytes(doc, fonts);
  };
  work().then(
    (bytes) => {
      reply({
        id: request.id,
        kind: 'done',
        file: new Blob([bytes as Uint8Array<ArrayBuffer>], {
          type: request.format === 'pdf' ? PDF_MIME : DOCX_MIME,
        }),
      });
    },
    (error: unknown) => reply({ id: request.id, kind: 'error', error: toWire(error) }),
  );
}
