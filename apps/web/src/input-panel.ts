import { el } from './dom';
import { type InputItem, PASTED_ORIGIN } from './inputs';

export interface InputPanelElements {
  textarea: HTMLTextAreaElement;
  dropzone: HTMLElement;
  fileInput: HTMLInputElement;
  /** A `webkitdirectory` input: a whole folder of reports. */
  folderInput: HTMLInputElement;
  fileList: HTMLUListElement;
}

/** The extensions the page reads; a folder's other files (and its README, its hidden files) are not reports. */
const REPORT_FILE = /\.(txt|md|markdown|docx|json|csv|xlsx|pdf|html?)$/i;

/** Why a file of a chosen or dropped folder is not read, or null when it is a report (as the CLI decides). */
export function skipReason(name: string): string | null {
  if (name.startsWith('.')) return '隐藏文件，未读取';
  // Word and WPS keep ~$南京.docx beside a document while it is open: a few bytes, no report.
  if (name.startsWith('~$')) return '文档打开时的临时文件，未读取';
  if (/^readme(\.|$)/i.test(name)) return '说明文件，不是报告，未读取';
  if (!REPORT_FILE.test(name)) return '不是支持的报告格式，未读取';
  return null;
}

/**
 * The text box and the dropped or chosen files. Calls `onChange` with every current input, in order
 * (pasted text first, then files as added), whenever one of them changes.
 */
export function mountInputPanel(
  elements: InputPanelElements,
  handlers: { onChange: (items: InputItem[]) => void; onError: (error: unknown) => void },
): void {
  const { textarea, dropzone, fileInput, folderInput, fileList } = elements;
  const files: InputItem[] = [];
  let nextId = 1;
  /** Files of a folder that are not reports: listed, so a person sees they were left out and why. */
  const skipped: { origin: string; reason: string }[] = [];

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
        const size = item.content instanceof Blob ? formatSize(item.content.size) : '';
        return el(
          'li',
          {},
          el('span', { class: 'file-list__name' }, item.origin),
          el('span', { class: 'file-list__size' }, size),
          remove,
        );
      }),
      ...skipped.map((item) =>
        el(
          'li',
          { class: 'file-list__skipped' },
          el('span', { class: 'file-list__name' }, item.origin),
          el('span', { class: 'file-list__size' }, item.reason),
        ),
      ),
    );
  };

  /**
   * `fromFolder`: the files of a folder, of which only reports are read (a file chosen by name always is). The
   * files are not read here: the worker reads them, off the page's thread.
   */
  const addFiles = async (list: readonly File[], fromFolder: boolean) => {
    if (list.length === 0) return;
    for (const file of list) {
      const reason = fromFolder ? skipReason(file.name) : null;
      if (reason) skipped.push({ origin: file.name, reason });
      else files.push({ origin: file.name, content: file, id: nextId++ });
    }
    renderList();
    emit();
  };

  let debounce: ReturnType<typeof setTimeout> | undefined;
  textarea.addEventListener('input', () => {
    clearTimeout(debounce);
    debounce = setTimeout(emit, 250);
  });
  for (const [input, fromFolder] of [
    [fileInput, false],
    [folderInput, true],
  ] as const) {
    input.addEventListener('change', () => {
      addFiles(byName(Array.from(input.files ?? []), fromFolder), fromFolder)
        .catch(handlers.onError)
        .finally(() => {
          input.value = '';
        });
    });
  }

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
    droppedFiles(event.dataTransfer)
      .then(({ files: dropped, fromFolder }) => addFiles(dropped, fromFolder))
      .catch(handlers.onError);
  });
}

/** A folder's files in name order (code-point order, as the CLI reads a folder), so the cities keep their order. */
function byName(files: File[], fromFolder: boolean): File[] {
  if (!fromFolder) return files;
  const path = (file: File) => file.webkitRelativePath || file.name;
  return files.sort((a, b) => (path(a) < path(b) ? -1 : path(a) > path(b) ? 1 : 0));
}

/** The files of a drop; a dropped folder is read whole (its sub-folders too). */
async function droppedFiles(transfer: DataTransfer | null): Promise<{ files: File[]; fromFolder: boolean }> {
  if (!transfer) return { files: [], fromFolder: false };
  const entries = Array.from(transfer.items ?? [], (item) => item.webkitGetAsEntry?.() ?? null);
  if (!entries.some((entry) => entry?.isDirectory))
    return { files: Array.from(transfer.files), fromFolder: false };
  const files: File[] = [];
  const walk = async (entry: FileSystemEntry): Promise<void> => {
    if (entry.isFile) {
      files.push(
        await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject)),
      );
      return;
    }
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    // readEntries gives a batch at a time; an empty batch means the folder is done.
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
        reader.readEntries(resolve, reject),
      );
      if (batch.length === 0) break;
      const sorted = batch.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const child of sorted) await walk(child);
    }
  };
  for (const entry of entries) if (entry) await walk(entry);
  return { files, fromFolder: true };
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
