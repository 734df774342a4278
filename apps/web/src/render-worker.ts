/// <reference lib="webworker" />
// Composing and rendering a briefing takes a second or more of CPU: it runs here, off the page's thread, so
// the page keeps responding (and the person can cancel) while a PDF is laid out.
import { isJianbaoError } from '@jianbao/core';
import { composeFromReports, renderDocxBytes, renderPdfBytes, warmDocx } from './briefing';
import { DOCX_MIME, PDF_MIME } from './download';
import { loadFonts, rolesFor } from './fonts';
import type { RenderReply, RenderRequest, WireError } from './render-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function reply(message: RenderReply): void {
  scope.postMessage(message);
}

function formatMb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

scope.addEventListener('message', (event: MessageEvent<RenderRequest>) => {
  const request = event.data;
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
      if (request.format === 'pdf') warmDocx();
    },
    (error: unknown) => reply({ id: request.id, kind: 'error', error: toWire(error) }),
  );
});

function toWire(error: unknown): WireError {
  if (isJianbaoError(error)) {
    // Details are plain data (where, snippet, lists of characters); anything else would not survive the copy.
    const details = JSON.parse(JSON.stringify(error.details)) as Record<string, unknown>;
    return { name: error.name, message: error.message, code: error.code, details };
  }
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}
