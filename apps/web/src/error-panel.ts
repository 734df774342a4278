import { isJianbaoError } from '@jianbao/core';
import { el } from './dom';
import { type PlainError, plainError } from './plain-errors';

/** An input that could not be read: its name and why. */
export interface InputError {
  origin: string;
  error: unknown;
}

export interface ErrorPanelHandlers {
  /** The person chose to leave this input out of the briefing (true) or to use it again (false). */
  onExclude: (origin: string, excluded: boolean) => void;
  /** Try the failed step again (a font or a part of the page that could not be downloaded). */
  onRetry: () => void;
}

/**
 * The alert box under the header. An input's error stays as long as the input is there (removing the file
 * removes it); the error of a briefing run stays until the next run.
 */
export class ErrorPanel {
  private inputs: readonly InputError[] = [];
  private excluded: ReadonlySet<string> = new Set();
  private run: unknown = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly handlers: ErrorPanelHandlers,
  ) {}

  /** The inputs' errors, and which of them the person chose to leave out. */
  showInputs(errors: readonly InputError[], excluded: ReadonlySet<string>): void {
    this.inputs = errors;
    this.excluded = excluded;
    this.render();
  }

  showRun(error: unknown): void {
    this.run = error;
    this.render();
  }

  clearRun(): void {
    this.run = null;
    this.render();
  }

  private render(): void {
    for (const { error } of this.inputs) if (!isJianbaoError(error)) console.error(error);
    if (this.run !== null && !isJianbaoError(this.run)) console.error(this.run);
    const open = this.inputs.filter((input) => !this.excluded.has(input.origin)).length;
    const parts: HTMLElement[] = [];
    if (this.inputs.length > 0) {
      parts.push(
        el(
          'h2',
          {},
          `${this.inputs.length} 个文件无法读取`,
          open > 0
            ? '：请移除这些文件，或勾选“不使用此文件”，才能生成简报。'
            : '（已选择不使用，简报不含这些文件）。',
        ),
        el(
          'ul',
          {},
          ...this.inputs.map((input) => this.inputItem(input, plainError(input.error, input.origin))),
        ),
      );
    }
    if (this.run !== null) {
      const view = plainError(this.run, null);
      const retry = view.retry
        ? el('button', { class: 'button error-panel__retry', attrs: { type: 'button' } }, '重试')
        : null;
      retry?.addEventListener('click', () => this.handlers.onRetry());
      parts.push(
        el('h2', {}, '简报没有生成'),
        el(
          'ul',
          {},
          el('li', { class: 'error-panel__item', attrs: { 'data-code': view.code } }, ...body(view), retry),
        ),
      );
    }
    this.root.replaceChildren(...parts);
    this.root.hidden = parts.length === 0;
  }

  private inputItem(input: InputError, view: PlainError): HTMLElement {
    const excluded = this.excluded.has(input.origin);
    const box = el('input', { attrs: { type: 'checkbox', class: 'error-panel__exclude' } });
    box.checked = excluded;
    box.addEventListener('change', () => this.handlers.onExclude(input.origin, box.checked));
    return el(
      'li',
      {
        class: `error-panel__item${excluded ? ' is-excluded' : ''}`,
        attrs: { 'data-code': view.code, 'data-origin': input.origin },
      },
      ...body(view),
      el('label', { class: 'error-panel__choice' }, box, '不使用此文件，继续生成'),
    );
  }
}

/** What happened and what to do, in words; the code and the technical message behind 详情. */
function body(view: PlainError): HTMLElement[] {
  return [
    el('p', { class: 'error-panel__message' }, view.what),
    el('p', { class: 'error-panel__todo' }, view.todo),
    el(
      'details',
      { class: 'error-panel__details' },
      el('summary', {}, '详情'),
      el('code', { class: 'error-panel__code' }, view.code),
      el('pre', { class: 'error-panel__detail' }, view.detail),
    ),
  ];
}
