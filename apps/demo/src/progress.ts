/**
 * Progress on stderr for long work (per file, per stage). It draws only when stderr is a terminal: piped or
 * redirected output stays clean, and stdout is never touched (it may carry JSON).
 */
export interface Progress {
  /** A stage starts (`extract`, `render pdf` …); `detail` is e.g. the file being read. */
  update(stage: string, detail?: string, step?: { index: number; total: number }): void;
  /** Clears the line before normal output or an error is printed. */
  clear(): void;
}

const silent: Progress = { update() {}, clear() {} };

/** Cuts `text` to `width` terminal columns (a Chinese character takes two), so the line never wraps. */
function fit(text: string, width: number, stringWidth: (text: string) => number): string {
  if (stringWidth(text) <= width) return text;
  let cut = text;
  while (cut.length > 0 && stringWidth(cut) > width - 1) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/**
 * string-width is imported only when stderr is a terminal: compiling its emoji and East Asian width tables costs
 * tens of milliseconds of every start, and piped runs (scripts, tests, `--format json > file`) never draw.
 */
export async function createProgress(stream: NodeJS.WriteStream = process.stderr): Promise<Progress> {
  if (!stream.isTTY) return silent;
  const { default: stringWidth } = await import('string-width');
  let drawn = false;
  return {
    update(stage, detail, step) {
      const counter = step ? ` ${step.index}/${step.total}` : '';
      const text = `… ${stage}${counter}${detail ? `  ${detail}` : ''}`;
      stream.write(`\r\x1b[2K${fit(text, (stream.columns || 80) - 1, stringWidth)}`);
      drawn = true;
    },
    clear() {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
