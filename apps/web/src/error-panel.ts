import { isJianbaoError } from '@jianbao/core';
import { el } from './dom';

/** What a person is told about an error, in the page: the code, the message, where and a snippet. */
export interface ErrorView {
  code: string;
  message: string;
  where: string | null;
  snippet: string | null;
}

export function describeError(error: unknown): ErrorView {
  if (isJianbaoError(error)) {
    const { where, snippet } = error.details;
    return {
      code: error.code,
      message: error.message,
      where: typeof where === 'string' ? where : null,
      snippet: typeof snippet === 'string' ? snippet : null,
    };
  }
  // Anything else is a bug in jianbao, not in the input: say so, and keep the message for the report.
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message: `意外错误（请反馈）：${message}`, where: null, snippet: null };
}

/** The alert box under the header. Errors stay until the next successful step clears them. */
export class ErrorPanel {
  constructor(private readonly root: HTMLElement) {}

  show(errors: readonly unknown[]): void {
    if (errors.length === 0) {
      this.clear();
      return;
    }
    for (const error of errors) if (!isJianbaoError(error)) console.error(error);
    const views = errors.map(describeError);
    this.root.replaceChildren(
      el('h2', {}, views.length === 1 ? '出现问题' : `出现 ${views.length} 个问题`),
      el(
        'ul',
        {},
        ...views.map((view) =>
          el(
            'li',
            { class: 'error-panel__item', attrs: { 'data-code': view.code } },
            el('code', { class: 'error-panel__code' }, view.code),
            el('span', { class: 'error-panel__message' }, view.message),
            view.where ? el('span', { class: 'error-panel__where' }, `位置：${view.where}`) : null,
            view.snippet ? el('q', { class: 'error-panel__snippet' }, view.snippet) : null,
          ),
        ),
      ),
    );
    this.root.hidden = false;
  }

  clear(): void {
    this.root.hidden = true;
    this.root.replaceChildren();
  }
}
