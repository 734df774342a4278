/** The choices a person makes about the briefing, as read from the options form. */
export interface BriefingChoices {
  name: string;
  issue: number;
  title: string | null;
  office: string;
  /** ISO date, YYYY-MM-DD: the only date in the output, so the same choices give the same files. */
  date: string;
  script: 'auto' | 'hans' | 'hant';
  style: 'official' | 'modern';
}

export class OptionsForm {
  constructor(private readonly form: HTMLFormElement) {
    const date = this.field('date');
    if (date.value === '') date.value = todayIso();
  }

  /** The current choices; reports a missing or malformed field in the form itself. */
  read(): BriefingChoices | null {
    if (!this.form.reportValidity()) return null;
    const data = new FormData(this.form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    return {
      name: text('name'),
      issue: Number.parseInt(text('issue'), 10),
      title: text('title') || null,
      office: text('office'),
      date: text('date'),
      script: oneOf(text('script'), ['auto', 'hans', 'hant'] as const, 'auto'),
      style: oneOf(text('style'), ['official', 'modern'] as const, 'official'),
    };
  }

  private field(name: string): HTMLInputElement {
    const field = this.form.elements.namedItem(name);
    if (!(field instanceof HTMLInputElement)) throw new Error(`版式表单缺少字段 ${name}`);
    return field;
  }
}

function oneOf<T extends string>(value: string, allowed: readonly T[], fallback: T): T {
  return (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** Today in the person's own time zone (toISOString would give UTC's date). */
function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
