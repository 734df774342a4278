import { CITIES, extract, readSource } from '@jianbao/core';
import { describe, expect, it } from 'vitest';
import { syntheticReports } from '../src/synthetic/generate.js';

/** The scale benchmark is only honest if its 333 reports are 333 different, readable city reports. */
describe('synthetic city reports', () => {
  const reports = syntheticReports(333);

  it('names 333 distinct real prefecture-level cities, one per report', () => {
    const codes = new Set(reports.map((r) => r.city.code));
    expect(codes.size).toBe(333);
    for (const report of reports) expect(CITIES).toContain(report.city);
    expect(report(0).markdown).toContain(`city: ${report(0).city.name.hans}`);
  });

  it('writes different text for every city, not one city copied', () => {
    const bodies = new Set(
      reports.map((r) => r.markdown.replace(/^---[\s\S]*?---\n/, '').replaceAll(r.city.name.hans, '')),
    );
    expect(bodies.size).toBe(333);
  });

  it('varies qualifiers and units across the corpus', () => {
    const figures = reports.flatMap((r) => r.figures);
    expect(new Set(figures.map((f) => f.qualifier))).toEqual(
      new Set(['exact', 'more_than', 'nearly', 'over', 'approx']),
    );
    expect(new Set(figures.map((f) => f.unit)).size).toBeGreaterThanOrEqual(10);
  });

  it('plants figures that core reads back with their value, unit and qualifier', () => {
    for (const report of reports.slice(0, 20)) {
      const extraction = extract(readSource(report.markdown, { origin: report.file }), {
        origin: report.file,
      });
      const read = extraction.sections.flatMap((s) => s.metrics);
      for (const planted of report.figures) {
        expect(read, `${report.file}: ${planted.text}`).toContainEqual(
          expect.objectContaining({ value: planted.value, unit: planted.unit, qualifier: planted.qualifier }),
        );
      }
    }
  });

  it('past the gazetteer (the 2,000-city run), names every report differently: numbered districts of real cities', () => {
    const many = syntheticReports(2000);
    expect(new Set(many.map((r) => r.city.name.hans)).size).toBe(2000);
    expect(new Set(many.map((r) => r.file)).size).toBe(2000);
    expect(many.slice(0, 333).map((r) => r.markdown)).toEqual(reports.map((r) => r.markdown));
    expect(many[CITIES.length]?.city.name.hans).toMatch(/二区$/);
  });

  it('is deterministic: the same seed gives the same files', () => {
    expect(syntheticReports(5).map((r) => r.markdown)).toEqual(reports.slice(0, 5).map((r) => r.markdown));
  });

  function report(i: number) {
    return reports[i] as (typeof reports)[number];
  }
});
