/** The progress bar and its label while a briefing renders; the page stays usable meanwhile. */
export class Progress {
  private readonly fill: HTMLElement;
  private readonly label: HTMLElement;

  constructor(private readonly root: HTMLElement) {
    const fill = root.querySelector<HTMLElement>('.progress__fill');
    const label = root.querySelector<HTMLElement>('.progress__label');
    if (!fill || !label) throw new Error('进度条缺少 .progress__fill 或 .progress__label');
    this.fill = fill;
    this.label = label;
  }

  /** `fraction` in [0, 1]; null shows an indeterminate bar (a step whose length is unknown). */
  update(text: string, fraction: number | null): void {
    this.root.hidden = false;
    this.root.classList.toggle('progress--indeterminate', fraction === null);
    this.root.classList.remove('progress--done');
    this.fill.style.width =
      fraction === null ? '' : `${Math.round(Math.min(1, Math.max(0, fraction)) * 100)}%`;
    this.label.textContent = text;
  }

  done(text: string): void {
    this.update(text, 1);
    this.root.classList.add('progress--done');
  }

  hide(): void {
    this.root.hidden = true;
  }
}
