import { el } from './dom';

/** One piece of input: the pasted text, or a file's bytes (decoded by core, which knows the encodings). */
export interface InputItem {
  /** Shown in messages and provenance: the file name, or PASTED_ORIGIN for the text box. */
  origin: string;
  content: string | Uint8Array;
}

export const PASTED_ORIGIN = '粘贴的文本';

export interface InputPanelElements {
  textarea: HTMLTextAreaElement;
  dropzone: HTMLElement;
  fileInput: HTMLInputElement;
  fileList: HTMLUListElement;
}

/**
 * The text box and the dropped or chosen files. Calls `onChange` with every current input, in order
 * (pasted text first, then files as added), whenever one of them changes.
 */
export function mountInputPanel(
  elements: InputPanelElements,
  handlers: { onChange: (items: InputItem[]) => void; onError: (error: unknown) => void },
): void {
  const { textarea, dropzone, fileInput, fileList } = elements;
  const files: InputItem[] = [];

  const emit = () => {
    const items: InputItem[] = [];
    if (textarea.value.trim() !== '') items.push({ origin: PASTED_ORIGIN, content: textarea.value });
    handlers.onChange([...items, ...files]);
  };

  const renderList = () => {
    fileList.replaceChildren(
      ...files.map((item, index) => {
        const remove = el(
          'button',
          { class: 'file-list__remove', attrs: { type: 'button', 'aria-label': `移除 ${item.origin}` } },
          '×',
        );
        remove.addEventListener('click', () => {
          files.splice(index, 1);
          renderList();
          emit();
        });
        const size = item.content instanceof Uint8Array ? formatSize(item.content.byteLength) : '';
        return el(
          'li',
          {},
          el('span', { class: 'file-list__name' }, item.origin),
          el('span', { class: 'file-list__size' }, size),
          remove,
        );
      }),
    );
  };

  const addFiles = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    for (const file of Array.from(list)) {
      files.push({ origin: file.name, content: new Uint8Array(await file.arrayBuffer()) });
    }
    renderList();
    emit();
  };

  let debounce: ReturnType<typeof setTimeout> | undefined;
  textarea.addEventListener('input', () => {
    clearTimeout(debounce);
    debounce = setTimeout(emit, 250);
  });
  fileInput.addEventListener('change', () => {
    addFiles(fileInput.files)
      .catch(handlers.onError)
      .finally(() => {
        fileInput.value = '';
      });
  });

  // Dragging over child elements fires enter/leave pairs; count them so the highlight does not flicker.
  let depth = 0;
  dropzone.addEventListener('dragenter', (event) => {
    event.preventDefault();
    depth++;
    dropzone.classList.add('dropzone--active');
  });
  dropzone.addEventListener('dragover', (event) => event.preventDefault());
  dropzone.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) dropzone.classList.remove('dropzone--active');
  });
  dropzone.addEventListener('drop', (event) => {
    event.preventDefault();
    depth = 0;
    dropzone.classList.remove('dropzone--active');
    addFiles(event.dataTransfer?.files ?? null).catch(handlers.onError);
  });
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
