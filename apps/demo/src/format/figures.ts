import type { AmountQualifier, BoundQualifier, Metric, ProvincialTotal } from '@jianbao/core';

const QUALIFIER_MARK: Record<string, string> = {
  exact: '',
  more_than: '≥',
  at_least: '≥',
  over: '>',
  nearly: '≈',
  approx: '≈',
  range: '',
};

/** 25000 → "25,000" (digits grouped; no locale data needed, so the same everywhere). */
export function formatNumber(value: number): string {
  const [whole, fraction] = String(value).split('.');
  const grouped = (whole ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

/** A metric for a terminal table: value, unit and qualifier, e.g. "≥ 8,300 名". */
export function formatMetric(
  metric: Pick<Metric, 'value' | 'valueMax' | 'unit'> & { qualifier: AmountQualifier | BoundQualifier },
): string {
  const mark = QUALIFIER_MARK[metric.qualifier] ?? '';
  const value =
    metric.valueMax !== null && metric.valueMax !== undefined
      ? `${formatNumber(metric.value)}–${formatNumber(metric.valueMax)}`
      : formatNumber(metric.value);
  return `${mark ? `${mark} ` : ''}${value} ${metric.unit}`;
}

export function formatTotal(total: ProvincialTotal): string {
  return formatMetric({ value: total.value, valueMax: null, unit: total.unit, qualifier: total.qualifier });
}
