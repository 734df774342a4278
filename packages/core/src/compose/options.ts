/** The parts of the briefing body, in the order they appear. */
export const BRIEFING_PARTS = [
  'editorsNote',
  'overview',
  'indicators',
  'chart',
  'cities',
  'firsts',
  'laws',
  'method',
  'closing',
] as const;
export type BriefingPart = (typeof BRIEFING_PARTS)[number];

export interface Recipients {
  /** 报： — to superiors. */
  report?: string;
  /** 送： — to peers. */
  send?: string;
  /** 发： — to subordinates. */
  issue?: string;
  /** 抄送： — copied to. */
  copy?: string;
}

export interface ComposeOptions {
  /** Printed large and red; default 人大工作简报 when the reports speak of their congress (`isCongress`), else 工作简报. */
  name?: string;
  /** 12 → 第12期; a string is printed as given (第12期（总第345期）). Default 1. */
  issue?: number | string;
  /**
   * The title. Default: stated from the reports' common topic — the campaign or measure most cities share
   * (各地人大深入开展“牢记嘱托、感恩奋进”学习实践活动).
   */
  title?: string;
  subtitle?: string | null;
  /**
   * The compiling office; default 省人大常委会办公厅 when the reports speak of their congress, else 办公室: a congress's
   * office printed over a compilation of statistics bureaus' reports would claim what nobody said.
   */
  office?: string;
  /** The briefing's date, ISO (2024-01-15). Default: today. Dates found in the reports are never used for it. */
  date?: string;
  /** The editor's note. Default: the input's own (编者按) when it has one, else two sentences on what this issue brings. */
  editorsNote?: string | string[];
  recipients?: Recipients;
  /** 内部资料 and the like; default none. */
  classification?: string | null;
  /** 共印N份; default none. */
  copies?: number | null;
  /** The printing office of the 版记 (印发机关); default the compiling office. */
  printer?: string;
  /** `auto` = the reports' script (Simplified when they mix scripts). Default `auto`. */
  script?: 'hans' | 'hant' | 'auto';
  style?: 'official' | 'modern';
  /**
   * Parts to include or leave out. Defaults: every part but `method` (the note on how figures were added, which
   * belongs in the JSON); `overview` only for three or more cities; `chart` (the table's main indicator drawn) in
   * the modern style only — an official 简报 gives the table.
   */
  parts?: Partial<Record<BriefingPart, boolean>>;
  /** How a lower bound reads: 逾N (default) or 至少N. */
  lowerBound?: 'yu' | 'zhishao';
  /** At most this many rows in a table (no limit unless given; see validateDocument); more → DOCUMENT_TOO_MANY_ROWS. */
  maxTableRows?: number;
}

export interface ResolvedOptions {
  name: string;
  issue: string;
  title: string | null;
  subtitle: string | null;
  office: string;
  date: string;
  editorsNote: string[] | null;
  recipients: Recipients;
  classification: string | null;
  copies: number | null;
  printer: string;
  script: 'hans' | 'hant';
  style: 'official' | 'modern';
  parts: Record<BriefingPart, boolean>;
  lowerBound: 'yu' | 'zhishao';
}
