import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../src/commands/extract.js';
import { formatMetric, formatNumber } from '../src/format/figures.js';
import { formatTable } from '../src/format/table.js';
import { parseFormats } from '../src/options.js';

describe('parseFormats', () => {
  it('reads a comma list, case-insensitively, without duplicates', () => {
    expect(parseFormats('pdf,DOCX, json,pdf')).toEqual(['pdf', 'docx', 'json']);
  });
  it('rejects unknown and empty lists', () => {
    expect(() => parseFormats('pdf,xls')).toThrow(/xls/);
    expect(() => parseFormats(',')).toThrow();
  });
});

describe('parseIsoDate', () => {
  it('accepts YYYY-MM-DD and rejects anything else', () => {
    expect(parseIsoDate('2024-01-15')).toBe('2024-01-15');
    expect(() => parseIsoDate('2024-1-5')).toThrow();
    expect(() => parseIsoDate('2024-13-40')).toThrow();
  });
});

describe('terminal formatting', () => {
  it('groups digits and marks qualifiers', () => {
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatNumber(2.5)).toBe('2.5');
    expect(formatMetric({ value: 8300, valueMax: null, unit: '名', qualifier: 'more_than' })).toBe(
      '≥ 8,300 名',
    );
    expect(formatMetric({ value: 300, valueMax: null, unit: '项', qualifier: 'nearly' })).toBe('≈ 300 项');
    expect(formatMetric({ value: 30000, valueMax: 40000, unit: '户', qualifier: 'range' })).toBe(
      '30,000–40,000 户',
    );
  });

  it('aligns columns by display width (a Chinese character is two columns)', () => {
    const table = formatTable(
      [{ header: 'city' }, { header: 'n', align: 'right' }],
      [
        ['连云港', '7'],
        ['南京', '12'],
      ],
    );
    expect(table.split('\n')).toEqual(['city     n', '------  --', '连云港   7', '南京    12']);
  });
});
