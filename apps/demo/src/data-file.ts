import {
  type BriefingWarning,
  type CitySummary,
  type Contribution,
  type FigureRef,
  JianbaoError,
  type ProvincialSummary,
  type ProvincialTotal,
} from '@jianbao/core';

/**
 * The version of `<base>-data.json`'s own shape. 2: each figure the summary cites is stored once, in `figures`,
 * and the summary names it by its index there (a total listed every figure with its quote twice, in
 * `contributions` and again in `byCity`: 116 MB for 2,000 cities, pretty-printed). 1 (a file with no `version`):
 * figures written out in full wherever the summary cites them, as core's ProvincialSummary holds them.
 */
export const DATA_FILE_VERSION = 2;

/** A figure as the version-2 summary names it: its index in the file's `figures`. */
export type FigureId = number;

/** `summary` as version 2 writes it: ProvincialSummary with every FigureRef replaced by its FigureId. */
export interface LeanSummary extends Omit<ProvincialSummary, 'totals' | 'cities' | 'unsummed'> {
  totals: Array<
    Omit<ProvincialTotal, 'contributions' | 'byCity'> & {
      contributions: Array<{ figure: FigureId; counted: boolean }>;
      byCity: Array<Omit<ProvincialTotal['byCity'][number], 'figures'> & { figures: FigureId[] }>;
    }
  >;
  cities: Array<Omit<CitySummary, 'keyFigures'> & { keyFigures: FigureId[] }>;
  unsummed: Array<{ figure: FigureId; reason: ProvincialSummary['unsummed'][number]['reason'] }>;
}

/** The figures a summary cites, each once, and the summary naming them by index. */
export function leanSummary(summary: ProvincialSummary): { figures: FigureRef[]; summary: LeanSummary } {
  const figures: FigureRef[] = [];
  const ids = new Map<string, FigureId>();
  // Two references to one figure are the same JSON: that text is the key, so equal figures share an id however
  // the summary built them (one object or copies).
  const id = (ref: FigureRef): FigureId => {
    const figure: FigureRef = {
      city: ref.city,
      origin: ref.origin,
      metric: ref.metric,
      quote: ref.quote,
      quoteSpan: ref.quoteSpan,
      line: ref.line,
    };
    const key = JSON.stringify(figure);
    let known = ids.get(key);
    if (known === undefined) {
      known = figures.length;
      figures.push(figure);
      ids.set(key, known);
    }
    return known;
  };
  const lean: LeanSummary = {
    ...summary,
    totals: summary.totals.map((total) => ({
      ...total,
      contributions: total.contributions.map((c) => ({ figure: id(c), counted: c.counted })),
      byCity: total.byCity.map((amount) => ({ ...amount, figures: amount.figures.map(id) })),
    })),
    cities: summary.cities.map((city) => ({ ...city, keyFigures: city.keyFigures.map(id) })),
    unsummed: summary.unsummed.map((u) => ({ figure: id(u), reason: u.reason })),
  };
  return { figures, summary: lean };
}

/** The ProvincialSummary a version-2 file holds, every figure written out again (what version 1 stored). */
export function fullSummary(figures: readonly FigureRef[], lean: LeanSummary): ProvincialSummary {
  const figure = (index: FigureId, where: string): FigureRef => {
    const found = Number.isInteger(index) ? figures[index] : undefined;
    if (!found) {
      throw new JianbaoError(
        'INPUT_SCHEMA',
        `the data file's ${where} names figure ${index}, which it lacks`,
        {
          where,
          snippet: String(index),
        },
      );
    }
    return found;
  };
  return {
    ...lean,
    totals: lean.totals.map((total, t) => ({
      ...total,
      contributions: total.contributions.map(
        (c, i): Contribution => ({
          ...figure(c.figure, `summary.totals.${t}.contributions.${i}`),
          counted: c.counted,
        }),
      ),
      byCity: total.byCity.map((amount, a) => ({
        ...amount,
        figures: amount.figures.map((f, i) => figure(f, `summary.totals.${t}.byCity.${a}.figures.${i}`)),
      })),
    })),
    cities: lean.cities.map((city, c) => ({
      ...city,
      keyFigures: city.keyFigures.map((f, i) => figure(f, `summary.cities.${c}.keyFigures.${i}`)),
    })),
    unsummed: lean.unsummed.map((u, i) => ({
      ...figure(u.figure, `summary.unsummed.${i}`),
      reason: u.reason,
    })),
  };
}

/** One input of the data file: its extraction, or the error that stopped it. */
export type DataFileInput =
  | { file: string; format: string | null; extraction: unknown }
  | { file: string; format: string | null; error: { code: string; message: string } };

/** `<base>-data.json`, version 2. */
export interface DataFile {
  version: typeof DATA_FILE_VERSION;
  generator: string;
  inputs: DataFileInput[];
  /** Every figure the summary cites, once; the summary names them by index. */
  figures: FigureRef[];
  summary: LeanSummary;
  warnings: BriefingWarning[];
}

/** The data file as written: `generator`, the inputs, the figures once and the summary naming them. */
export function dataFile(
  generator: string,
  inputs: DataFileInput[],
  summary: ProvincialSummary,
  warnings: readonly BriefingWarning[],
): DataFile {
  const lean = leanSummary(summary);
  return {
    version: DATA_FILE_VERSION,
    generator,
    inputs,
    figures: lean.figures,
    summary: lean.summary,
    warnings: [...warnings],
  };
}

/**
 * A data file read back (parsed JSON) with its summary in full, whichever version wrote it: version 2 has its
 * figures put back where the summary names them, a file without `version` (1) is as it was written. Any other
 * version is refused (INPUT_SCHEMA), never half-read.
 */
export function readDataFile(json: unknown): {
  generator: string;
  inputs: DataFileInput[];
  summary: ProvincialSummary;
  warnings: BriefingWarning[];
} {
  const data = json as Partial<DataFile> & { summary?: unknown };
  if (data === null || typeof data !== 'object' || typeof data.summary !== 'object') {
    throw new JianbaoError('INPUT_SCHEMA', 'not a jianbao data file: no summary', { where: '(root)' });
  }
  const version = (data as { version?: unknown }).version ?? 1;
  if (version === 1) return data as unknown as ReturnType<typeof readDataFile>;
  if (version === DATA_FILE_VERSION && !Array.isArray(data.figures)) {
    throw new JianbaoError('INPUT_SCHEMA', 'a jianbao data file of version 2 without its figures', {
      where: 'figures',
    });
  }
  if (version !== DATA_FILE_VERSION || !Array.isArray(data.figures)) {
    throw new JianbaoError(
      'INPUT_SCHEMA',
      `a jianbao data file of version ${JSON.stringify(version)}: this jianbao reads versions 1 and ${DATA_FILE_VERSION}`,
      { where: 'version', snippet: JSON.stringify(version) },
    );
  }
  return {
    generator: data.generator ?? '',
    inputs: data.inputs ?? [],
    summary: fullSummary(data.figures, data.summary as LeanSummary),
    warnings: data.warnings ?? [],
  };
}
