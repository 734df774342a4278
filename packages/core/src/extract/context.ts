import { foldToHans } from '../lexicon/fold.js';
import { type Lexicon, memo } from '../lexicon/lexicon.js';
import type { Metric } from '../types.js';
import { indicatorMatch, parseIndicator } from './indicators.js';

/**
 * What a figure counts when its own clause does not say, read from a figure just before it in the same sentence:
 * 制定地方性法规3部、修改2部 (修改 counts 地方性法规 too), 审议法规案11件，通过8件, 学习班58期3260人次. A figure
 * introduced by 其中 (and those listed after it) is a breakdown of the one before it in its family (举办学习班58期，
 * 其中市级十二期、县级四十六期): it restates it, so a sum counts the whole once.
 */
const SENTENCE_END = /[。；;！!？?\n]/;
/** How far back (characters between the figures) a figure still reads its neighbour's noun. */
const NEAR = 10;

export function readFromContext(text: string, metrics: Metric[], lexicon: Lexicon): Metric[] {
  const known = memo(lexicon, 'context', (lex) => new Set(lex.indicators.map((e) => e.id)));
  let sentenceStart = 0;
  let whole: Metric | null = null;
  for (let i = 0; i < metrics.length; i++) {
    const metric = metrics[i] as Metric;
    const previous = metrics[i - 1];
    if (!previous || SENTENCE_END.test(text.slice(previous.span[1], metric.span[0]))) {
      sentenceStart = i;
      whole = null;
      continue;
    }
    // The nearest figure before this one, in this sentence, of its family.
    let kin: Metric | null = null;
    for (let k = i - 1; k >= sentenceStart; k--) {
      if ((metrics[k] as Metric).family === metric.family) {
        kin = metrics[k] as Metric;
        break;
      }
    }
    if (kin && /其中/.test(text.slice(kin.span[1], metric.span[0]))) whole = kin;
    // Only a label that names nothing of its own (修改, 通过, 市级) takes its neighbour's thing.
    const own = parseIndicator(metric.indicator);
    if (!known.has(own.thing) && metric.label.length <= 4)
      inherit(text, metric, previous, kin, lexicon, known);
    const thing = parseIndicator(metric.indicator).thing;
    if (
      whole &&
      whole !== metric &&
      whole.family === metric.family &&
      parseIndicator(whole.indicator).thing === thing
    ) {
      if (metric.value <= whole.value) metric.restates = whole.span;
    }
  }
  return metrics;
}

/** Takes the thing counted from a near neighbour: the figure right before, or the nearest of the same family. */
function inherit(
  text: string,
  metric: Metric,
  previous: Metric,
  kin: Metric | null,
  lexicon: Lexicon,
  known: Set<string>,
): void {
  for (const source of [previous, kin]) {
    if (!source || !known.has(parseIndicator(source.indicator).thing)) continue;
    const between = text.slice(source.span[1], metric.span[0]);
    if (between.length > NEAR || (between.match(/[，,]/g) ?? []).length > 1) continue;
    const match = indicatorMatch(foldToHans(source.label), source.family, lexicon);
    if (!match) continue;
    // The neighbour's thing must suit this figure's unit (培训班 期 → 参训 人次 keeps 培训; 代表 名 does not go to 次).
    if (match.entry.families && !match.entry.families.includes(metric.family)) continue;
    if (!foldToHans(metric.label).includes(match.word))
      metric.label = `${metric.label}${wordAsWritten(source.label, match.word)}`;
    const { family, role } = parseIndicator(metric.indicator);
    metric.indicator = `${match.entry.id}|${family}|${role}`;
    metric.category = match.entry.category;
    return;
  }
}

/** The word as the label writes it (the label may be Traditional; the word is Simplified). */
function wordAsWritten(label: string, word: string): string {
  const at = foldToHans(label).lastIndexOf(word);
  return at >= 0 ? label.slice(at, at + word.length) : word;
}
