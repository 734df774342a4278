import type { SuppliedMetricInput } from './structured.js';

// What a table's cell holds when it holds a figure, and a 序号 column: shared by the sheet, CSV and Word readers.

const QUALIFIER_BEFORE: Record<string, SuppliedMetricInput['qualifier']> = {
  近: 'nearly',
  约: 'approx',
  約: 'approx',
  大约: 'approx',
  大約: 'approx',
  超: 'over',
  超过: 'over',
  超過: 'over',
  逾: 'over',
};
const QUALIFIER_AFTER: Record<string, SuppliedMetricInput['qualifier']> = {
  余: 'more_than',
  餘: 'more_than',
  多: 'more_than',
  以上: 'more_than',
  左右: 'approx',
};

/** A cell of an indicator column: `1072`, `8300余`, `近300`, `1,234`, `2.5万`. */
export function cellFigure(
  text: string,
): { value: number; qualifier: SuppliedMetricInput['qualifier'] } | null {
  const m =
    /^(近|约|約|大约|大約|超过|超過|超|逾)?\s*([0-9][0-9,，]*(?:\.[0-9]+)?)\s*(万|萬|亿|億)?\s*(余|餘|多|以上|左右)?$/.exec(
      text.normalize('NFKC').trim(),
    );
  if (!m?.[2]) return null;
  const digits = m[2].replace(/[,，]/g, '');
  const scale = m[3] === undefined ? 1 : m[3] === '万' || m[3] === '萬' ? 1e4 : 1e8;
  const value = Number(digits) * scale;
  if (!Number.isFinite(value)) return null;
  const qualifier = (m[1] ? QUALIFIER_BEFORE[m[1]] : undefined) ?? (m[4] ? QUALIFIER_AFTER[m[4]] : undefined);
  return { value, qualifier: qualifier ?? 'exact' };
}

/** 1, 2, 3 … down the rows: a 序号 column, not figures. */
export const isIndexColumn = (cells: readonly string[]): boolean =>
  cells.every((cell, index) => cell.trim() === String(index + 1));
